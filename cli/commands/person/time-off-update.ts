import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import { addFieldOptions, fieldsFromOptions, type FieldFlag } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { VERSION_FLAG } from '../../version-flag.js';
import { findTimeOff } from './find-time-off.js';

type TimeOffUpdateBody =
  paths['/api/time-off/{id}']['patch']['requestBody']['content']['application/json'];

const FLAGS: readonly FieldFlag[] = [
  { field: 'from', description: 'first day away, YYYY-MM-DD' },
  { field: 'to', description: 'last day away' },
  { field: 'kind', description: 'vacation | sick | training | parental | other' },
  { field: 'note', description: 'free text' },
];

export function personTimeOffUpdateCommand(io: CliIo): Command {
  const command = new Command('time-off-update')
    .description("change a person's recorded days away; the other fields stay as they are")
    .argument('<personId>', 'person id')
    .argument('<timeOffId>', 'time off id (see "waymark person show")');
  addFieldOptions(command, [VERSION_FLAG, ...FLAGS]);
  addJsonOption(command);
  return command.action(async (personId: string, id: string, options: Record<string, unknown>) => {
    const changes = fieldsFromOptions(FLAGS, options);
    if (Object.keys(changes).length === 0)
      throw CliError.usage('Nothing to change: give at least one of --from, --to, --kind, --note');
    const given = fieldsFromOptions([VERSION_FLAG], options);
    const connection = await connect(io);
    const version =
      (given.version as number | undefined) ??
      (await findTimeOff(connection, personId, id)).version;
    const off = await call(
      connection.url,
      connection.client.PATCH('/api/time-off/{id}', {
        params: { path: { id } },
        body: { ...changes, version } as TimeOffUpdateBody,
      }),
    );
    if (options.json) return printJson(io, off);
    io.out(
      `Updated time off: ${off.kind} from ${off.from} to ${off.to}, now version ${off.version}\n`,
    );
  });
}
