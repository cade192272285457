import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import { addFieldOptions, fieldsFromOptions } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import type { FieldFlag } from '../../fields.js';
import { PROGRAM_CREATE_FLAGS } from './create.js';

/** Only an existing program has calendars to choose from. */
const PROGRAM_UPDATE_FLAGS: readonly FieldFlag[] = [
  ...PROGRAM_CREATE_FLAGS,
  {
    field: 'calendarId',
    flag: 'calendar',
    nullable: true,
    description: "the program's calendar (waymark calendar list); none: the organization's",
  },
];

type ProgramUpdateBody =
  paths['/api/programs/{id}']['patch']['requestBody']['content']['application/json'];

/** PATCH a program with the fields given, at the version just read (as `task update` does). */
export function programUpdateCommand(io: CliIo): Command {
  const command = new Command('update')
    .description("change a program's fields, e.g. --visibility members")
    .argument('<id>', 'program id');
  addFieldOptions(command, PROGRAM_UPDATE_FLAGS);
  addJsonOption(command);
  return command.action(async (id: string, options: Record<string, unknown>) => {
    const fields = fieldsFromOptions(PROGRAM_UPDATE_FLAGS, options);
    if (Object.keys(fields).length === 0)
      throw CliError.usage('give at least one field to change, e.g. --visibility members');
    const { url, client } = await connect(io);
    const path = { params: { path: { id } } };
    const { version } = await call(url, client.GET('/api/programs/{id}', path));
    const program = await call(
      url,
      client.PATCH('/api/programs/{id}', {
        ...path,
        body: { ...fields, version } as ProgramUpdateBody,
      }),
    );
    if (options.json) return printJson(io, program);
    io.out(
      `Updated program "${program.name}" (${program.id}), visible to ${program.visibility === 'members' ? 'its members only' : 'everyone in the organization'}\n`,
    );
  });
}
