import * as pertTable from './pert-quantile-table.js';
import * as distributions from './duration-distribution.js';
import * as normal from './normal-distribution.js';
import * as forwardPassModule from './forward-pass-exact.js';
import type { ForecastModel } from './forecast-model.js';
import { blockStream, type RandomStream } from './seeded-random.js';

/** Stream of the copula's common factor (risks use 1 + r, far below this). */
const COMMON_FACTOR_STREAM = 0x3fffffff;
const U_MAX = 1 - 2 ** -40;

/**
 * The one-factor Gaussian copula: each uncertain task's draw u becomes
 * Φ(√r·z₀ + √(1 − r)·Φ⁻¹(u)), z₀ shared by all tasks in the iteration, so any
 * two durations have normal-scores correlation r. Fixed tasks are left alone.
 */
function correlate(model: ForecastModel, uniforms: Float64Array, z0: number): void {
  const r = model.copulaCorrelation;
  const shared = Math.sqrt(r) * z0;
  const own = Math.sqrt(1 - r);
  const kind = model.kind;
  for (let j = 0; j < uniforms.length; j++) {
    if (kind[j] === FIXED) continue;
    const u = normalCdf(shared + own * inverseNormalCdf(uniforms[j]!));
    uniforms[j] = u < 2 ** -40 ? 2 ** -40 : u > U_MAX ? U_MAX : u;
  }
}

// Local bindings, read once: under vitest's module transform every use of an
// imported name goes through a getter, which slows the per-iteration loops.
const { FIXED, LOGNORMAL, TRIANGULAR, lognormalParameters, distributionQuantile } = distributions;
const { inverseNormalCdf, normalCdf } = normal;
const { exactPass, forwardPassExact: forwardPass, markCritical } = forwardPassModule;
const { pertQuantileTable, PERT_MODE_STEPS, PERT_PROBABILITY_STEPS } = pertTable;

export interface BlockRequest {
  seed: number;
  block: number;
  iterations: number;
  /** A risk index to switch off (its draws are still made: common random numbers), or −1. */
  disabledRisk: number;
  /** false: only the finishes (the tornado's reruns). */
  detail: boolean;
}

export interface BlockResult {
  block: number;
  /** The forecast's finish in each iteration (an instant on the program clock). */
  finish: Float64Array;
  /** Total cost of each iteration (empty without detail or without costs). */
  cost: Float64Array;
  /** Per task: iterations in which it was critical. */
  critical: Uint32Array;
  /** Per task: sum of its finishes, instants (for the mean finish). */
  finishSum: Float64Array;
  /** Milestone m's finish (an instant) in iteration i at [i · milestones + m]. */
  milestoneFinish: Float64Array;
}

/**
 * Fills `out` with every task's working minutes for its draw in `uniforms`
 * (inverse CDFs; the PERT table read inline). One call per iteration.
 */
function sampler(model: ForecastModel): (uniforms: Float64Array, out: Float64Array) => void {
  const { kind, low, mode, high } = model;
  const n = model.taskCount;
  const split = new Float64Array(n);
  const k1 = new Float64Array(n);
  const k2 = new Float64Array(n);
  const row = new Int32Array(n);
  const weight = new Float64Array(n);
  const mu = new Float64Array(n);
  const sigma = new Float64Array(n);
  let usesPert = false;
  for (let j = 0; j < n; j++) {
    const range = high[j]! - low[j]!;
    if (kind[j] === FIXED || range <= 0) continue;
    if (kind[j] === LOGNORMAL) {
      const p = lognormalParameters(low[j]!, mode[j]!, high[j]!);
      mu[j] = p.mu;
      sigma[j] = p.sigma;
      continue;
    }
    const r = (mode[j]! - low[j]!) / range;
    split[j] = r;
    k1[j] = range * (mode[j]! - low[j]!);
    k2[j] = range * (high[j]! - mode[j]!);
    const rowPosition = r * PERT_MODE_STEPS;
    row[j] = Math.min(Math.floor(rowPosition), PERT_MODE_STEPS - 1);
    weight[j] = rowPosition - row[j]!;
    usesPert ||= kind[j] !== TRIANGULAR;
  }
  const table = usesPert ? pertQuantileTable() : new Float64Array(0);
  const width = PERT_PROBABILITY_STEPS + 1;
  return (uniforms, out) => {
    for (let j = 0; j < n; j++) {
      const k = kind[j]!;
      const u = uniforms[j]!;
      if (k === FIXED) out[j] = mode[j]!;
      else if (k === TRIANGULAR) {
        // One square root either side of the mode (selects, not two calls).
        const left = u < split[j]!;
        const root = Math.sqrt(left ? u * k1[j]! : (1 - u) * k2[j]!);
        out[j] = left ? low[j]! + root : high[j]! - root;
      } else if (k === LOGNORMAL) out[j] = Math.exp(mu[j]! + sigma[j]! * inverseNormalCdf(u));
      else {
        const position = u * PERT_PROBABILITY_STEPS;
        const q = position | 0;
        const f = position - q;
        const a = row[j]! * width + q;
        const b = a + width;
        const lower = table[a]! + f * (table[a + 1]! - table[a]!);
        const upper = table[b]! + f * (table[b + 1]! - table[b]!);
        out[j] = low[j]! + (high[j]! - low[j]!) * (lower + weight[j]! * (upper - lower));
      }
    }
  };
}

