import type { Command } from 'commander';
import { call } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { updateCommand } from '../../update-command.js';
import { decisionWhat } from './decision-format.js';

/** `waymark decision supersede ID --by-decision ID2`: ID2 replaced ID. */
export function decisionSupersedeCommand(io: CliIo): Command {
  const command = updateCommand(io, {
    noun: 'decision',
    description: 'mark a decision superseded by another (of the same program, or the portfolio)',
    flags: [
      {
        field: 'supersededById',
        flag: 'by-decision',
        description: 'the decision that replaced it',
      },
    ],
    async read({ url, client }, id) {
      const d = await call(url, client.GET('/api/decisions/{id}', { params: { path: { id } } }));
      return { what: decisionWhat(d), version: d.version };
    },
    write: ({ client }, id, body) =>
      client.PATCH('/api/decisions/{id}', {
        params: { path: { id } },
        body: { ...body, status: 'superseded' },
      }),
    done: (d) =>
      `Marked ${decisionWhat(d)} superseded by "${d.supersededBy?.title ?? '-'}" (${d.supersededById ?? '-'})`,
  });
  return command.name('supersede');
}
