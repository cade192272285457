import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderFields } from '../../output.js';
import { statusText } from './decision-format.js';

export function decisionShowCommand(io: CliIo): Command {
  const command = new Command('show')
    .description('a decision: its context, the options side by side, what was decided')
    .argument('<id>', 'decision id');
  addJsonOption(command);
  return command.action(async (id: string, options: { json?: boolean }) => {
    const { url, client } = await connect(io);
    const d = await call(url, client.GET('/api/decisions/{id}', { params: { path: { id } } }));
    if (options.json) return printJson(io, d);
    io.out(
      renderFields([
        ['Decision', `${d.title} (${d.id})`],
        ['Program', d.programName ?? '(portfolio)'],
        ['Status', statusText(d)],
        ['Needed by', orDash(d.neededBy)],
        ['Context', orDash(d.context)],
        ['Decided', d.decision ? `${d.decision}` : '-'],
        ['Decided by', d.decidedByName ? `${d.decidedByName} on ${orDash(d.decidedOn)}` : '-'],
        ['Supersedes', orDash(d.supersedes.join(', '))],
        ['Risks', orDash(d.riskIds.join(', '))],
        ['Issues', orDash(d.issueIds.join(', '))],
        ['Change requests', orDash(d.changeRequestIds.join(', '))],
        ['Version', String(d.version)],
      ]),
    );
    if (d.options.length === 0) return;
    io.out('\nOptions:\n');
    d.options.forEach((o, i) => {
      const chosen = d.chosenOption === i ? ' (chosen)' : '';
      io.out(`  ${i}. ${o.name}${chosen}  cost ${orDash(o.cost)}\n`);
      if (o.pros) io.out(`       + ${o.pros}\n`);
      if (o.cons) io.out(`       - ${o.cons}\n`);
    });
  });
}
