import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderTable, type Column } from '../../output.js';

type AssumptionRow =
  paths['/api/assumptions']['get']['responses'][200]['content']['application/json']['items'][number];

const COLUMNS: readonly Column<AssumptionRow>[] = [
  { header: 'ID', value: (a) => a.id },
  { header: 'PROGRAM', value: (a) => a.programName, maxWidth: 24 },
  { header: 'STATEMENT', value: (a) => a.statement, maxWidth: 40 },
  { header: 'STATUS', value: (a) => a.status + (a.overdue ? ' (overdue)' : '') },
  { header: 'VALIDATE BY', value: (a) => orDash(a.validateBy) },
  { header: 'OWNER', value: (a) => orDash(a.ownerName) },
];

/** One program's assumptions with --program, otherwise every program's that one can see. */
export function assumptionListCommand(io: CliIo): Command {
  const command = new Command('list')
    .description('assumptions of a program (--program), or of every program you can see')
    .option('--program <id>', 'program id')
    .option('--status <status>', 'unvalidated, valid or invalid')
    .option('--owner <id>', 'only those of this owner (user id)');
  addJsonOption(command);
  return command.action(
    async (options: { program?: string; status?: string; owner?: string; json?: boolean }) => {
      const { url, client } = await connect(io);
      const query = {
        ...(options.status ? { status: options.status as AssumptionRow['status'] } : {}),
        ...(options.owner ? { ownerId: options.owner } : {}),
      };
      const list = options.program
        ? await call(
            url,
            client.GET('/api/programs/{id}/assumptions', {
              params: { path: { id: options.program }, query },
            }),
          )
        : await call(url, client.GET('/api/assumptions', { params: { query } }));
      if (options.json) return printJson(io, list);
      if (list.items.length === 0) return io.out('No assumptions.\n');
      io.out(renderTable(COLUMNS, list.items));
    },
  );
}
