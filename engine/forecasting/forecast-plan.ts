import { compileCalendars } from '../calendar/compile-calendar.js';
import type { WorkingTime } from '../calendar/working-time.js';
import type { ScheduleDiagnostic } from '../scheduling/schedule-result.js';
import type { BlockExecutor } from './block-executor.js';
import type { ForecastInput, ForecastOptions } from './forecast-input.js';
import { prepareForecast, type PreparedForecast } from './forecast-model.js';
import type { ForecastResult } from './forecast-result.js';
import { runForecast, type ForecastProgress } from './run-forecast.js';

export type ForecastOutcome =
  { ok: true; result: ForecastResult } | { ok: false; diagnostics: ScheduleDiagnostic[] };

/**
 * Compiles the plan (calendars, graph) and runs the forecast. Not ok when the
 * plan has an error diagnostic (a cycle, no project calendar): a forecast of a
 * plan the scheduler cannot schedule would be silently wrong.
 */
export async function forecastPlan(
  input: ForecastInput,
  options: ForecastOptions,
  run: {
    calendars?: ReadonlyMap<string, WorkingTime>;
    executor?: (prepared: PreparedForecast) => BlockExecutor;
    onProgress?: ForecastProgress;
  } = {},
): Promise<ForecastOutcome> {
  const calendars = run.calendars ?? compileCalendars(input.schedule.calendars).calendars;
  const prepared = prepareForecast(input, calendars);
  if (!('model' in prepared)) return { ok: false, diagnostics: prepared.diagnostics };
  if (prepared.diagnostics.some((d) => d.severity === 'error'))
    return { ok: false, diagnostics: prepared.diagnostics };
  const executor = run.executor?.(prepared);
  const result = await runForecast(prepared, options, executor, run.onProgress);
  return { ok: true, result };
}
