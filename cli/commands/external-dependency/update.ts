import type { Command } from 'commander';
import { call } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { updateCommand } from '../../update-command.js';
import { EXTERNAL_DEPENDENCY_FIELD_FLAGS } from './external-dependency-flags.js';

export function externalDependencyUpdateCommand(io: CliIo): Command {
  return updateCommand(io, {
    noun: 'external-dependency',
    description: 'change fields of an external dependency; the others stay as they are',
    flags: EXTERNAL_DEPENDENCY_FIELD_FLAGS,
    async read({ url, client }, id) {
      const d = await call(
        url,
        client.GET('/api/external-dependencies/{id}', { params: { path: { id } } }),
      );
      return { what: `external dependency "${d.title}" (${id})`, version: d.version };
    },
    write: ({ client }, id, body) =>
      client.PATCH('/api/external-dependencies/{id}', { params: { path: { id } }, body }),
    done: (d) => `Updated external dependency "${d.title}" (${d.id}), now version ${d.version}`,
  });
}
