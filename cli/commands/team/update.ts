import type { Command } from 'commander';
import { call } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { updateCommand } from '../../update-command.js';

/** `waymark team update|rename ID --name …`; working hours are `waymark team hours`. */
export function teamUpdateCommand(io: CliIo): Command {
  return updateCommand(io, {
    noun: 'team',
    description: 'rename a team or change its description (hours: "waymark team hours")',
    flags: [
      { field: 'name', description: 'the new name (unique)' },
      { field: 'description', description: 'what the team does' },
    ],
    async read({ url, client }, id) {
      const team = await call(url, client.GET('/api/teams/{id}', { params: { path: { id } } }));
      return { what: `team "${team.name}" (${id})`, version: team.version };
    },
    write: ({ client }, id, body) =>
      client.PATCH('/api/teams/{id}', { params: { path: { id } }, body }),
    done: (team) => `Updated team "${team.name}" (${team.id}), now version ${team.version}`,
  }).alias('rename');
}
