import { Option, type Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, type Connection } from '../../connection.js';
import type { FieldFlag } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { updateCommand } from '../../update-command.js';

type Allocation =
  paths['/api/allocations/{id}']['get']['responses'][200]['content']['application/json'];
type AllocationUpdate =
  paths['/api/allocations/{id}']['patch']['requestBody']['content']['application/json'];

const FLAGS: readonly FieldFlag[] = [
  { field: 'percent', kind: 'number', description: 'percent of their capacity (clears hours)' },
  {
    field: 'hoursPerWeek',
    kind: 'number',
    description: 'hours per standard week (clears percent)',
  },
  { field: 'from', description: 'first day, YYYY-MM-DD' },
  { field: 'to', description: 'last day, YYYY-MM-DD', nullable: true },
  { field: 'programId', flag: 'program', description: 'move it to this program', nullable: true },
  { field: 'runWork', description: 'what run work, when there is no program' },
  { field: 'note', description: 'free text' },
];

/** "Ada Lovelace 50% on Atlas from 2027-01-04 to open end (id)". */
export function describeAllocation(a: Allocation): string {
  const amount = a.percent !== null ? `${a.percent}%` : `${a.hoursPerWeek} h/week`;
  return `${a.personName} ${amount} on ${a.programName ?? a.runWork} from ${a.from} to ${a.to ?? 'open end'} (${a.id})`;
}

export async function readAllocation({ url, client }: Connection, id: string) {
  const a = await call(url, client.GET('/api/allocations/{id}', { params: { path: { id } } }));
  return { what: `allocation of ${describeAllocation(a)}`, version: a.version };
}

export function allocationUpdateCommand(io: CliIo): Command {
  return updateCommand(io, {
    noun: 'allocation',
    description:
      "change an allocation's amount or dates; refused when it over-allocates the person unless --confirm-over-allocation",
    flags: FLAGS,
    read: readAllocation,
    write: ({ client }, id, body, options) =>
      client.PATCH('/api/allocations/{id}', {
        params: { path: { id } },
        body: {
          ...(body as AllocationUpdate),
          ...(options.confirmOverAllocation ? { confirmOverAllocation: true } : {}),
        },
      }),
    done: (a) =>
      `Updated allocation: ${describeAllocation(a)}, now version ${a.version}${a.overAllocationConfirmed ? ' — over-allocation confirmed' : ''}`,
  }).addOption(
    new Option('--confirm-over-allocation', 'save even if it over-allocates the person (audited)'),
  );
}
