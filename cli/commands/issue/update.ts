import type { Command } from 'commander';
import { call } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { updateCommand } from '../../update-command.js';
import { ISSUE_FIELD_FLAGS } from './issue-flags.js';

export function issueUpdateCommand(io: CliIo): Command {
  return updateCommand(io, {
    noun: 'issue',
    description: 'change fields of an issue; the others stay as they are',
    flags: ISSUE_FIELD_FLAGS,
    async read({ url, client }, id) {
      const i = await call(url, client.GET('/api/issues/{id}', { params: { path: { id } } }));
      return { what: `issue "${i.title}" (${id})`, version: i.version };
    },
    write: ({ client }, id, body) =>
      client.PATCH('/api/issues/{id}', { params: { path: { id } }, body }),
    done: (i) => `Updated issue "${i.title}" (${i.id}), now version ${i.version}`,
  });
}
