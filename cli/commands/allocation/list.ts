import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { addFieldOptions, fieldsFromOptions, type FieldFlag } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderTable, type Column } from '../../output.js';

type Query = NonNullable<paths['/api/allocations']['get']['parameters']['query']>;
type List = paths['/api/allocations']['get']['responses'][200]['content']['application/json'];

const FLAGS: readonly FieldFlag[] = [
  { field: 'personId', flag: 'person', description: 'person id' },
  { field: 'programId', flag: 'program', description: 'program id' },
  { field: 'activeOn', description: 'only allocations covering this date' },
];

const COLUMNS: readonly Column<List['items'][number]>[] = [
  { header: 'ID', value: (a) => a.id },
  { header: 'PERSON', value: (a) => a.personName, maxWidth: 24 },
  { header: 'ON', value: (a) => a.programName ?? `run: ${a.runWork}`, maxWidth: 36 },
  {
    header: 'AMOUNT',
    value: (a) => (a.percent !== null ? `${a.percent}%` : `${a.hoursPerWeek} h/wk`),
  },
  { header: 'FROM', value: (a) => a.from },
  { header: 'TO', value: (a) => orDash(a.to) },
  { header: 'CONFIRMED OVER', value: (a) => (a.overAllocationConfirmed ? 'yes' : '') },
];

export function allocationListCommand(io: CliIo): Command {
  const command = new Command('list').description('allocations, by person then start');
  addFieldOptions(command, FLAGS);
  addJsonOption(command);
  return command.action(async (options: Record<string, unknown>) => {
    const query = fieldsFromOptions(FLAGS, options) as Query;
    const { url, client } = await connect(io);
    const list = await call(url, client.GET('/api/allocations', { params: { query } }));
    if (options.json) return printJson(io, list);
    if (list.items.length === 0) return io.out('No allocations.\n');
    io.out(renderTable(COLUMNS, list.items));
  });
}
