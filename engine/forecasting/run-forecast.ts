import { inProcessExecutor, type BlockExecutor } from './block-executor.js';
import {
  BLOCK_ITERATIONS,
  CONVERGENCE_CHECK_BLOCKS,
  DEFAULT_PERCENTILES,
  type ForecastOptions,
} from './forecast-input.js';
import type { PreparedForecast } from './forecast-model.js';
import type { ForecastResult } from './forecast-result.js';
import {
  summarizeForecast,
  workingScale,
  type MergedSample,
  type WorkingScale,
} from './summarize-forecast.js';
import { simulateBlock, type BlockRequest, type BlockResult } from './simulate-block.js';
import { midRanks, quantileInterval, quantileSorted } from './sample-statistics.js';

export type ForecastProgress = (done: number, total: number) => void;

/** The blocks of `iterations`: 1,000 each, the last one shorter. Fixed by the count alone. */
export function blockPlan(iterations: number): number[] {
  const sizes: number[] = [];
  for (let left = iterations; left > 0; left -= BLOCK_ITERATIONS)
    sizes.push(Math.min(BLOCK_ITERATIONS, left));
  return sizes;
}

/**
 * Runs the Monte Carlo forecast: the blocks (checking convergence every five
 * blocks when a tolerance is given), then the sensitivity replay and one
 * rerun per risk for the tornado, on `executor` (default: this thread).
 * Results depend on (plan, options) only: blocks are merged in block order.
 */
export async function runForecast(
  prepared: PreparedForecast,
  options: ForecastOptions,
  executor: BlockExecutor = inProcessExecutor(prepared.model),
  onProgress: ForecastProgress = () => {},
): Promise<ForecastResult> {
  const model = prepared.model;
  const seed = options.seed >>> 0;
  const sizes = blockPlan(Math.max(1, Math.floor(options.iterations)));
  const finishOnly = options.finishOnly === true;
  const tornado = !finishOnly && options.tornado !== false && model.riskCount > 0;
  const percentiles = options.percentiles ?? DEFAULT_PERCENTILES;
  const tolerance = options.toleranceMinutes ?? null;
  // Progress units: one per simulated block, per sensitivity block, per tornado block.
  const perBlock = (finishOnly ? 1 : 2) + (tornado ? model.riskCount : 0);
  let total = sizes.length * perBlock;
  let done = 0;
  const tick = () => {
    done++;
    onProgress(done, total);
  };
  onProgress(0, total);

  const request = (block: number, disabledRisk: number, detail: boolean): BlockRequest => ({
    seed,
    block,
    iterations: sizes[block]!,
    disabledRisk,
    detail,
  });

  const results: BlockResult[] = [];
  let converged: boolean | null = null;
  const step = tolerance === null ? sizes.length : CONVERGENCE_CHECK_BLOCKS;
  for (let first = 0; first < sizes.length; first += step) {
    const blocks = [];
    for (let b = first; b < Math.min(sizes.length, first + step); b++)
      blocks.push(request(b, -1, !finishOnly));
    results.push(...(await executor.simulate(blocks, tick)));
    if (tolerance !== null) {
      converged = widestHalfWidth(results, percentiles, workingScale(prepared)) <= tolerance;
      if (converged) break;
    }
  }
  const used = results.length;
  total = used * perBlock;
  onProgress(done, total);

  const merged = mergeBlocks(prepared, results);
  const ranks = midRanks(merged.finish);
  let offset = 0;
  const sensitivityRequests = sizes.slice(0, used).map((size, block) => {
    const finishRanks = ranks.subarray(offset, offset + size);
    offset += size;
    return { seed, block, finishRanks };
  });
  const sums = finishOnly ? [] : await executor.sensitivity(sensitivityRequests, tick);

  const withoutRisk: Float64Array[] = [];
  if (tornado) {
    for (let r = 0; r < model.riskCount; r++) {
      const rerun = await executor.simulate(
        sizes.slice(0, used).map((_, block) => request(block, r, false)),
        tick,
      );
      withoutRisk.push(concat(rerun.map((x) => x.finish)));
    }
  }

  const likely = simulateBlock(
    { ...model, kind: new Uint8Array(model.taskCount), riskCount: 0 },
    { seed: 0, block: 0, iterations: 1, disabledRisk: -1, detail: false },
  ).finish[0]!;
  return summarizeForecast(prepared, options, {
    merged,
    ranks,
    sensitivitySums: sums,
    withoutRisk,
    likelyFinish: likely,
    converged,
    seed,
  });
}

function concat(parts: readonly Float64Array[]): Float64Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const all = new Float64Array(length);
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return all;
}

function mergeBlocks(prepared: PreparedForecast, results: readonly BlockResult[]): MergedSample {
  const n = prepared.model.taskCount;
  const critical = new Float64Array(n);
  const finishSum = new Float64Array(n);
  for (const r of results)
    for (let j = 0; j < n; j++) {
      critical[j]! += r.critical[j]!;
      finishSum[j]! += r.finishSum[j]!;
    }
  return {
    finish: concat(results.map((r) => r.finish)),
    cost: concat(results.map((r) => r.cost)),
    milestoneFinish: concat(results.map((r) => r.milestoneFinish)),
    critical,
    finishSum,
  };
}

function widestHalfWidth(
  results: readonly BlockResult[],
  percentiles: readonly number[],
  scale: WorkingScale,
): number {
  const sorted = concat(results.map((r) => r.finish))
    .sort()
    .map(scale.working);
  let widest = 0;
  for (const p of percentiles) {
    const x = quantileSorted(sorted, p / 100);
    const [lo, hi] = quantileInterval(sorted, p / 100);
    widest = Math.max(widest, x - lo, hi - x);
  }
  return widest;
}
