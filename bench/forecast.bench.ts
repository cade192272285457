import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { afterAll, bench, describe } from 'vitest';
import { compileCalendars } from '../engine/calendar/compile-calendar.js';
import { formatLocalDateTime } from '../engine/calendar/local-time.js';
import { inProcessExecutor } from '../engine/forecasting/block-executor.js';
import type { ForecastInput } from '../engine/forecasting/forecast-input.js';
import {
  prepareForecast,
  type ForecastModel,
  type PreparedForecast,
} from '../engine/forecasting/forecast-model.js';
import { runForecast } from '../engine/forecasting/run-forecast.js';
import { randomPlan } from '../engine/scheduling/testing/random-plan.js';
import { createWorkerPool } from '../runtime/forecast-workers/worker-pool.js';

// The figure: 10,000 tasks × 10,000 iterations on 2 cores, against the
// floor of a bare typed-array forward pass — the forecast's former
// `forwardPassMinutes` (working minutes on one calendar) with fixed durations: no sampling, no criticality, no
// statistics — over the same compiled graph, timed in the same run. The plan is the scheduling benchmark's shape (engine/scheduling/testing/
// random-plan.ts): 10,527 rows = 10,000 leaf tasks, ~2.5 links each, all link
// types and lags; every task with a duration gets a triangular estimate
// (0.8×, 1×, 1.6× its duration) and 20 risks each delay 5 tasks.
//
// Worker threads need the compiled worker: run `npm run build` first (vitest
// runs TypeScript, which Node 20 cannot start as a worker). Without it the
// two-core case is skipped and says so.
const ROWS = 10_527;
const ITERATIONS = 10_000;
const SEED = 20_271_104;
const RUNS = 5;
const workerFile = new URL('../dist/runtime/forecast-workers/forecast-worker.js', import.meta.url);
const haveWorkers = existsSync(fileURLToPath(workerFile));

let prepared: PreparedForecast | null = null;
function load(): PreparedForecast {
  if (prepared) return prepared;
  const schedule = randomPlan(ROWS, SEED);
  const leaves = schedule.tasks.filter((t) => t.parentId != null);
  const input: ForecastInput = {
    schedule,
    estimates: leaves
      .filter((t) => t.duration.minutes > 0)
      .map((t) => ({
        taskId: t.id,
        optimistic: { kind: 'working', minutes: 0.8 * t.duration.minutes },
        likely: t.duration,
        pessimistic: { kind: 'working', minutes: 1.6 * t.duration.minutes },
      })),
    risks: Array.from({ length: 20 }, (_, r) => ({
      id: `r${r}`,
      name: `Risk ${r}`,
      probability: 0.05 + 0.02 * r,
      taskIds: [0, 1, 2, 3, 4].map((k) => leaves[(r * 487 + k * 1999) % leaves.length]!.id),
      delay: { kind: 'working', minutes: 5 * 480 },
      cost: 1000,
    })),
  };
  const calendars = compileCalendars(schedule.calendars).calendars;
  const p = prepareForecast(input, calendars);
  if (!('model' in p)) throw new Error('plan did not compile');
  prepared = p;
  return p;
}

/**
 * The floor, unchanged since the first figures so ratios stay comparable: a
 * bare CPM forward pass in working minutes on one calendar (what the forecast
 * ran before it took the schedule's own calendars and rules), fixed (likely)
 * durations, over the model's links (no constraints in this plan), one thread.
 */
function forwardPassMinutes(model: ForecastModel, durations: Float64Array, times: Float64Array) {
  const { inStart, inSplit, edgeSource, edgeLag } = model;
  const n = model.taskCount;
  let projectFinish = 0;
  for (let j = 0; j < n; j++) {
    let s = 0;
    const split = inSplit[j]!;
    for (let k = inStart[j]!; k < split; k++) {
      const v = times[edgeSource[k]!]! + edgeLag[k]!;
      if (v > s) s = v;
    }
    const d = durations[j]!;
    let f = s + d;
    let bound = -Infinity;
    const last = inStart[j + 1]!;
    for (let k = split; k < last; k++) {
      const v = times[edgeSource[k]!]! + edgeLag[k]!;
      if (v > bound) bound = v;
    }
    if (bound > f) {
      f = bound;
      s = bound - d;
    }
    times[2 * j] = s;
    times[2 * j + 1] = f;
    if (f > projectFinish) projectFinish = f;
  }
  return projectFinish;
}

