import { Command, Option } from 'commander';
import { HEALTHS } from '../../../contracts/status-report.schema.js';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';

interface UpdateOptions {
  summary?: string;
  asks?: string;
  health?: (typeof HEALTHS)[number] | 'computed';
  healthReason?: string;
  version?: string;
  json?: boolean;
}

/** Edits a draft; `--health computed` clears the override. */
export function reportUpdateCommand(io: CliIo): Command {
  const command = new Command('update')
    .description("change a draft's summary, asks or health override")
    .argument('<id>', 'report id')
    .option('--summary <text>', 'the summary')
    .option('--asks <text>', 'asks / help needed')
    .addOption(
      new Option('--health <health>', 'override the health (computed: clear it)').choices([
        ...HEALTHS,
        'computed',
      ]),
    )
    .option('--health-reason <text>', 'why the health is overridden (required with --health)')
    .option('--version <n>', 'the version you read (default: the current one)');
  addJsonOption(command);
  return command.action(async (id: string, options: UpdateOptions) => {
    if (options.summary === undefined && options.asks === undefined && !options.health)
      throw CliError.usage('Nothing to change: give --summary, --asks or --health.');
    const { url, client } = await connect(io);
    const path = { params: { path: { id } } };
    const version = options.version
      ? Number(options.version)
      : (await call(url, client.GET('/api/status-reports/{id}', path))).version;
    const report = await call(
      url,
      client.PATCH('/api/status-reports/{id}', {
        ...path,
        body: {
          version,
          ...(options.summary !== undefined ? { summary: options.summary } : {}),
          ...(options.asks !== undefined ? { asks: options.asks } : {}),
          ...(options.health
            ? {
                healthOverride:
                  options.health === 'computed'
                    ? null
                    : { health: options.health, reason: options.healthReason ?? '' },
              }
            : {}),
        },
      }),
    );
    if (options.json) return printJson(io, report);
    io.out(`Updated "${report.title}" (${report.id}), now version ${report.version}\n`);
  });
}
