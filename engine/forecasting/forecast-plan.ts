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
 * `schedule.calendars` compiled on the program's clock, as `schedulePlan`
 * does: a calendar without any working time is left out (its tasks fall back
 * to the project calendar), since arithmetic on it cannot succeed.
 */
export function compileForecastCalendars(input: ForecastInput): Map<string, WorkingTime> {
  const compiled = compileCalendars(
    input.schedule.calendars,
    input.projectTimeZone === undefined ? {} : { projectTimeZone: input.projectTimeZone },
  );
  for (const d of compiled.diagnostics)
    if (d.code === 'calendar_has_no_working_time') compiled.calendars.delete(d.calendarId);
  return compiled.calendars;
}

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
  const calendars = run.calendars ?? compileForecastCalendars(input);
  const prepared = prepareForecast(input, calendars);
  if (!('model' in prepared)) return { ok: false, diagnostics: prepared.diagnostics };
  if (prepared.diagnostics.some((d) => d.severity === 'error'))
    return { ok: false, diagnostics: prepared.diagnostics };
  const executor = run.executor?.(prepared);
  const result = await runForecast(prepared, options, executor, run.onProgress);
  return { ok: true, result };
}
