import { Command, InvalidArgumentError, Option } from 'commander';
import { compileCalendars } from '../../../engine/calendar/compile-calendar.js';
import { formatLocalDateTime, parseLocalDateTime } from '../../../engine/calendar/local-time.js';
import type { DistributionKind } from '../../../engine/forecasting/duration-distribution.js';
import type { ForecastInput } from '../../../engine/forecasting/forecast-input.js';
import { forecastOnWorkers } from '../../../runtime/forecast-workers/forecast-on-workers.js';
import { CliError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { loadPlan, type LoadedPlan } from '../schedule/load-plan.js';
import { renderForecastText, toForecastJson } from './format-forecast.js';
import { runServerForecast } from './server-forecast.js';

function wholeNumber(name: string, min: number, max: number) {
  return (text: string): number => {
    const n = Number(text);
    if (!/^\d+$/.test(text.trim()) || n < min || n > max)
      throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}`);
    return n;
  };
}

function localDate(text: string): number {
  const t = parseLocalDateTime(text);
  if (t === null)
    throw new InvalidArgumentError('must be a project-local date-time YYYY-MM-DDTHH:MM:SS');
  return t;
}

export function forecastInputOf(
  plan: LoadedPlan,
  distribution: DistributionKind,
  rankCorrelation = 0,
): ForecastInput {
  return {
    rankCorrelation,
    schedule: plan.input,
    // Worker threads compile the calendars on this clock, as the caller does.
    ...(plan.timezone === undefined ? {} : { projectTimeZone: plan.timezone }),
    estimates: plan.estimates ?? [],
    costs: plan.costs ?? [],
    risks: (plan.risks ?? []).map((r) => ({
      id: r.id,
      name: r.name,
      probability: r.probability,
      taskIds: r.impact.taskIds,
      delay: r.impact.delay,
      ...(r.impact.cost === undefined ? {} : { cost: r.impact.cost }),
    })),
    distribution,
  };
}

/**
 * `waymark forecast FILE --iterations N --seed S [--target DATE] [--json]`:
 * offline Monte Carlo on a plan file's three-point estimates and risks, on
 * worker threads. Same file, iterations and seed ⇒ the same output, whatever
 * `--workers`.
 */
export function forecastCommand(io: CliIo): Command {
  const command: Command = new Command('forecast')
    .description(
      'Monte Carlo forecast of a Waymark plan (.yaml/.yml) or MS Project XML (.xml) offline: P-dates, probability of a target, criticality, sensitivity, risks',
    )
    .argument('[file]', 'plan file (.yaml, .yml) or MSPDI file (.xml); omit with --program')
    .addOption(
      new Option(
        '--program <id>',
        'forecast a program on the server instead (its live plan and risks; a background job, progress on stderr); --target takes YYYY-MM-DD then',
      ),
    )
    .addOption(
      new Option(
        '--portfolio',
        "forecast several programs together on the server (cross-program links inside; every active program unless --program-ids); prints each program's P50/P80/P95",
      ),
    )
    .addOption(
      new Option(
        '--program-ids <ids>',
        'with --portfolio: the programs, comma-separated',
      ).argParser((text: string) =>
        text
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean),
      ),
    )
    .addOption(
      new Option('--iterations <n>', 'iterations (at most, with --tolerance)')
        .argParser(wholeNumber('--iterations', 1, 10_000_000))
        .default(10_000),
    )
    .addOption(
      new Option('--seed <s>', 'random seed, 0 to 4294967295')
        .argParser(wholeNumber('--seed', 0, 4_294_967_295))
        .default(1),
    )
    .addOption(
      new Option(
        '--target <date>',
        'probability of finishing by YYYY-MM-DDTHH:MM:SS (project-local)',
      ).argParser(localDate),
    )
    .addOption(
      new Option('--distribution <kind>', 'shape of the three-point estimates')
        .choices(['triangular', 'pert', 'lognormal'])
        .default('triangular'),
    )
    .addOption(
      new Option(
        '--rank-correlation <rho>',
        'Spearman rank correlation between every two uncertain durations, 0 (default) to 0.99 (Gaussian copula)',
      ).argParser((text: string) => {
        const rho = Number(text);
        if (!/^\d*\.?\d+$/.test(text.trim()) || rho < 0 || rho > 0.99)
          throw new InvalidArgumentError('--rank-correlation must be a number from 0 to 0.99');
        return rho;
      }),
    )
    .addOption(
      new Option(
        '--tolerance <minutes>',
        'stop once every percentile is known within this many working minutes (95%)',
      ).argParser(wholeNumber('--tolerance', 1, 1_000_000)),
    )
    .addOption(
      new Option(
        '--workers <n>',
        'worker threads (default: all cores); results do not depend on it',
      ).argParser(wholeNumber('--workers', 1, 64)),
    )
    .addOption(
      new Option(
        '--json',
        'print {"iterations", "finish": {mean, p50, p80, p95, …}, "probabilityOfTarget", "tasks": [{id, criticalityIndex}], "sensitivity": [{id, spearman}], …}',
      ),
    )
    .action(
      async (
        file: string | undefined,
        options: {
          program?: string;
          portfolio?: boolean;
          programIds?: string[];
          iterations: number;
          seed: number;
          target?: number;
          distribution: DistributionKind;
          tolerance?: number;
          rankCorrelation?: number;
          workers?: number;
          json?: boolean;
        },
      ) => {
        if (options.programIds !== undefined && !options.portfolio)
          throw CliError.usage('--program-ids goes with --portfolio');
        if (options.portfolio && options.program !== undefined)
          throw CliError.usage('give --program or --portfolio, not both');
        if (options.program !== undefined || options.portfolio) {
          if (file !== undefined)
            throw CliError.usage(
              `give a plan file or ${options.portfolio ? '--portfolio' : '--program'}, not both`,
            );
          if (options.tolerance !== undefined || options.workers !== undefined)
            throw CliError.usage('--tolerance and --workers are for plan files');
          if (options.distribution === 'lognormal')
            throw CliError.usage(
              '--distribution lognormal is for plan files (the server has triangular and pert)',
            );
          return runServerForecast(io, {
            ...(options.portfolio
              ? {
                  portfolio: true,
                  ...(options.programIds ? { programIds: options.programIds } : {}),
                }
              : { program: options.program! }),
            iterations: options.iterations,
            ...(command.getOptionValueSource('seed') === 'default' ? {} : { seed: options.seed }),
            ...(options.target === undefined
              ? {}
              : { targetDate: formatLocalDateTime(options.target).slice(0, 10) }),
            distribution: options.distribution,
            ...(options.rankCorrelation === undefined
              ? {}
              : { rankCorrelation: options.rankCorrelation }),
            ...(options.json ? { json: true } : {}),
          });
        }
        if (file === undefined) throw CliError.usage('a plan file (or --program ID) is required');
        const plan = await loadPlan(file);
        for (const warning of plan.warnings) io.err(`warning: ${warning}\n`);
        const compiled = compileCalendars(plan.input.calendars, { projectTimeZone: plan.timezone });
        for (const d of compiled.diagnostics)
          if (d.code === 'calendar_has_no_working_time') compiled.calendars.delete(d.calendarId);
        const outcome = await forecastOnWorkers(
          forecastInputOf(plan, options.distribution, options.rankCorrelation ?? 0),
          {
            iterations: options.iterations,
            seed: options.seed,
            ...(options.target === undefined ? {} : { target: options.target }),
            ...(options.tolerance === undefined ? {} : { toleranceMinutes: options.tolerance }),
          },
          {
            calendars: compiled.calendars,
            ...(options.workers ? { workers: options.workers } : {}),
          },
        );
        if (!outcome.ok)
          throw CliError.usage(
            ...outcome.diagnostics
              .filter((d) => d.severity === 'error')
              .map((d) => `${file}: ${d.code}: ${d.message}`),
          );
        if (options.json) io.out(`${JSON.stringify(toForecastJson(outcome.result))}\n`);
        else
          io.out(
            renderForecastText(outcome.result, {
              file,
              distribution: options.distribution,
              minutesPerDay: plan.minutesPerDay,
            }),
          );
      },
    );
  return command;
}
