import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { addFieldOptions, fieldsFromOptions, type FieldFlag } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderTable, type Column } from '../../output.js';

type RiskRow =
  paths['/api/risks']['get']['responses'][200]['content']['application/json']['items'][number];
type RiskQuery = NonNullable<paths['/api/risks']['get']['parameters']['query']>;

const FILTERS: readonly FieldFlag[] = [
  { field: 'status', description: 'only these statuses, comma-separated (open,mitigating)' },
  { field: 'ownerId', flag: 'owner', description: 'only the risks this user owns' },
  { field: 'category', description: 'only this category' },
];

const COLUMNS: readonly Column<RiskRow>[] = [
  { header: 'ID', value: (r) => r.id },
  { header: 'TITLE', value: (r) => r.title, maxWidth: 40 },
  { header: 'STATUS', value: (r) => r.status },
  { header: 'SCORE', value: (r) => `${r.score} (${r.likelihood}×${r.impact})` },
  { header: 'OWNER', value: (r) => orDash(r.ownerName), maxWidth: 24 },
  { header: 'PROBABILITY', value: (r) => String(r.probability) },
  { header: 'DELAY H', value: (r) => String(r.delayHours) },
  { header: 'COST', value: (r) => orDash(r.cost) },
  { header: 'MITIGATION DUE', value: (r) => orDash(r.mitigationDueDate) },
  { header: 'VERSION', value: (r) => String(r.version) },
];
const PROGRAM_COLUMN: Column<RiskRow> = {
  header: 'PROGRAM',
  value: (r) => r.programName,
  maxWidth: 30,
};

export function riskListCommand(io: CliIo): Command {
  const command = new Command('list')
    .description("the risk register: one program's with --program, else every program you can see")
    .option('--program <id>', 'program id');
  addFieldOptions(command, FILTERS);
  addJsonOption(command);
  return command.action(async (options: Record<string, unknown>) => {
    const query = fieldsFromOptions(FILTERS, options) as RiskQuery;
    const program = options.program as string | undefined;
    const { url, client } = await connect(io);
    const list = program
      ? await call(
          url,
          client.GET('/api/programs/{id}/risks', { params: { path: { id: program }, query } }),
        )
      : await call(url, client.GET('/api/risks', { params: { query } }));
    if (options.json) return printJson(io, list);
    if (list.items.length === 0) return io.out('No risks.\n');
    io.out(renderTable(program ? COLUMNS : [PROGRAM_COLUMN, ...COLUMNS], list.items));
  });
}
