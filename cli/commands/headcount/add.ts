import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import { addFieldOptions, fieldsFromOptions, type FieldFlag } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';

type RoleBody = paths['/api/headcount/roles']['post']['requestBody']['content']['application/json'];

const FLAGS: readonly FieldFlag[] = [
  { field: 'title', description: 'the role, e.g. "Senior TPM, payments" (required)' },
  { field: 'quarter', description: 'fiscal quarter, e.g. FY2027-Q3 (required)' },
  { field: 'levelId', flag: 'level', description: 'career level id' },
  { field: 'trackId', flag: 'track', description: 'career track id' },
  { field: 'teamId', flag: 'team', description: 'team id' },
  { field: 'status', description: 'planned (default) | open | filled' },
  { field: 'note', description: 'free text' },
];

export function headcountAddCommand(io: CliIo): Command {
  const command = new Command('add').description('plan or open a role in a quarter');
  addFieldOptions(command, FLAGS);
  addJsonOption(command);
  return command.action(async (options: Record<string, unknown>) => {
    const body = fieldsFromOptions(FLAGS, options) as RoleBody;
    const missing = (['title', 'quarter'] as const).filter((f) => body[f] === undefined);
    if (missing.length) throw CliError.usage(...missing.map((f) => `${f}: required`));
    const { url, client } = await connect(io);
    const role = await call(url, client.POST('/api/headcount/roles', { body }));
    if (options.json) return printJson(io, role);
    io.out(`Added ${role.status} role "${role.title}" in ${role.quarter} (${role.id})\n`);
  });
}
