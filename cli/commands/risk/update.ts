import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import { addFieldOptions, fieldsFromOptions, kebabCase } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { VERSION_FLAG } from '../../version-flag.js';
import { RISK_FIELD_FLAGS } from './risk-flags.js';

type RiskUpdateBody =
  paths['/api/risks/{id}']['patch']['requestBody']['content']['application/json'];

export function riskUpdateCommand(io: CliIo): Command {
  const command = new Command('update')
    .description('change fields of a risk; the others stay as they are')
    .argument('<id>', 'risk id');
  addFieldOptions(command, [VERSION_FLAG, ...RISK_FIELD_FLAGS]);
  addJsonOption(command);
  return command.action(async (id: string, options: Record<string, unknown>) => {
    const changes = fieldsFromOptions(RISK_FIELD_FLAGS, options);
    if (Object.keys(changes).length === 0)
      throw CliError.usage(
        `Nothing to change: give at least one of ${RISK_FIELD_FLAGS.map((f) => `--${f.flag ?? kebabCase(f.field)}`).join(', ')}`,
      );
    const given = fieldsFromOptions([VERSION_FLAG], options);
    const { url, client } = await connect(io);
    const path = { params: { path: { id } } };
    const version =
      (given.version as number | undefined) ??
      (await call(url, client.GET('/api/risks/{id}', path))).version;
    const body = { ...changes, version } as RiskUpdateBody;
    const risk = await call(url, client.PATCH('/api/risks/{id}', { ...path, body }));
    if (options.json) return printJson(io, risk);
    io.out(`Updated risk "${risk.title}" (${risk.id}), now version ${risk.version}\n`);
  });
}
