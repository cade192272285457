import type { Command } from 'commander';
import { call } from '../../connection.js';
import { deleteCommand } from '../../delete-command.js';
import type { CliIo } from '../../io.js';

export function milestoneDeleteCommand(io: CliIo): Command {
  return deleteCommand(io, {
    noun: 'milestone',
    consequence: 'Its success criteria and dependencies go too; its tasks stay.',
    async read({ url, client }, id) {
      const milestone = await call(
        url,
        client.GET('/api/milestones/{id}', { params: { path: { id } } }),
      );
      return {
        what: `milestone "${milestone.name}" (${milestone.id})`,
        version: milestone.version,
      };
    },
    remove: ({ client }, id, version) =>
      client.DELETE('/api/milestones/{id}', { params: { path: { id }, query: { version } } }),
  });
}
