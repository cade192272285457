import { createHash } from 'node:crypto';
import type { DistributionKind } from '../../../engine/forecasting/duration-distribution.js';
import type {
  ForecastEstimate,
  ForecastInput,
  ForecastRisk,
} from '../../../engine/forecasting/forecast-input.js';
import type { ProgramScheduleInput } from '../schedules/schedule-input.js';

/**
 * How a program becomes the forecast's input (pure): the schedule's engine
 * input as `waymark schedule` builds it (cross-program predecessors included),
 * plus
 * - three-point estimates: an open task with an optimistic or pessimistic
 *   estimate varies between them around its scheduled duration (the likely one;
 *   a missing end counts as the likely value). Done and cancelled tasks keep
 *   their dates.
 * - the program's risks: probability, delay in working hours on each listed
 *   task, cost.
 */
export interface EstimateRow {
  id: string;
  state: string;
  estimate_optimistic_hours: number | null;
  estimate_pessimistic_hours: number | null;
}

export interface RiskRow {
  id: string;
  program_id: string;
  title: string;
  probability: number;
  delay_hours: number;
  cost: number | null;
  task_ids: string[];
  version: number;
  created_at: Date;
  updated_at: Date;
}

const MAPPING_VERSION = 'waymark-forecast-input/1';

export function buildProgramForecastInput(
  built: ProgramScheduleInput,
  estimateRows: readonly EstimateRow[],
  risks: readonly RiskRow[],
  distribution: DistributionKind,
): { input: ForecastInput; inputHash: string } {
  const estimates: ForecastEstimate[] = [];
  for (const row of [...estimateRows].sort((a, b) => (a.id < b.id ? -1 : 1))) {
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
  const forecastRisks: ForecastRisk[] = [...risks]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((r) => ({
      id: r.id,
      name: r.title,
      probability: r.probability,
      taskIds: [...r.task_ids].sort(),
      delay: { kind: 'working', minutes: Math.round(r.delay_hours * 60) },
      ...(r.cost === null ? {} : { cost: r.cost }),
    }));
  const input: ForecastInput = {
    schedule: built.input,
    estimates,
    risks: forecastRisks,
    distribution,
  };
  const inputHash = createHash('sha256')
    .update(MAPPING_VERSION)
    .update(built.inputHash)
    .update(JSON.stringify({ estimates, risks: forecastRisks, distribution }))
    .digest('hex');
  return { input, inputHash };
}
