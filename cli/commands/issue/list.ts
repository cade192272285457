import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderTable, type Column } from '../../output.js';

type IssueRow =
  paths['/api/issues']['get']['responses'][200]['content']['application/json']['items'][number];

const COLUMNS: readonly Column<IssueRow>[] = [
  { header: 'ID', value: (i) => i.id },
  { header: 'PROGRAM', value: (i) => i.programName, maxWidth: 24 },
  { header: 'TITLE', value: (i) => i.title, maxWidth: 40 },
  { header: 'SEVERITY', value: (i) => i.severity },
  { header: 'STATUS', value: (i) => i.status },
  { header: 'ESCALATED', value: (i) => (i.escalationLevel === 'none' ? '-' : i.escalationLevel) },
  { header: 'DUE', value: (i) => orDash(i.dueDate) },
  { header: 'OWNER', value: (i) => orDash(i.ownerName) },
];

/** One program's issues with --program, otherwise every program's that one can see. */
export function issueListCommand(io: CliIo): Command {
  const command = new Command('list')
    .description('issues of a program (--program), or of every program you can see')
    .option('--program <id>', 'program id')
    .option('--status <status>', 'open, in_progress, resolved or closed')
    .option('--severity <severity>', 'low, medium, high or critical')
    .option('--owner <id>', 'only those of this owner (user id)');
  addJsonOption(command);
  return command.action(
    async (options: {
      program?: string;
      status?: string;
      severity?: string;
      owner?: string;
      json?: boolean;
    }) => {
      const { url, client } = await connect(io);
      const query = {
        ...(options.status ? { status: options.status as IssueRow['status'] } : {}),
        ...(options.severity ? { severity: options.severity as IssueRow['severity'] } : {}),
        ...(options.owner ? { ownerId: options.owner } : {}),
      };
      const list = options.program
        ? await call(
            url,
            client.GET('/api/programs/{id}/issues', {
              params: { path: { id: options.program }, query },
            }),
          )
        : await call(url, client.GET('/api/issues', { params: { query } }));
      if (options.json) return printJson(io, list);
      if (list.items.length === 0) return io.out('No issues.\n');
      io.out(renderTable(COLUMNS, list.items));
    },
  );
}
