import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { addFieldOptions, fieldsFromOptions, type FieldFlag } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';

type TriageBody =
  paths['/api/requests/{id}/triage']['post']['requestBody']['content']['application/json'];

const FLAGS: readonly FieldFlag[] = [
  {
    field: 'action',
    description: 'acknowledge | accept | decline | defer | duplicate | reopen (required)',
  },
  { field: 'reason', description: 'required to decline or defer' },
  { field: 'deferredUntil', description: 'defer: the date to come back to it, YYYY-MM-DD' },
  {
    field: 'duplicateOfId',
    flag: 'duplicate-of',
    description: 'duplicate: the request it repeats',
  },
  {
    field: 'programId',
    flag: 'program',
    description: 'accept: join this program (default: start a new one)',
  },
  {
    field: 'version',
    kind: 'number',
    description: 'the version you read (default: the current one)',
  },
];

/** `waymark request triage ID --action decline --reason "…"`; without --version it reads the current one first. */
export function requestTriageCommand(io: CliIo): Command {
  const command = new Command('triage')
    .description('move a request through triage')
    .argument('<id>', 'request id');
  addFieldOptions(command, FLAGS);
  addJsonOption(command);
  return command.action(async (id: string, options: Record<string, unknown>) => {
    const fields = fieldsFromOptions(FLAGS, options);
    const { url, client } = await connect(io);
    const path = { params: { path: { id } } };
    if (fields.version === undefined)
      fields.version = (await call(url, client.GET('/api/requests/{id}', path))).request.version;
    const updated = await call(
      url,
      client.POST('/api/requests/{id}/triage', { ...path, body: fields as TriageBody }),
    );
    if (options.json) return printJson(io, updated);
    io.out(
      `Request #${updated.number} is ${updated.state}${updated.programId ? ` (program ${updated.programId})` : ''}\n`,
    );
  });
}
