import type { LocalMinutes } from '../calendar/local-time.js';
import { BLOCK_ITERATIONS, DEFAULT_PERCENTILES, type ForecastOptions } from './forecast-input.js';
import type { PreparedForecast } from './forecast-model.js';
import { FIXED } from './duration-distribution.js';
import {
  PERCENTILE_METHOD,
  SENSITIVITY_METHOD,
  type FinishPercentile,
  type ForecastResult,
} from './forecast-result.js';
import {
  mean,
  quantileInterval,
  quantileSorted,
  shareAtOrBelow,
  standardDeviation,
} from './sample-statistics.js';

/** All blocks' results, concatenated in block order. */
export interface MergedSample {
  finish: Float64Array;
  cost: Float64Array;
  milestoneFinish: Float64Array;
  critical: Float64Array;
  finishSum: Float64Array;
}

export interface SummaryInputs {
  merged: MergedSample;
  ranks: Float64Array;
  sensitivitySums: readonly Float64Array[];
  withoutRisk: readonly Float64Array[];
  likelyFinish: number;
  converged: boolean | null;
  seed: number;
}

const JOINT_PERCENTILES = [50, 80, 95];

/**
 * Working minutes from the origin on the project calendar, and back: the unit
 * of spreads (sd, interval widths, tolerance, tornado effects) and of the
 * interpolation between two different sampled finishes.
 */
export interface WorkingScale {
  working(t: LocalMinutes): number;
  date(workingMinutes: number): LocalMinutes;
}

export function workingScale(prepared: PreparedForecast): WorkingScale {
  const { projectCalendar: calendar, origin } = prepared;
  return {
    working: (t) => calendar.workingBetween(origin, t),
    date: (minutes) => {
      const whole = Math.round(minutes);
      return whole <= 0 ? origin : calendar.addWorking(origin, whole);
    },
  };
}

/**
 * R-7 quantile of sorted instants. An order statistic is returned as it is
 * (an iteration's own finish, on whatever calendar it ended); between two
 * different ones the interpolation is in working minutes of the project
 * calendar, so it never lands in a weekend.
 */
export function quantileInstant(
  sorted: Float64Array,
  sortedWorking: Float64Array,
  p: number,
  scale: WorkingScale,
): LocalMinutes {
  const n = sorted.length;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  if (h === lo || a === b) return Math.round(a);
  const w = quantileSorted(sortedWorking, p);
  if (w <= sortedWorking[lo]!) return Math.round(a);
  if (w >= sortedWorking[hi]!) return Math.round(b);
  return scale.date(w);
}

/** The mean in working minutes of the project calendar (the instant itself when every iteration agrees). */
function meanInstant(sorted: Float64Array, sortedWorking: Float64Array, scale: WorkingScale) {
  const n = sorted.length;
  return sorted[0] === sorted[n - 1] ? sorted[0]! : scale.date(mean(sortedWorking));
}

