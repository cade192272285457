import type { Command } from 'commander';
import { call } from '../../connection.js';
import { deleteCommand } from '../../delete-command.js';
import type { CliIo } from '../../io.js';
import { decisionWhat } from './decision-format.js';

export function decisionDeleteCommand(io: CliIo): Command {
  return deleteCommand(io, {
    noun: 'decision',
    consequence: 'Its options and links go with it; the risks it named stay.',
    async read({ url, client }, id) {
      const d = await call(url, client.GET('/api/decisions/{id}', { params: { path: { id } } }));
      return { what: decisionWhat(d), version: d.version };
    },
    remove: ({ client }, id, version) =>
      client.DELETE('/api/decisions/{id}', { params: { path: { id }, query: { version } } }),
  });
}
