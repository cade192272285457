import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderFields } from '../../output.js';

export function externalDependencyShowCommand(io: CliIo): Command {
  const command = new Command('show')
    .description('show one external dependency')
    .argument('<id>', 'external dependency id');
  addJsonOption(command);
  return command.action(async (id: string, options: { json?: boolean }) => {
    const { url, client } = await connect(io);
    const d = await call(
      url,
      client.GET('/api/external-dependencies/{id}', { params: { path: { id } } }),
    );
    if (options.json) return printJson(io, d);
    io.out(
      renderFields([
        ['External dependency', `${d.title} (${d.id})`],
        ['Program', `${d.programName} (${d.programId})`],
        ['Kind', d.kind],
        ['Party', orDash(d.party)],
        ['Team', orDash(d.teamName)],
        ['Need by', orDash(d.needByDate)],
        ['Status', d.status],
        ['Owner', orDash(d.ownerName)],
        ['Waiting tasks', orDash(d.taskIds.join(', '))],
        ['Version', String(d.version)],
      ]),
    );
    if (d.description) io.out(`\n${d.description}\n`);
  });
}
