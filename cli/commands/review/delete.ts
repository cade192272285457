import type { Command } from 'commander';
import { call } from '../../connection.js';
import { deleteCommand } from '../../delete-command.js';
import type { CliIo } from '../../io.js';
import { reviewWhat } from './review-format.js';

export function reviewDeleteCommand(io: CliIo): Command {
  return deleteCommand(io, {
    noun: 'review',
    consequence: 'Its recorded outcomes go with it; decisions it wrote stay in the decision log.',
    async read({ url, client }, id) {
      const r = await call(url, client.GET('/api/reviews/{id}', { params: { path: { id } } }));
      return { what: reviewWhat(r), version: r.version };
    },
    remove: ({ client }, id, version) =>
      client.DELETE('/api/reviews/{id}', { params: { path: { id }, query: { version } } }),
  });
}
