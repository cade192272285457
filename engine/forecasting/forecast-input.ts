import type { LocalMinutes } from '../calendar/local-time.js';
import type { ScheduleInput, TimeSpan } from '../scheduling/schedule-input.js';
import type { DistributionKind } from './duration-distribution.js';

/**
 * Three durations of one task, in its own time base (working minutes of its
 * calendar, wall-clock minutes for an elapsed duration); the task's own
 * duration is not used when it has one. For an in-progress task they are
 * scaled by remaining work / duration; a done task's are ignored.
 */
export interface ForecastEstimate {
  taskId: string;
  optimistic: TimeSpan;
  likely: TimeSpan;
  pessimistic: TimeSpan;
}

/**
 * A discrete risk event: with `probability`, each named task takes `delay` longer and `cost` is incurred once.
 * With `delayOptimistic` ≤ `delay` ≤ `delayPessimistic` the delay is a three-point estimate instead,
 * sampled with the run's distribution (one draw per iteration, shared by the risk's tasks);
 * equal points, or none, give exactly `delay`.
 */
export interface ForecastRisk {
  id: string;
  name: string;
  probability: number;
  taskIds: string[];
  delay: TimeSpan;
  delayOptimistic?: TimeSpan;
  delayPessimistic?: TimeSpan;
  cost?: number;
}

/** What a task costs: a fixed amount, plus a rate per working hour of its sampled duration. */
export interface ForecastTaskCost {
  taskId: string;
  fixedCost?: number;
  costPerHour?: number;
}

export interface ForecastInput {
  /** The schedule's own input: calendars, constraints, progress and the status date are used as `schedulePlan` uses them. */
  schedule: ScheduleInput;
  /**
   * IANA zone of the program clock, as `compileCalendars`' `projectTimeZone`:
   * worker threads compile `schedule.calendars` with it (the calendars passed
   * in must be compiled the same way). Absent: calendars' zones are ignored.
   */
  projectTimeZone?: string;
  /**
   * The tasks whose latest finish is the forecast's finish (e.g. one
   * program's own items, not the upstream work scheduled with them). Absent: every task.
   */
  finishTaskIds?: readonly string[];
  estimates: readonly ForecastEstimate[];
  risks: readonly ForecastRisk[];
  costs?: readonly ForecastTaskCost[];
  /** Shape of every three-point estimate. Default: triangular. */
  distribution?: DistributionKind;
  /**
   * Spearman rank correlation between the durations of every two uncertain
   * tasks, 0 (default, independent) to below 1: a one-factor Gaussian copula.
   */
  rankCorrelation?: number;
}

export interface ForecastOptions {
  /** Iterations to run (the most, when `toleranceMinutes` stops earlier). */
  iterations: number;
  /** 32-bit unsigned seed; the same seed gives the same result anywhere. */
  seed: number;
  /** The date whose probability of being met is reported. */
  target?: LocalMinutes;
  /** The budget whose probability of being met (alone and jointly with `target`) is reported. */
  targetCost?: number;
  /**
   * Stop once the 95% confidence interval of every reported finish percentile is
   * at most this wide on each side (working minutes of the project calendar), checked every 5 blocks.
   */
  toleranceMinutes?: number;
  /** Finish percentiles to report, 0–100. Default 5, 10, 20, …, 90, 95. */
  percentiles?: readonly number[];
  /** Rerun once per risk with it switched off (common random numbers) for the tornado. Default true. */
  tornado?: boolean;
  /** Bars of the finish histogram. Default 30. */
  histogramBins?: number;
  /**
   * Only the finish dates (percentiles, S-curve, histogram, probability of the
   * target): no criticality walk, milestone dates, cost, sensitivity replay or
   * tornado, so `milestones`, `tasks`, `sensitivity` and `tornado` come back
   * empty and `cost` null. The finishes are the very same draws, so they are
   * identical to a full run's. Default false.
   */
  finishOnly?: boolean;
}

/** Iterations per block: each block has its own random streams, so blocks can run anywhere, in any order. */
export const BLOCK_ITERATIONS = 1000;
/** With a tolerance, convergence is checked after every this many blocks. */
export const CONVERGENCE_CHECK_BLOCKS = 5;
export const DEFAULT_PERCENTILES = [5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95] as const;
