import type { Command } from 'commander';
import { call } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { updateCommand } from '../../update-command.js';
import { DECISION_FIELD_FLAGS } from './decision-flags.js';
import { decisionWhat } from './decision-format.js';

/** `waymark decision update ID …`: the fields named change, the others stay. */
export function decisionUpdateCommand(io: CliIo): Command {
  return updateCommand(io, {
    noun: 'decision',
    description: 'change fields of a decision; the others stay as they are',
    flags: DECISION_FIELD_FLAGS,
    async read({ url, client }, id) {
      const d = await call(url, client.GET('/api/decisions/{id}', { params: { path: { id } } }));
      return { what: decisionWhat(d), version: d.version };
    },
    write: ({ client }, id, body) =>
      client.PATCH('/api/decisions/{id}', { params: { path: { id } }, body }),
    done: (d) => `Updated ${decisionWhat(d)}, now version ${d.version}`,
  });
}
