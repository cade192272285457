import type { Command } from 'commander';
import { call } from '../../connection.js';
import { deleteCommand } from '../../delete-command.js';
import type { CliIo } from '../../io.js';

export function externalDependencyDeleteCommand(io: CliIo): Command {
  return deleteCommand(io, {
    noun: 'external-dependency',
    consequence: 'Its history stays in the audit log.',
    async read({ url, client }, id) {
      const d = await call(
        url,
        client.GET('/api/external-dependencies/{id}', { params: { path: { id } } }),
      );
      return { what: `external dependency "${d.title}" (${id})`, version: d.version };
    },
    remove: ({ client }, id, version) =>
      client.DELETE('/api/external-dependencies/{id}', {
        params: { path: { id }, query: { version } },
      }),
  });
}
