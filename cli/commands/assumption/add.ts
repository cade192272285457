import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import { addFieldOptions, fieldsFromOptions } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { ASSUMPTION_FIELD_FLAGS } from './assumption-flags.js';

type AssumptionCreateBody =
  paths['/api/programs/{id}/assumptions']['post']['requestBody']['content']['application/json'];

export function assumptionAddCommand(io: CliIo): Command {
  const command = new Command('add')
    .description('log an assumption of a program: only --statement is required')
    .requiredOption('--program <id>', 'program id');
  addFieldOptions(command, ASSUMPTION_FIELD_FLAGS);
  addJsonOption(command);
  return command.action(async (options: Record<string, unknown>) => {
    const fields = fieldsFromOptions(ASSUMPTION_FIELD_FLAGS, options);
    if (fields.statement === undefined) throw CliError.usage('statement: required');
    const { url, client } = await connect(io);
    const assumption = await call(
      url,
      client.POST('/api/programs/{id}/assumptions', {
        params: { path: { id: options.program as string } },
        body: fields as AssumptionCreateBody,
      }),
    );
    if (options.json) return printJson(io, assumption);
    io.out(`Added assumption "${assumption.statement}" (${assumption.id})\n`);
  });
}
