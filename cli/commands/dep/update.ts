import { Command, Option } from 'commander';
import { DEPENDENCY_TYPES } from '../../../contracts/dependency.schema.js';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import { parseNumber } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { addVersionOption, versionToSend, writeAtVersion } from '../../versioned-write.js';
import { describeDependency } from './describe-dependency.js';
import { lagOf, type LagBody } from './lag.js';

interface DepUpdateOptions {
  type?: (typeof DEPENDENCY_TYPES)[number];
  lag?: string;
  lagMinutes?: string;
  version?: string;
  json?: boolean;
}

/** The lag from --lag (2d, 3ed, 50%) or --lag-minutes (960); undefined when neither is given. */
export function lagFromOptions(options: {
  lag?: string;
  lagMinutes?: string;
}): LagBody | undefined {
  if (options.lag !== undefined && options.lagMinutes !== undefined)
    throw CliError.usage('lag: give --lag or --lag-minutes, not both');
  if (options.lag !== undefined) return lagOf(options.lag);
  if (options.lagMinutes === undefined) return undefined;
  const minutes = parseNumber(options.lagMinutes);
  if (minutes === null || !Number.isInteger(minutes))
    throw CliError.usage('lagMinutes: must be a whole number of minutes');
  return { lagKind: 'working', lagMinutes: minutes, lagPercent: null };
}

export const lagOption = () =>
  new Option(
    '--lag <lag>',
    'time between the two: working (2d, 4h, 30m), elapsed (3ed) or a share of the predecessor (50%); negative for a lead (-1d)',
  );
export const lagMinutesOption = () =>
  new Option('--lag-minutes <n>', 'the lag in working minutes instead');

export function depUpdateCommand(io: CliIo): Command {
  const command = new Command('update')
    .description("change a dependency's type or lag")
    .argument('<id>', 'dependency id')
    .addOption(new Option('--type <type>', 'FS | SS | FF | SF').choices(DEPENDENCY_TYPES))
    .addOption(lagOption())
    .addOption(lagMinutesOption());
  addVersionOption(command);
  addJsonOption(command);
  return command.action(async (id: string, options: DepUpdateOptions) => {
    const lag = lagFromOptions(options);
    if (options.type === undefined && lag === undefined)
      throw CliError.usage('Nothing to change: give --type or --lag (or --lag-minutes)');
    const { url, client } = await connect(io);
    const path = { params: { path: { id } } };
    const current = await call(url, client.GET('/api/dependencies/{id}', path));
    const version = versionToSend(options, current.version);
    const body = {
      ...(options.type !== undefined ? { type: options.type } : {}),
      ...(lag ?? {}),
      version,
    };
    const dependency = await writeAtVersion(
      url,
      client.PATCH('/api/dependencies/{id}', { ...path, body }),
      { what: describeDependency(current), sentVersion: version },
    );
    if (options.json) return printJson(io, dependency);
    io.out(`Updated ${describeDependency(dependency)}\n`);
  });
}
