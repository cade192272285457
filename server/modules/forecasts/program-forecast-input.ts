import { createHash } from 'node:crypto';
import type { DistributionKind } from '../../../engine/forecasting/duration-distribution.js';
import type {
  ForecastEstimate,
  ForecastInput,
  ForecastRisk,
  ForecastTaskCost,
} from '../../../engine/forecasting/forecast-input.js';
import type { TimeSpan } from '../../../engine/scheduling/schedule-input.js';
import { FORECAST_RISK_STATUSES } from '../../../contracts/risk.schema.js';
import type { ProgramScheduleInput } from '../schedules/schedule-input.js';

/**
 * How a program becomes the forecast's input (pure): the schedule's own engine
 * input, exactly as `GET /api/programs/:id/schedule` builds it
 * (`buildProgramScheduleInput`: program, team and person calendars with
 * holidays and time off, on the program's clock; assignments; constraints;
 * progress and the status date; upstream items of other programs at their
 * scheduled or actual dates), so a forecast with no variance is the schedule.
 * The forecast's finish is that of this program's own items, as the
 * schedule's is. Plus
 * - three-point estimates: an open task with an optimistic or pessimistic
 *   estimate varies between them around its scheduled duration (the likely one;
 *   a missing end counts as the likely value). Done and cancelled tasks keep
 *   their dates: no estimate, no risk delay.
 * - the program's open and mitigating risks (occurred and closed ones do not
 *   feed it): probability, delay in working hours on each listed open task
 *   (a single value, or three points sampled like the estimates), cost.
 * - task costs: every task of this program with a fixed cost or an hourly rate
 *   costs fixed + rate × its working hours in each iteration. Done and
 *   cancelled tasks count too: they keep their scheduled duration, so theirs is
 *   a known amount (fixed + rate × scheduled hours), and the forecast is of the
 *   program's whole cost, spent and to come. Upstream tasks of other programs
 *   (scheduled with it for their dates) are not this program's cost.
 * - the run's rank correlation between uncertain durations.
 */
export interface EstimateRow {
  id: string;
  state: string;
  estimate_optimistic_hours: number | null;
  estimate_pessimistic_hours: number | null;
  fixed_cost: number | null;
  cost_per_hour: number | null;
}

/** How the run was asked for: the settings that shape its input. */
export interface ForecastRunSettings {
  distribution: DistributionKind;
  rankCorrelation: number;
}

