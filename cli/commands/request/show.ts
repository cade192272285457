import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderFields } from '../../output.js';
import { describeClock } from './request-format.js';

export function requestShowCommand(io: CliIo): Command {
  const command = new Command('show')
    .description('a request, its SLA clocks, routing suggestion and history')
    .argument('<id>', 'request id');
  addJsonOption(command);
  return command.action(async (id: string, options: { json?: boolean }) => {
    const { url, client } = await connect(io);
    const detail = await call(url, client.GET('/api/requests/{id}', { params: { path: { id } } }));
    if (options.json) return printJson(io, detail);
    const r = detail.request;
    io.out(
      renderFields([
        ['Request', `#${r.number} ${r.title} (${r.id})`],
        [
          'State',
          r.state +
            (r.stateReason ? ` — ${r.stateReason}` : '') +
            (r.deferredUntil ? ` until ${r.deferredUntil}` : ''),
        ],
        ['Requester', `${r.requesterName} via ${r.source}`],
        ['Assignee', orDash(r.assigneeName)],
        ['First response', describeClock(r.firstResponse)],
        ['Triage', describeClock(r.triage)],
        ['Teams', orDash(r.teams.join(', '))],
        ['Deadline', orDash(r.deadline)],
        ['Version', String(r.version)],
      ]),
    );
    if (detail.routing) {
      io.out('\nSuggested TPMs:\n');
      detail.routing.candidates.slice(0, 5).forEach((c, i) => {
        io.out(
          `  ${i + 1}. ${c.name} (${c.personId}) score ${c.score}: ${c.reasons.map((x) => x.detail).join('; ')}\n`,
        );
      });
    }
    io.out('\nHistory:\n');
    for (const e of detail.events)
      io.out(`  ${e.at}  ${e.actorName}: ${e.kind}${e.note ? ` — ${e.note}` : ''}\n`);
  });
}
