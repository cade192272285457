import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import { addFieldOptions, fieldsFromOptions } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { DECISION_FIELD_FLAGS } from './decision-flags.js';

type DecisionCreateBody =
  paths['/api/decisions']['post']['requestBody']['content']['application/json'];

export function decisionAddCommand(io: CliIo): Command {
  const command = new Command('add')
    .description(
      'propose a decision with the options considered; without --program, a portfolio decision (TPM managers and admins)',
    )
    .option('--program <id>', 'program id (leave out for a portfolio decision)');
  addFieldOptions(command, DECISION_FIELD_FLAGS);
  addJsonOption(command);
  return command.action(async (options: Record<string, unknown>) => {
    const fields = fieldsFromOptions(DECISION_FIELD_FLAGS, options);
    if (fields.title === undefined) throw CliError.usage('title: required');
    const body = fields as DecisionCreateBody;
    const { url, client } = await connect(io);
    const program = options.program as string | undefined;
    const decision = await call(
      url,
      program
        ? client.POST('/api/programs/{id}/decisions', { params: { path: { id: program } }, body })
        : client.POST('/api/decisions', { body }),
    );
    if (options.json) return printJson(io, decision);
    io.out(`Proposed decision "${decision.title}" (${decision.id})\n`);
  });
}
