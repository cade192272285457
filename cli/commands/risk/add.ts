import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import { addFieldOptions, fieldsFromOptions } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { RISK_FIELD_FLAGS } from './risk-flags.js';

type RiskCreateBody =
  paths['/api/programs/{id}/risks']['post']['requestBody']['content']['application/json'];

export function riskAddCommand(io: CliIo): Command {
  const command = new Command('add')
    .description(
      'add a risk to the register: only --title is required; probability, delay on tasks and cost feed the forecast',
    )
    .requiredOption('--program <id>', 'program id');
  addFieldOptions(command, RISK_FIELD_FLAGS);
  addJsonOption(command);
  return command.action(async (options: Record<string, unknown>) => {
    const fields = fieldsFromOptions(RISK_FIELD_FLAGS, options);
    if (fields.title === undefined) throw CliError.usage('title: required');
    const { url, client } = await connect(io);
    const risk = await call(
      url,
      client.POST('/api/programs/{id}/risks', {
        params: { path: { id: options.program as string } },
        body: fields as RiskCreateBody,
      }),
    );
    if (options.json) return printJson(io, risk);
    io.out(`Added risk "${risk.title}" (${risk.id})\n`);
  });
}
