import type { Command } from 'commander';
import { call } from '../../connection.js';
import { deleteCommand } from '../../delete-command.js';
import type { CliIo } from '../../io.js';

export function programDeleteCommand(io: CliIo): Command {
  return deleteCommand(io, {
    noun: 'program',
    consequence:
      'Everything planned under it goes too: workstreams, milestones, tasks, dependencies, baselines.',
    async read({ url, client }, id) {
      const program = await call(
        url,
        client.GET('/api/programs/{id}', { params: { path: { id } } }),
      );
      return { what: `program "${program.name}" (${program.id})`, version: program.version };
    },
    remove: ({ client }, id, version) =>
      client.DELETE('/api/programs/{id}', { params: { path: { id }, query: { version } } }),
  });
}