/** What the forecast reads of a risk (the register's full row: risks/risk-row.ts). */
export interface RiskRow {
  id: string;
  program_id: string;
  title: string;
  probability: number;
  delay_hours: number;
  cost: number | null;
  task_ids: string[];
  /** Absent (older callers): open. Only open and mitigating risks feed the forecast. */
  status?: string;
  /** The three-point delay's ends, working hours; absent or null: delay_hours. */
  delay_optimistic_hours?: number | null;
  delay_pessimistic_hours?: number | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

// 2: task costs and the rank correlation joined the input.
// 3: the program's clock and own items (the forecast runs on the schedule's calendars); no risk delay on closed tasks.
// 4: the risk register: only open and mitigating risks; a risk's delay may have three points.
const MAPPING_VERSION = 'waymark-forecast-input/4';

function taskCosts(
  built: ProgramScheduleInput,
  sortedRows: readonly EstimateRow[],
): ForecastTaskCost[] {
  const ownTasks = new Set(built.own.filter((o) => o.kind === 'task').map((o) => o.id));
  const costs: ForecastTaskCost[] = [];
  for (const row of sortedRows) {
    if (!ownTasks.has(row.id) || (row.fixed_cost === null && row.cost_per_hour === null)) continue;
    costs.push({
      taskId: row.id,
      ...(row.fixed_cost === null ? {} : { fixedCost: row.fixed_cost }),
      ...(row.cost_per_hour === null ? {} : { costPerHour: row.cost_per_hour }),
    });
  }
  return costs;
}

const FEEDS_FORECAST = new Set<string>(FORECAST_RISK_STATUSES);
const workingMinutes = (hours: number): TimeSpan => ({
  kind: 'working',
  minutes: Math.round(hours * 60),
});

/**
 * A register entry with neither a schedule impact (tasks and a delay) nor a cost
 * changes no draw's outcome: left out, so it adds no empty bar to the tornado.
 */
function movesTheForecast(r: RiskRow): boolean {
  const delay = Math.max(r.delay_hours, r.delay_pessimistic_hours ?? 0);
  return (r.task_ids.length > 0 && delay > 0) || (r.cost ?? 0) > 0;
}

/** One risk as the engine takes it; its three points only when they differ from the single value. */
function forecastRiskOf(r: RiskRow, closed: ReadonlySet<string>): ForecastRisk {
  const low = r.delay_optimistic_hours ?? r.delay_hours;
  const high = r.delay_pessimistic_hours ?? r.delay_hours;
  return {
    id: r.id,
    name: r.title,
    probability: r.probability,
    // Finished work is history: a risk can no longer delay it.
    taskIds: r.task_ids.filter((id) => !closed.has(id)).sort(),
    delay: workingMinutes(r.delay_hours),
    ...(low === r.delay_hours && high === r.delay_hours
      ? {}
      : { delayOptimistic: workingMinutes(low), delayPessimistic: workingMinutes(high) }),
    ...(r.cost === null ? {} : { cost: r.cost }),
  };
}

export function buildProgramForecastInput(
  built: ProgramScheduleInput,
  estimateRows: readonly EstimateRow[],
  risks: readonly RiskRow[],
  settings: ForecastRunSettings,
): { input: ForecastInput; inputHash: string } {
  const { distribution, rankCorrelation } = settings;
  const sortedRows = [...estimateRows].sort((a, b) => (a.id < b.id ? -1 : 1));
  const estimates: ForecastEstimate[] = [];
  for (const row of sortedRows) {
    if (row.state === 'done' || row.state === 'cancelled') continue;
    if (row.estimate_optimistic_hours === null && row.estimate_pessimistic_hours === null) continue;
    const likely = built.durations.get(row.id);
    if (likely === undefined) continue;
    const low =
      row.estimate_optimistic_hours === null
        ? likely
        : Math.round(row.estimate_optimistic_hours * 60);
    const high =
      row.estimate_pessimistic_hours === null
        ? likely
        : Math.round(row.estimate_pessimistic_hours * 60);
    estimates.push({
      taskId: row.id,
      optimistic: { kind: 'working', minutes: Math.min(low, likely) },
      likely: { kind: 'working', minutes: likely },
      pessimistic: { kind: 'working', minutes: Math.max(high, likely) },
    });
  }
  const closed = new Set(
    estimateRows.filter((r) => r.state === 'done' || r.state === 'cancelled').map((r) => r.id),
  );
  const forecastRisks: ForecastRisk[] = [...risks]
    .filter((r) => FEEDS_FORECAST.has(r.status ?? 'open') && movesTheForecast(r))
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((r) => forecastRiskOf(r, closed));
  const costs = taskCosts(built, sortedRows);
  const input: ForecastInput = {
    schedule: built.input,
    projectTimeZone: built.timeZone,
    finishTaskIds: built.own.map((o) => o.id),
    estimates,
    risks: forecastRisks,
    costs,
    distribution,
    rankCorrelation,
  };
  const inputHash = createHash('sha256')
    .update(MAPPING_VERSION)
    .update(built.inputHash)
    .update(
      JSON.stringify({
        timeZone: built.timeZone,
        finishTaskIds: input.finishTaskIds,
        estimates,
        risks: forecastRisks,
        costs,
        distribution,
        rankCorrelation,
      }),
    )
    .digest('hex');
  return { input, inputHash };
}
