import type { Command } from 'commander';
import { call } from '../../connection.js';
import { deleteCommand } from '../../delete-command.js';
import type { CliIo } from '../../io.js';

export function issueDeleteCommand(io: CliIo): Command {
  return deleteCommand(io, {
    noun: 'issue',
    consequence: 'Its history stays in the audit log.',
    async read({ url, client }, id) {
      const i = await call(url, client.GET('/api/issues/{id}', { params: { path: { id } } }));
      return { what: `issue "${i.title}" (${id})`, version: i.version };
    },
    remove: ({ client }, id, version) =>
      client.DELETE('/api/issues/{id}', { params: { path: { id }, query: { version } } }),
  });
}
