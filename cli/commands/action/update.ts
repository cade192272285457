import type { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { updateCommand } from '../../update-command.js';
import { ACTION_FIELD_FLAGS, ACTION_STATUS_FLAG } from './action-flags.js';

type ActionUpdateBody =
  paths['/api/action-items/{id}']['patch']['requestBody']['content']['application/json'];

export function actionUpdateCommand(io: CliIo): Command {
  return updateCommand(io, {
    noun: 'action',
    description: 'change fields of an action item; the others stay as they are',
    flags: [...ACTION_FIELD_FLAGS, ACTION_STATUS_FLAG],
    async read({ url, client }, id) {
      const item = await call(
        url,
        client.GET('/api/action-items/{id}', { params: { path: { id } } }),
      );
      return { what: `action item "${item.title}" (${id})`, version: item.version };
    },
    write: ({ client }, id, body) =>
      client.PATCH('/api/action-items/{id}', {
        params: { path: { id } },
        body: body as ActionUpdateBody,
      }),
    done: (item) => `Updated action item "${item.title}" (${item.id}), now version ${item.version}`,
  });
}
