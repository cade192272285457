import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { addFieldOptions, fieldsFromOptions, type FieldFlag } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderTable, type Column } from '../../output.js';

type ActionRow =
  paths['/api/action-items']['get']['responses'][200]['content']['application/json']['items'][number];
type ActionQuery = NonNullable<paths['/api/action-items']['get']['parameters']['query']>;

const FILTERS: readonly FieldFlag[] = [
  { field: 'state', description: 'open, done, cancelled or overdue' },
  { field: 'ownerId', flag: 'owner', description: 'only the items this user owns' },
  { field: 'programId', flag: 'program', description: 'only this program’s items' },
  { field: 'sourceKind', flag: 'source-kind', description: 'only items from this kind of source' },
  { field: 'sourceId', flag: 'source', description: 'only items from this row' },
  { field: 'limit', kind: 'number', description: 'at most this many (default 50)' },
];

const COLUMNS: readonly Column<ActionRow>[] = [
  { header: 'ID', value: (r) => r.id },
  { header: 'TITLE', value: (r) => r.title, maxWidth: 40 },
  { header: 'STATUS', value: (r) => (r.overdue ? 'overdue' : r.status) },
  { header: 'DUE', value: (r) => orDash(r.dueDate) },
  { header: 'OWNER', value: (r) => r.ownerName, maxWidth: 24 },
  { header: 'PROGRAM', value: (r) => orDash(r.programName), maxWidth: 30 },
  { header: 'VERSION', value: (r) => String(r.version) },
];

export function actionListCommand(io: CliIo): Command {
  const command = new Command('list')
    .description('action items of the programs you can see, open and soonest due first')
    .option('--mine', 'only the items you own');
  addFieldOptions(command, FILTERS);
  addJsonOption(command);
  return command.action(async (options: Record<string, unknown>) => {
    const query = fieldsFromOptions(FILTERS, options) as ActionQuery;
    if (options.mine) query.ownerId = 'me';
    const { url, client } = await connect(io);
    const list = await call(url, client.GET('/api/action-items', { params: { query } }));
    if (options.json) return printJson(io, list);
    if (list.items.length === 0) return io.out('No action items.\n');
    io.out(renderTable(COLUMNS, list.items));
    if (list.total > list.items.length)
      io.out(`(${list.items.length} of ${list.total}; --limit shows more)\n`);
  });
}
