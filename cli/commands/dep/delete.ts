import type { Command } from 'commander';
import { call } from '../../connection.js';
import { deleteCommand } from '../../delete-command.js';
import type { CliIo } from '../../io.js';
import { describeDependency } from './describe-dependency.js';

export function depDeleteCommand(io: CliIo): Command {
  return deleteCommand(io, {
    noun: 'dependency',
    consequence: 'The two items stay; only the link between them goes.',
    async read({ url, client }, id) {
      const dependency = await call(
        url,
        client.GET('/api/dependencies/{id}', { params: { path: { id } } }),
      );
      return { what: describeDependency(dependency), version: dependency.version };
    },
    remove: ({ client }, id, version) =>
      client.DELETE('/api/dependencies/{id}', { params: { path: { id }, query: { version } } }),
  });
}
