import type { Command } from 'commander';
import { call } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { updateCommand } from '../../update-command.js';
import { REVIEW_FIELD_FLAGS } from './review-flags.js';
import { reviewWhat } from './review-format.js';

/** `waymark review update ID …`: the fields named change, the others stay. */
export function reviewUpdateCommand(io: CliIo): Command {
  return updateCommand(io, {
    noun: 'review',
    description: 'change fields of a review; the others stay as they are',
    flags: REVIEW_FIELD_FLAGS,
    async read({ url, client }, id) {
      const r = await call(url, client.GET('/api/reviews/{id}', { params: { path: { id } } }));
      return { what: reviewWhat(r), version: r.version };
    },
    write: ({ client }, id, body) =>
      client.PATCH('/api/reviews/{id}', { params: { path: { id } }, body }),
    done: (r) => `Updated ${reviewWhat(r)}, now version ${r.version}`,
  });
}
