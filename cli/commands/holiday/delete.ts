import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import { addYesOption, confirmDeletion } from '../../confirm-deletion.js';
import { addFieldOptions, fieldsFromOptions } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { VERSION_FLAG } from '../../version-flag.js';
import { findHoliday } from './find-holiday.js';

export function holidayDeleteCommand(io: CliIo): Command {
  const command = new Command('delete')
    .description('delete a holiday: calendars work that day again (asks first; --yes to skip)')
    .argument('<id>', 'holiday id');
  addFieldOptions(command, [VERSION_FLAG]);
  addYesOption(command);
  return command.action(async (id: string, options: Record<string, unknown>) => {
    const given = fieldsFromOptions([VERSION_FLAG], options);
    const connection = await connect(io);
    const holiday = await findHoliday(connection, id);
    await confirmDeletion(io, options, `holiday "${holiday.name}" on ${holiday.day}`);
    const version = (given.version as number | undefined) ?? holiday.version;
    await call(
      connection.url,
      connection.client.DELETE('/api/holidays/{id}', {
        params: { path: { id }, query: { version } },
      }),
    );
    io.out(`Deleted holiday "${holiday.name}" on ${holiday.day}\n`);
  });
}
