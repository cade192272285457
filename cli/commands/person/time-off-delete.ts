import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import { addYesOption, confirmDeletion } from '../../confirm-deletion.js';
import { addFieldOptions, fieldsFromOptions } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { VERSION_FLAG } from '../../version-flag.js';
import { findTimeOff } from './find-time-off.js';

export function personTimeOffDeleteCommand(io: CliIo): Command {
  const command = new Command('time-off-delete')
    .description("remove a person's recorded days away (asks first; --yes to skip)")
    .argument('<personId>', 'person id')
    .argument('<timeOffId>', 'time off id (see "waymark person show")');
  addFieldOptions(command, [VERSION_FLAG]);
  addYesOption(command);
  return command.action(async (personId: string, id: string, options: Record<string, unknown>) => {
    const given = fieldsFromOptions([VERSION_FLAG], options);
    const connection = await connect(io);
    const off = await findTimeOff(connection, personId, id);
    await confirmDeletion(io, options, `time off from ${off.from} to ${off.to}`);
    const version = (given.version as number | undefined) ?? off.version;
    await call(
      connection.url,
      connection.client.DELETE('/api/time-off/{id}', {
        params: { path: { id }, query: { version } },
      }),
    );
    io.out(`Deleted time off from ${off.from} to ${off.to}\n`);
  });
}
