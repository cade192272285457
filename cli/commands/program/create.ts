import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { addFieldOptions, fieldsFromOptions, type FieldFlag } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';

type ProgramCreateBody =
  paths['/api/programs']['post']['requestBody']['content']['application/json'];

// `name` is not a required option here: the server's schema says what is
// required, and its answer (`name: is required`) is the one every client sees.
export const PROGRAM_CREATE_FLAGS: readonly FieldFlag[] = [
  { field: 'name', description: 'program name (required)' },
  { field: 'summary', description: 'what the program is for' },
  { field: 'ownerId', nullable: true, description: 'owner user id' },
  { field: 'sponsor', description: 'sponsor' },
  { field: 'status', description: 'proposed (default) | active | on_hold | completed | cancelled' },
  { field: 'health', description: 'green (default) | amber | red' },
  { field: 'startDate', nullable: true, description: 'YYYY-MM-DD' },
  { field: 'targetDate', nullable: true, description: 'YYYY-MM-DD' },
  { field: 'budgetCents', kind: 'number', nullable: true, description: 'budget in cents' },
  { field: 'currency', description: 'ISO 4217 code, e.g. EUR' },
  {
    field: 'timeZone',
    description: "IANA time zone of the program's schedule clock, e.g. Europe/Berlin",
  },
  {
    field: 'visibility',
    description:
      'organization (default: every signed-in user reads it) | members (its members only)',
  },
  { field: 'startTime', nullable: true, description: 'HH:MM the plan starts on its start date' },
];

export function programCreateCommand(io: CliIo): Command {
  const command = new Command('create').description('create a program');
  addFieldOptions(command, PROGRAM_CREATE_FLAGS);
  addJsonOption(command);
  return command.action(async (options: Record<string, unknown>) => {
    const body = fieldsFromOptions(PROGRAM_CREATE_FLAGS, options) as ProgramCreateBody;
    const { url, client } = await connect(io);
    const program = await call(url, client.POST('/api/programs', { body }));
    if (options.json) return printJson(io, program);
    io.out(`Created program "${program.name}" (${program.id})\n`);
  });
}
