import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import { addFieldOptions, fieldsFromOptions, type FieldFlag } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { VERSION_FLAG } from '../../version-flag.js';
import { findHoliday } from './find-holiday.js';

const FLAGS: readonly FieldFlag[] = [
  { field: 'day', description: 'move it to this day, YYYY-MM-DD' },
  { field: 'name', description: 'rename it' },
];

export function holidayUpdateCommand(io: CliIo): Command {
  const command = new Command('update')
    .description('rename a holiday or move it to another day')
    .argument('<id>', 'holiday id');
  addFieldOptions(command, [VERSION_FLAG, ...FLAGS]);
  addJsonOption(command);
  return command.action(async (id: string, options: Record<string, unknown>) => {
    const changes = fieldsFromOptions(FLAGS, options) as { day?: string; name?: string };
    if (Object.keys(changes).length === 0)
      throw CliError.usage('Nothing to change: give --day or --name');
    const given = fieldsFromOptions([VERSION_FLAG], options);
    const connection = await connect(io);
    const version =
      (given.version as number | undefined) ?? (await findHoliday(connection, id)).version;
    const holiday = await call(
      connection.url,
      connection.client.PATCH('/api/holidays/{id}', {
        params: { path: { id } },
        body: { ...changes, version },
      }),
    );
    if (options.json) return printJson(io, holiday);
    io.out(`Updated holiday "${holiday.name}" on ${holiday.day}, now version ${holiday.version}\n`);
  });
}
