import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { deleteCommand } from '../../delete-command.js';
import { CliError } from '../../errors.js';
import { addFieldOptions, fieldsFromOptions, type FieldFlag } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { updateCommand } from '../../update-command.js';
import { findInLadder } from './find-in-ladder.js';

type TrackBody =
  paths['/api/career-ladder/tracks']['post']['requestBody']['content']['application/json'];
type TrackUpdate =
  paths['/api/career-ladder/tracks/{id}']['patch']['requestBody']['content']['application/json'];

const WORDS: readonly FieldFlag[] = [
  { field: 'name', description: 'the track name, e.g. "Data TPM"' },
  { field: 'description', description: 'what programs it covers' },
];
const KEY: FieldFlag = {
  field: 'key',
  description: 'stable key imports match on, e.g. data_tpm (required; cannot change later)',
};

function trackAddCommand(io: CliIo): Command {
  const command = new Command('add').description('add a career track (admin)');
  addFieldOptions(command, [KEY, ...WORDS]);
  addJsonOption(command);
  return command.action(async (options: Record<string, unknown>) => {
    const body = fieldsFromOptions([KEY, ...WORDS], options) as TrackBody;
    const missing = (['key', 'name'] as const).filter((f) => body[f] === undefined);
    if (missing.length) throw CliError.usage(...missing.map((f) => `${f}: required`));
    const { url, client } = await connect(io);
    const track = await call(url, client.POST('/api/career-ladder/tracks', { body }));
    if (options.json) return printJson(io, track);
    io.out(`Added career track "${track.name}" (${track.id}), key ${track.key}\n`);
  });
}

/** `waymark ladder track add|update|delete` (admins). */
export function ladderTrackCommand(io: CliIo): Command {
  return new Command('track')
    .description('career tracks (job families): add, update, delete')
    .addCommand(trackAddCommand(io))
    .addCommand(
      updateCommand(io, {
        noun: 'track',
        description: 'rename a track or change its description; its key stays',
        flags: WORDS,
        read: (connection, id) => findInLadder(connection, 'tracks', id),
        write: ({ client }, id, body) =>
          client.PATCH('/api/career-ladder/tracks/{id}', {
            params: { path: { id } },
            body: body as TrackUpdate,
          }),
        done: (t) => `Updated career track "${t.name}" (${t.id}), now version ${t.version}`,
      }),
    )
    .addCommand(
      deleteCommand(io, {
        noun: 'track',
        consequence: 'Refused while people are on it or headcount roles name it: move them first.',
        read: (connection, id) => findInLadder(connection, 'tracks', id),
        remove: ({ client }, id, version) =>
          client.DELETE('/api/career-ladder/tracks/{id}', {
            params: { path: { id }, query: { version } },
          }),
      }),
    );
}
