import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { addFieldOptions, fieldsFromOptions, type FieldFlag } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderTable, type Column } from '../../output.js';

type Query = NonNullable<paths['/api/headcount']['get']['parameters']['query']>;
type Plan = paths['/api/headcount']['get']['responses'][200]['content']['application/json'];

const FLAGS: readonly FieldFlag[] = [
  { field: 'fiscalYear', description: 'e.g. FY2027 (default: the current one)' },
];

const QUARTERS: readonly Column<Plan['quarters'][number]>[] = [
  { header: 'QUARTER', value: (q) => q.quarter },
  { header: 'DEMAND FTE', value: (q) => String(q.demandFte) },
  { header: 'STAFF FTE', value: (q) => String(q.staffFte) },
  { header: 'OPEN', value: (q) => String(q.openRoles) },
  { header: 'PLANNED', value: (q) => String(q.plannedRoles) },
  { header: 'FILLED', value: (q) => String(q.filledRoles) },
  { header: 'GAP FTE', value: (q) => (q.gapFte > 0 ? `+${q.gapFte}` : String(q.gapFte)) },
];
const ROLES: readonly Column<Plan['roles'][number]>[] = [
  { header: 'QUARTER', value: (r) => r.quarter },
  { header: 'ROLE', value: (r) => r.title, maxWidth: 40 },
  { header: 'LEVEL', value: (r) => (r.levelName ? `${r.levelName} (${r.grade})` : '-') },
  { header: 'TRACK', value: (r) => orDash(r.trackName) },
  { header: 'STATUS', value: (r) => r.status },
];

export function headcountListCommand(io: CliIo): Command {
  const command = new Command('list').description(
    'the headcount plan of a fiscal year: demand vs supply and the gap per quarter, then the roles',
  );
  addFieldOptions(command, FLAGS);
  addJsonOption(command);
  return command.action(async (options: Record<string, unknown>) => {
    const query = fieldsFromOptions(FLAGS, options) as Query;
    const { url, client } = await connect(io);
    const plan = await call(url, client.GET('/api/headcount', { params: { query } }));
    if (options.json) return printJson(io, plan);
    io.out(`${plan.fiscalYear} (gap = demand − staff − roles due; positive = people missing)\n`);
    io.out(renderTable(QUARTERS, plan.quarters));
    io.out('\n');
    io.out(plan.roles.length ? renderTable(ROLES, plan.roles) : 'No roles planned.\n');
  });
}
