import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import { addFieldOptions, fieldsFromOptions } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { EXTERNAL_DEPENDENCY_FIELD_FLAGS } from './external-dependency-flags.js';

type CreateBody =
  paths['/api/programs/{id}/external-dependencies']['post']['requestBody']['content']['application/json'];

export function externalDependencyAddCommand(io: CliIo): Command {
  const command = new Command('add')
    .description('log a dependency on a team, a vendor or a date: only --title is required')
    .requiredOption('--program <id>', 'program id');
  addFieldOptions(command, EXTERNAL_DEPENDENCY_FIELD_FLAGS);
  addJsonOption(command);
  return command.action(async (options: Record<string, unknown>) => {
    const fields = fieldsFromOptions(EXTERNAL_DEPENDENCY_FIELD_FLAGS, options);
    if (fields.title === undefined) throw CliError.usage('title: required');
    const { url, client } = await connect(io);
    const dependency = await call(
      url,
      client.POST('/api/programs/{id}/external-dependencies', {
        params: { path: { id: options.program as string } },
        body: fields as CreateBody,
      }),
    );
    if (options.json) return printJson(io, dependency);
    io.out(`Added external dependency "${dependency.title}" (${dependency.id})\n`);
  });
}