function bareForwardPass(model: ForecastModel, iterations: number): number {
  const times = new Float64Array(2 * model.taskCount);
  let checksum = 0;
  for (let i = 0; i < iterations; i++) checksum += forwardPassMinutes(model, model.mode, times);
  return checksum;
}

// Wall time, and CPU time of the whole process (all threads): on a shared
// machine other processes take cores away, which shows in the wall time only.
const timings = new Map<string, number[]>();
const cpuTimings = new Map<string, number[]>();
function timed(name: string, work: () => unknown): () => Promise<void> {
  return async () => {
    const start = performance.now();
    const cpu = process.cpuUsage();
    await work();
    const used = process.cpuUsage(cpu);
    const push = (map: Map<string, number[]>, value: number) =>
      map.set(name, [...(map.get(name) ?? []), value]);
    push(timings, performance.now() - start);
    push(cpuTimings, (used.user + used.system) / 1000);
  };
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const options = { iterations: RUNS, time: 0, warmupIterations: 1, warmupTime: 0 };
const forecastOptions = { iterations: ITERATIONS, seed: SEED, tornado: false };
let lastP80 = '';

describe(`forecast, ${ROWS.toLocaleString('en')} rows (10,000 tasks) × ${ITERATIONS.toLocaleString('en')} iterations`, () => {
  bench(
    'floor: bare typed-array forward pass, fixed durations, 1 thread',
    timed('floor', () => bareForwardPass(load().model, ITERATIONS)),
    options,
  );
  bench(
    'forecast, 1 thread (in-process)',
    timed('forecast-1', async () => {
      const p = load();
      await runForecast(p, forecastOptions, inProcessExecutor(p.model));
    }),
    options,
  );
  bench.skipIf(!haveWorkers)(
    'forecast, 2 worker threads (pool started inside the timing)',
    timed('forecast-2', async () => {
      const p = load();
      const pool = createWorkerPool(p.model, 2, workerFile);
      try {
        const result = await runForecast(p, forecastOptions, pool.executor);
        lastP80 = formatLocalDateTime(result.finish.percentiles.find((x) => x.p === 80)!.finish);
      } finally {
        await pool.close();
      }
    }),
    options,
  );
});

afterAll(() => {
  const floor = median(timings.get('floor') ?? [NaN]);
  const floorCpu = median(cpuTimings.get('floor') ?? [NaN]);
  const lines = [
    `load average at the end ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
    `floor (bare forward pass) median ${floor.toFixed(0)} ms wall, ${floorCpu.toFixed(0)} ms CPU`,
  ];
  for (const name of ['forecast-1', 'forecast-2']) {
    const list = timings.get(name);
    if (!list) {
      lines.push(`${name}: not run${haveWorkers ? '' : ' (no dist worker: npm run build)'}`);
      continue;
    }
    const m = median(list);
    const cpu = median(cpuTimings.get(name)!);
    lines.push(
      `${name}: median ${m.toFixed(0)} ms wall over ${list.length} runs (incl. warm-up), ` +
        `${((m * 1e6) / (10_000 * ITERATIONS)).toFixed(1)} ns per task-iteration, ratio to floor ${(m / floor).toFixed(2)}×; ` +
        `CPU ${cpu.toFixed(0)} ms (all threads), CPU ratio to floor ${(cpu / floorCpu).toFixed(2)}×`,
    );
  }
  if (lastP80) lines.push(`P80 finish ${lastP80}`);
  console.log(`\nForecast benchmark\n  ${lines.join('\n  ')}\n`);
});