/** Turns the merged sample into the reported figures: dates on the program clock. */
export function summarizeForecast(
  prepared: PreparedForecast,
  options: ForecastOptions,
  inputs: SummaryInputs,
): ForecastResult {
  const { model } = prepared;
  const { merged } = inputs;
  const scale = workingScale(prepared);
  const { date, working: offsetOf } = scale;
  const iterations = merged.finish.length;
  const sorted = merged.finish.slice().sort();
  const sortedWorking = sorted.map(offsetOf);
  const at = (p: number) => quantileInstant(sorted, sortedWorking, p, scale);

  const percentiles: FinishPercentile[] = (options.percentiles ?? DEFAULT_PERCENTILES).map((p) => {
    const x = quantileSorted(sortedWorking, p / 100);
    const [lo, hi] = quantileInterval(sorted, p / 100);
    return {
      p,
      finish: at(p / 100),
      workingMinutes: x,
      low: lo,
      high: hi,
      halfWidthMinutes: Math.max(x - offsetOf(lo), offsetOf(hi) - x),
    };
  });
  const sCurve = Array.from({ length: 101 }, (_, p) => ({ p, finish: at(p / 100) }));

  const bins = Math.max(1, Math.floor(options.histogramBins ?? 30));
  const min = sortedWorking[0]!;
  const max = sortedWorking[iterations - 1]!;
  const width = (max - min) / bins || 1;
  const counts = new Array<number>(bins).fill(0);
  for (const x of sortedWorking) counts[Math.min(bins - 1, Math.floor((x - min) / width))]!++;
  const histogram = counts.map((count, b) => ({
    from: b === 0 ? sorted[0]! : date(min + b * width),
    to: b === bins - 1 ? sorted[iterations - 1]! : date(min + (b + 1) * width),
    count,
  }));

  const target = options.target ?? null;
  const probabilityOfTarget = target === null ? null : shareAtOrBelow(sorted, target);

  const detail = options.finishOnly !== true;
  const milestoneCount = model.milestones.length;
  const milestones = Array.from(detail ? model.milestones : [], (task, m) => {
    const values = new Float64Array(iterations);
    for (let i = 0; i < iterations; i++)
      values[i] = merged.milestoneFinish[i * milestoneCount + m]!;
    values.sort();
    const valuesWorking = values.map(offsetOf);
    return {
      id: prepared.taskIds[task]!,
      name: prepared.taskNames[task]!,
      mean: meanInstant(values, valuesWorking, scale),
      p50: quantileInstant(values, valuesWorking, 0.5, scale),
      p80: quantileInstant(values, valuesWorking, 0.8, scale),
      p95: quantileInstant(values, valuesWorking, 0.95, scale),
      probabilityOfTarget: target === null ? null : shareAtOrBelow(values, target),
    };
  });

  const tasks = (detail ? prepared.taskIds : []).map((id, j) => ({
    id,
    name: prepared.taskNames[j]!,
    criticalityIndex: merged.critical[j]! / iterations,
    meanFinish: Math.round(merged.finishSum[j]! / iterations),
  }));

  const sensitivity = detail ? spearmanByTask(prepared, inputs) : [];

  const p80 = quantileSorted(sortedWorking, 0.8);
  const tornado = inputs.withoutRisk
    .map((finishes, r) => {
      const withoutSorted = finishes.slice().sort();
      const withoutWorking = withoutSorted.map(offsetOf);
      const without = quantileSorted(withoutWorking, 0.8);
      return {
        id: prepared.riskIds[r]!,
        name: prepared.riskNames[r]!,
        p80Without: quantileInstant(withoutSorted, withoutWorking, 0.8, scale),
        effectMinutes: Math.round(p80 - without),
      };
    })
    .sort((a, b) => b.effectMinutes - a.effectMinutes || a.id.localeCompare(b.id));

  let cost: ForecastResult['cost'] = null;
  const jointConfidence: ForecastResult['jointConfidence'] = [];
  let probabilityOfTargetAndBudget: number | null = null;
  if (detail && model.hasCost && merged.cost.length === iterations) {
    const sortedCost = merged.cost.slice().sort();
    const targetCost = options.targetCost ?? null;
    cost = {
      mean: mean(merged.cost),
      sd: standardDeviation(merged.cost),
      percentiles: (options.percentiles ?? DEFAULT_PERCENTILES).map((p) => ({
        p,
        cost: quantileSorted(sortedCost, p / 100),
      })),
      target: targetCost,
      probabilityOfTarget: targetCost === null ? null : shareAtOrBelow(sortedCost, targetCost),
    };
    for (const p of JOINT_PERCENTILES) {
      const f = at(p / 100);
      const c = quantileSorted(sortedCost, p / 100);
      jointConfidence.push({ p, finish: f, cost: c, probability: jointShare(merged, f, c) });
    }
    if (target !== null && targetCost !== null)
      probabilityOfTargetAndBudget = jointShare(merged, target, targetCost);
  }

  return {
    iterations,
    seed: inputs.seed,
    blockIterations: BLOCK_ITERATIONS,
    percentileMethod: PERCENTILE_METHOD,
    deterministicFinish: inputs.likelyFinish,
    finish: {
      mean: meanInstant(sorted, sortedWorking, scale),
      sdMinutes: standardDeviation(sortedWorking),
      min: sorted[0]!,
      max: sorted[iterations - 1]!,
      percentiles,
    },
    sCurve,
    histogram,
    target,
    probabilityOfTarget,
    milestones,
    tasks,
    sensitivity,
    sensitivityMethod: SENSITIVITY_METHOD,
    tornado,
    cost,
    jointConfidence,
    probabilityOfTargetAndBudget,
    convergence: {
      toleranceMinutes: options.toleranceMinutes ?? null,
      converged: inputs.converged,
      maxHalfWidthMinutes: Math.max(0, ...percentiles.map((p) => p.halfWidthMinutes)),
    },
    diagnostics: prepared.diagnostics,
  };
}

function jointShare(merged: MergedSample, finish: number, cost: number): number {
  let hits = 0;
  const n = merged.finish.length;
  for (let i = 0; i < n; i++) if (merged.finish[i]! <= finish && merged.cost[i]! <= cost) hits++;
  return hits / n;
}

/** ρ per uncertain task from the replayed draws' sums (Σu, Σu², Σu·rank). */
function spearmanByTask(
  prepared: PreparedForecast,
  inputs: SummaryInputs,
): ForecastResult['sensitivity'] {
  const { model } = prepared;
  const n = model.taskCount;
  const N = inputs.ranks.length;
  const sums = new Float64Array(3 * n);
  for (const block of inputs.sensitivitySums)
    for (let k = 0; k < sums.length; k++) sums[k]! += block[k]!;
  let rankSum = 0;
  let rankSquares = 0;
  for (const r of inputs.ranks) {
    rankSum += r;
    rankSquares += r * r;
  }
  const rankVariance = rankSquares - (rankSum * rankSum) / N;
  const rows: ForecastResult['sensitivity'] = [];
  for (let j = 0; j < n; j++) {
    if (model.kind[j] === FIXED) continue;
    const su = sums[3 * j]!;
    const uVariance = sums[3 * j + 1]! - (su * su) / N;
    const covariance = sums[3 * j + 2]! - (su * rankSum) / N;
    const denominator = Math.sqrt(uVariance * rankVariance);
    const rho = denominator > 0 ? covariance / denominator : 0;
    rows.push({ id: prepared.taskIds[j]!, name: prepared.taskNames[j]!, spearman: rho });
  }
  return rows.sort(
    (a, b) => Math.abs(b.spearman) - Math.abs(a.spearman) || a.id.localeCompare(b.id),
  );
}
