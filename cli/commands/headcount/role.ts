import { Command } from 'commander';
import { call } from '../../connection.js';
import { deleteCommand, type DeleteSpec } from '../../delete-command.js';
import type { FieldFlag } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { updateCommand } from '../../update-command.js';
import { headcountAddCommand } from './add.js';

const ROLE_FLAGS: readonly FieldFlag[] = [
  { field: 'title', description: 'the role, e.g. "Senior TPM, payments"' },
  { field: 'quarter', description: 'fiscal quarter, e.g. FY2027-Q3' },
  { field: 'levelId', flag: 'level', description: 'career level id', nullable: true },
  { field: 'trackId', flag: 'track', description: 'career track id', nullable: true },
  { field: 'teamId', flag: 'team', description: 'team id', nullable: true },
  { field: 'status', description: 'planned | open | filled' },
  {
    field: 'filledById',
    flag: 'filled-by',
    description: 'who filled it (a filled role only)',
    nullable: true,
  },
  { field: 'note', description: 'free text' },
];

const readRole: DeleteSpec['read'] = async ({ url, client }, id) => {
  const role = await call(
    url,
    client.GET('/api/headcount/roles/{id}', { params: { path: { id } } }),
  );
  return {
    what: `${role.status} role "${role.title}" in ${role.quarter} (${id})`,
    version: role.version,
  };
};

/** `waymark headcount role add|update|delete`: roles planned, open or filled per quarter. */
export function headcountRoleCommand(io: CliIo): Command {
  return new Command('role')
    .description('roles of the headcount plan: add, update, delete (TPM managers and admins)')
    .addCommand(headcountAddCommand(io))
    .addCommand(
      updateCommand(io, {
        noun: 'role',
        description: "change a role's fields, e.g. --status open; the others stay",
        flags: ROLE_FLAGS,
        read: (connection, id) => readRole(connection, id, {}),
        write: ({ client }, id, body) =>
          client.PATCH('/api/headcount/roles/{id}', { params: { path: { id } }, body }),
        done: (role) =>
          `Updated ${role.status} role "${role.title}" in ${role.quarter} (${role.id}), now version ${role.version}`,
      }),
    )
    .addCommand(
      deleteCommand(io, {
        noun: 'role',
        consequence: 'The plan no longer counts it.',
        read: readRole,
        remove: ({ client }, id, version) =>
          client.DELETE('/api/headcount/roles/{id}', {
            params: { path: { id }, query: { version } },
          }),
      }),
    );
}
