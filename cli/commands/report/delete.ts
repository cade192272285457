import type { Command } from 'commander';
import { call } from '../../connection.js';
import { deleteCommand } from '../../delete-command.js';
import type { CliIo } from '../../io.js';

/** `waymark report delete ID [--yes]`: deletes a draft (a published report is history). */
export function reportDeleteCommand(io: CliIo): Command {
  return deleteCommand(io, {
    noun: 'report',
    consequence: 'Only a draft can be deleted; its action items stay.',
    async read({ url, client }, id) {
      const r = await call(
        url,
        client.GET('/api/status-reports/{id}', { params: { path: { id } } }),
      );
      return { what: `status report "${r.title}" (${r.id})`, version: r.version };
    },
    remove: ({ client }, id, version) =>
      client.DELETE('/api/status-reports/{id}', { params: { path: { id }, query: { version } } }),
  });
}
