import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { addFieldOptions, fieldsFromOptions, type FieldFlag } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson, renderTable } from '../../output.js';
import { OBJECTIVE_COLUMNS } from './okr-format.js';

type Query = NonNullable<paths['/api/objectives']['get']['parameters']['query']>;

const FILTERS: readonly FieldFlag[] = [
  { field: 'period', description: 'a fiscal quarter: 2027-Q1 or FY2027-Q1' },
  { field: 'ownerKind', flag: 'owner-kind', description: 'organization, team or person' },
  { field: 'teamId', flag: 'team', description: 'only this team’s objectives' },
  { field: 'personId', flag: 'person', description: 'only this person’s (or "me")' },
  { field: 'state', description: 'draft, committed or graded' },
  { field: 'programId', flag: 'program', description: 'only the objectives this program serves' },
];

export function okrListCommand(io: CliIo): Command {
  const command = new Command('list').description('objectives with their scores');
  addFieldOptions(command, FILTERS);
  addJsonOption(command);
  return command.action(async (options: Record<string, unknown>) => {
    const query = fieldsFromOptions(FILTERS, options) as Query;
    const { url, client } = await connect(io);
    const list = await call(url, client.GET('/api/objectives', { params: { query } }));
    if (options.json) return printJson(io, list);
    if (list.items.length === 0) return io.out('No objectives.\n');
    io.out(renderTable(OBJECTIVE_COLUMNS, list.items));
  });
}