/**
 * One block of iterations: per iteration, every task's duration from its own
 * draw (stream 0, in task order), each risk from its own stream (stream 1 + r,
 * so adding a risk changes no other draw), then the schedule's forward pass
 * on each task's calendar (forward-pass-exact.ts), then a walk back along the
 * links that set each date, from the tasks that finish last: the tasks
 * reached are critical in that iteration. No objects are made per iteration.
 */
export function simulateBlock(model: ForecastModel, request: BlockRequest): BlockResult {
  const n = model.taskCount;
  const iterations = request.iterations;
  const detail = request.detail;
  const { fixedCost, costPerMinute, doneWork, riskProbability, riskDelay, riskCost } = model;
  const { riskTaskStart, riskTasks, milestones } = model;
  const { riskDelayKind, riskDelayLow, riskDelayHigh } = model;
  const riskCount = model.riskCount;
  const milestoneCount = milestones.length;
  const withCost = detail && model.hasCost;

  const sample = sampler(model);
  const pass = exactPass(model);
  const uniforms = new Float64Array(n);
  const durations = new Float64Array(n);
  const times = new Float64Array(2 * n);
  const onPath = new Uint8Array(n);
  const finish = new Float64Array(iterations);
  const cost = new Float64Array(withCost ? iterations : 0);
  const critical = new Uint32Array(detail ? n : 0);
  const finishSum = new Float64Array(detail ? n : 0);
  const milestoneFinish = new Float64Array(detail ? iterations * milestoneCount : 0);
  const taskStream = blockStream(request.seed, request.block, 0);
  const common =
    model.copulaCorrelation > 0
      ? blockStream(request.seed, request.block, COMMON_FACTOR_STREAM)
      : null;
  const riskStreams: RandomStream[] = [];
  for (let r = 0; r < riskCount; r++)
    riskStreams.push(blockStream(request.seed, request.block, 1 + r));

  for (let i = 0; i < iterations; i++) {
    taskStream.fill(uniforms);
    if (common) correlate(model, uniforms, inverseNormalCdf(common.next()));
    sample(uniforms, durations);
    let total = 0;
    for (let r = 0; r < riskCount; r++) {
      const stream = riskStreams[r]!;
      const u = stream.next();
      // A three-point delay takes a second draw from the risk's own stream in every
      // iteration (occurring or not), so switching the risk off replays the same
      // numbers; a single delay draws nothing more, exactly as before.
      const kindOfDelay = riskDelayKind[r]!;
      const v = kindOfDelay === FIXED ? 0 : stream.next();
      if (r === request.disabledRisk || u >= riskProbability[r]!) continue;
      total += riskCost[r]!;
      const delay =
        kindOfDelay === FIXED
          ? riskDelay[r]!
          : distributionQuantile(
              kindOfDelay,
              riskDelayLow[r]!,
              riskDelay[r]!,
              riskDelayHigh[r]!,
              v,
            );
      for (let k = riskTaskStart[r]!; k < riskTaskStart[r + 1]!; k++)
        durations[riskTasks[k]!]! += delay;
    }

    const projectFinish = forwardPass(model, pass, durations, times);
    finish[i] = projectFinish;
    if (!detail) continue;

    if (withCost) {
      // An in-progress task costs its work done as well as the work left.
      for (let j = 0; j < n; j++)
        total += fixedCost[j]! + costPerMinute[j]! * (doneWork[j]! + durations[j]!);
      cost[i] = total;
    }
    for (let m = 0; m < milestoneCount; m++)
      milestoneFinish[i * milestoneCount + m] = times[2 * milestones[m]! + 1]!;

    markCritical(model, pass, durations, times, projectFinish, onPath);
    for (let j = 0; j < n; j++) {
      finishSum[j]! += times[2 * j + 1]!;
      critical[j]! += onPath[j]!;
    }
  }
  return { block: request.block, finish, cost, critical, finishSum, milestoneFinish };
}

/**
 * For the sensitivity: replays the duration draws of one block (stream 0) and
 * sums, per task, u, u² and u · rank(finish of that iteration).
 */
export function sensitivityBlock(
  model: ForecastModel,
  seed: number,
  block: number,
  finishRanks: Float64Array,
): Float64Array {
  const n = model.taskCount;
  const sums = new Float64Array(3 * n);
  const stream = blockStream(seed, block, 0);
  const common =
    model.copulaCorrelation > 0 ? blockStream(seed, block, COMMON_FACTOR_STREAM) : null;
  const uniforms = new Float64Array(n);
  for (let i = 0; i < finishRanks.length; i++) {
    const rank = finishRanks[i]!;
    stream.fill(uniforms);
    if (common) correlate(model, uniforms, inverseNormalCdf(common.next()));
    for (let j = 0; j < n; j++) {
      const u = uniforms[j]!;
      sums[3 * j]! += u;
      sums[3 * j + 1]! += u * u;
      sums[3 * j + 2]! += u * rank;
    }
  }
  return sums;
}
