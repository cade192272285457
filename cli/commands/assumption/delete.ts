import type { Command } from 'commander';
import { call } from '../../connection.js';
import { deleteCommand } from '../../delete-command.js';
import type { CliIo } from '../../io.js';

export function assumptionDeleteCommand(io: CliIo): Command {
  return deleteCommand(io, {
    noun: 'assumption',
    consequence: 'Its history stays in the audit log.',
    async read({ url, client }, id) {
      const a = await call(url, client.GET('/api/assumptions/{id}', { params: { path: { id } } }));
      return { what: `assumption "${a.statement}" (${id})`, version: a.version };
    },
    remove: ({ client }, id, version) =>
      client.DELETE('/api/assumptions/{id}', { params: { path: { id }, query: { version } } }),
  });
}
