import type { LocalMinutes } from '../calendar/local-time.js';
import type { ScheduleDiagnostic } from '../scheduling/schedule-result.js';

export interface FinishPercentile {
  /** 0–100. */
  p: number;
  finish: LocalMinutes;
  /** The same percentile in working minutes from the project start (unrounded). */
  workingMinutes: number;
  /** 95% confidence interval of this percentile (order statistics). */
  low: LocalMinutes;
  high: LocalMinutes;
  /** Working minutes of the wider side of that interval. */
  halfWidthMinutes: number;
}

export interface ForecastResult {
  iterations: number;
  seed: number;
  blockIterations: number;
  percentileMethod: string;
  /** The finish with every likely duration and no risk: the CPM finish of the estimates. */
  deterministicFinish: LocalMinutes;
  finish: {
    mean: LocalMinutes;
    /** Standard deviation in working minutes. */
    sdMinutes: number;
    min: LocalMinutes;
    max: LocalMinutes;
    percentiles: FinishPercentile[];
  };
  /** Finish at every whole percentile 0…100: the S-curve, and any percentile at a glance. */
  sCurve: { p: number; finish: LocalMinutes }[];
  histogram: { from: LocalMinutes; to: LocalMinutes; count: number }[];
  target: LocalMinutes | null;
  /** Share of iterations finishing at or before the target; null without a target. */
  probabilityOfTarget: number | null;
  milestones: {
    id: string;
    name: string;
    mean: LocalMinutes;
    p50: LocalMinutes;
    p80: LocalMinutes;
    p95: LocalMinutes;
    /** Share of iterations in which it is reached by the target; null without a target. */
    probabilityOfTarget: number | null;
  }[];
  /** Every task, in topological order: share of iterations on the critical path, mean finish. */
  tasks: { id: string; name: string; criticalityIndex: number; meanFinish: LocalMinutes }[];
  /** Tasks with uncertain durations, by |ρ| descending. */
  sensitivity: { id: string; name: string; spearman: number }[];
  sensitivityMethod: string;
  /** Each risk's effect on P80 (same draws, risk switched off), largest first. */
  tornado: {
    id: string;
    name: string;
    p80Without: LocalMinutes;
    /** Working minutes P80 moves out because of this risk (≥ 0). */
    effectMinutes: number;
  }[];
  cost: {
    mean: number;
    sd: number;
    percentiles: { p: number; cost: number }[];
    target: number | null;
    probabilityOfTarget: number | null;
  } | null;
  /** Probability that both the finish and the cost stay within their own P-values. */
  jointConfidence: { p: number; finish: LocalMinutes; cost: number; probability: number }[];
  /** With a target date and budget: probability of meeting both. */
  probabilityOfTargetAndBudget: number | null;
  convergence: {
    toleranceMinutes: number | null;
    /** null without a tolerance. */
    converged: boolean | null;
    /** The widest 95% half-interval of the reported percentiles, working minutes. */
    maxHalfWidthMinutes: number;
  };
  diagnostics: ScheduleDiagnostic[];
}

export const PERCENTILE_METHOD =
  'R-7 (Hyndman–Fan type 7: linear interpolation between order statistics of the sampled finishes), rounded to the working minute; 95% intervals from order statistics';

export const SENSITIVITY_METHOD =
  "Spearman rank correlation between the task's sampled estimate duration and the project finish; the duration's rank is taken from its probability-integral transform (the uniform draw u, whose ranks tend to N·u), the finish's as mid-ranks";
