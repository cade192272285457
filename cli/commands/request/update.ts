import type { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call } from '../../connection.js';
import type { FieldFlag } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { updateCommand } from '../../update-command.js';
import { REQUEST_SUBMIT_FLAGS } from './submit.js';

type RequestPatch =
  paths['/api/requests/{id}']['patch']['requestBody']['content']['application/json'];

/** The submit flags, each optional: a deadline may also be cleared. */
const FLAGS: readonly FieldFlag[] = REQUEST_SUBMIT_FLAGS.map((f) =>
  f.field === 'deadline' ? { ...f, nullable: true } : f,
);

/** `waymark request update ID …`: the requester while it is open, a TPM at any time. */
export function requestUpdateCommand(io: CliIo): Command {
  return updateCommand(io, {
    noun: 'request',
    description:
      'change what a request says (yours while it is open; a TPM any time); repeatable flags replace the list',
    flags: FLAGS,
    read: async ({ url, client }, id) => {
      const { request } = await call(
        url,
        client.GET('/api/requests/{id}', { params: { path: { id } } }),
      );
      return { what: `request #${request.number} "${request.title}"`, version: request.version };
    },
    write: ({ client }, id, body) =>
      client.PATCH('/api/requests/{id}', {
        params: { path: { id } },
        body: body as RequestPatch,
      }),
    done: (r) => `Updated request #${r.number} "${r.title}", now version ${r.version}`,
  });
}
