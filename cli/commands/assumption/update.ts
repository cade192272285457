import type { Command } from 'commander';
import { call } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { updateCommand } from '../../update-command.js';
import { ASSUMPTION_FIELD_FLAGS } from './assumption-flags.js';

export function assumptionUpdateCommand(io: CliIo): Command {
  return updateCommand(io, {
    noun: 'assumption',
    description: 'change fields of an assumption; the others stay as they are',
    flags: ASSUMPTION_FIELD_FLAGS,
    async read({ url, client }, id) {
      const a = await call(url, client.GET('/api/assumptions/{id}', { params: { path: { id } } }));
      return { what: `assumption "${a.statement}" (${id})`, version: a.version };
    },
    write: ({ client }, id, body) =>
      client.PATCH('/api/assumptions/{id}', { params: { path: { id } }, body }),
    done: (a) => `Updated assumption "${a.statement}" (${a.id}), now version ${a.version}`,
  });
}
