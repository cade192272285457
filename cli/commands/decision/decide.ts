import type { Command } from 'commander';
import { call } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { updateCommand } from '../../update-command.js';
import { decisionWhat } from './decision-format.js';

/**
 * `waymark decision decide ID --decision "…" [--option N] [--by USER] [--on DATE]`:
 * the day defaults to the program's today and the decider to you.
 */
export function decisionDecideCommand(io: CliIo): Command {
  const command = updateCommand(io, {
    noun: 'decision',
    description:
      "record what was decided (the day defaults to the program's today, the decider to you)",
    flags: [
      { field: 'decision', description: 'what was decided (required)' },
      {
        field: 'chosenOption',
        flag: 'option',
        kind: 'number',
        description: 'the option chosen, by its number from 0',
      },
      { field: 'decidedById', flag: 'by', description: 'who decided (a user id)' },
      { field: 'decidedOn', flag: 'on', description: 'the day it was decided (YYYY-MM-DD)' },
    ],
    async read({ url, client }, id) {
      const d = await call(url, client.GET('/api/decisions/{id}', { params: { path: { id } } }));
      return { what: decisionWhat(d), version: d.version };
    },
    write: ({ client }, id, body) =>
      client.PATCH('/api/decisions/{id}', {
        params: { path: { id } },
        body: { ...body, status: 'decided' },
      }),
    done: (d) => `Decided ${decisionWhat(d)} on ${d.decidedOn ?? '-'}: ${d.decision ?? ''}`,
  });
  return command.name('decide');
}
