import { Command, Option } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson, renderTable, type Column } from '../../output.js';
import { readableDelta } from './change-request-input.js';

type Row =
  paths['/api/programs/{id}/change-requests']['get']['responses'][200]['content']['application/json']['items'][number];

const COLUMNS: readonly Column<Row>[] = [
  { header: 'CR', value: (r) => r.label },
  { header: 'ID', value: (r) => r.id },
  { header: 'TITLE', value: (r) => r.title, maxWidth: 40 },
  { header: 'STATUS', value: (r) => r.status },
  {
    header: 'FINISH',
    value: (r) => (r.impact ? readableDelta(r.impact.finishDeltaWorkingDays) : '–'),
  },
  { header: 'CHANGES', value: (r) => String(r.changes.length) },
  { header: 'VERSION', value: (r) => String(r.version) },
];
const STATUSES = ['draft', 'submitted', 'approved', 'deferred', 'rejected'] as const;

export function changeRequestListCommand(io: CliIo): Command {
  const command = new Command('list')
    .description("a program's change requests, newest first")
    .argument('<program>', 'program id')
    .addOption(new Option('--status <status>', 'only these').choices(STATUSES));
  addJsonOption(command);
  return command.action(
    async (programId: string, options: { status?: (typeof STATUSES)[number]; json?: boolean }) => {
      const { url, client } = await connect(io);
      const list = await call(
        url,
        client.GET('/api/programs/{id}/change-requests', {
          params: {
            path: { id: programId },
            query: options.status ? { status: options.status } : {},
          },
        }),
      );
      if (options.json) return printJson(io, list);
      if (list.items.length === 0) return io.out('No change requests.\n');
      io.out(renderTable(COLUMNS, list.items));
    },
  );
}
