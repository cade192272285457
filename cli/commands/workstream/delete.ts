import type { Command } from 'commander';
import { call } from '../../connection.js';
import { deleteCommand } from '../../delete-command.js';
import type { CliIo } from '../../io.js';

export function workstreamDeleteCommand(io: CliIo): Command {
  return deleteCommand(io, {
    noun: 'workstream',
    consequence: 'Its milestones and tasks stay in the program, outside any workstream.',
    async read({ url, client }, id) {
      const workstream = await call(
        url,
        client.GET('/api/workstreams/{id}', { params: { path: { id } } }),
      );
      return {
        what: `workstream "${workstream.name}" (${workstream.id})`,
        version: workstream.version,
      };
    },
    remove: ({ client }, id, version) =>
      client.DELETE('/api/workstreams/{id}', { params: { path: { id }, query: { version } } }),
  });
}
