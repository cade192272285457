import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderFields } from '../../output.js';

export function issueShowCommand(io: CliIo): Command {
  const command = new Command('show').description('show one issue').argument('<id>', 'issue id');
  addJsonOption(command);
  return command.action(async (id: string, options: { json?: boolean }) => {
    const { url, client } = await connect(io);
    const i = await call(url, client.GET('/api/issues/{id}', { params: { path: { id } } }));
    if (options.json) return printJson(io, i);
    io.out(
      renderFields([
        ['Issue', `${i.title} (${i.id})`],
        ['Program', `${i.programName} (${i.programId})`],
        ['Severity', i.severity],
        ['Status', i.status],
        ['Escalation', i.escalationLevel],
        ['Due', orDash(i.dueDate)],
        ['Resolved at', orDash(i.resolvedAt)],
        ['Owner', orDash(i.ownerName)],
        ['Blocked tasks', orDash(i.taskIds.join(', '))],
        ['Risks', orDash(i.riskIds.join(', '))],
        ['Version', String(i.version)],
      ]),
    );
    if (i.description) io.out(`\n${i.description}\n`);
  });
}
