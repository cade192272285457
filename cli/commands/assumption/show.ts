import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderFields } from '../../output.js';

export function assumptionShowCommand(io: CliIo): Command {
  const command = new Command('show')
    .description('show one assumption')
    .argument('<id>', 'assumption id');
  addJsonOption(command);
  return command.action(async (id: string, options: { json?: boolean }) => {
    const { url, client } = await connect(io);
    const a = await call(url, client.GET('/api/assumptions/{id}', { params: { path: { id } } }));
    if (options.json) return printJson(io, a);
    io.out(
      renderFields([
        ['Assumption', `${a.statement} (${a.id})`],
        ['Program', `${a.programName} (${a.programId})`],
        ['Status', a.status + (a.overdue ? ' (overdue)' : '')],
        ['Validate by', orDash(a.validateBy)],
        ['Validated at', orDash(a.validatedAt)],
        ['Owner', orDash(a.ownerName)],
        ['Note', orDash(a.note)],
        ['Version', String(a.version)],
      ]),
    );
    if (a.description) io.out(`\n${a.description}\n`);
  });
}
