import type { Command } from 'commander';
import { call } from '../../connection.js';
import { deleteCommand } from '../../delete-command.js';
import type { CliIo } from '../../io.js';

export function teamDeleteCommand(io: CliIo): Command {
  return deleteCommand(io, {
    noun: 'team',
    consequence: 'Its members and tasks stay, without a team.',
    async read({ url, client }, id) {
      const team = await call(url, client.GET('/api/teams/{id}', { params: { path: { id } } }));
      return { what: `team "${team.name}" (${id})`, version: team.version };
    },
    remove: ({ client }, id, version) =>
      client.DELETE('/api/teams/{id}', { params: { path: { id }, query: { version } } }),
  });
}
