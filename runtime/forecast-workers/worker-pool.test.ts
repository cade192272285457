import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileCalendars } from '../../engine/calendar/compile-calendar.js';
import type { ForecastInput } from '../../engine/forecasting/forecast-input.js';
import { prepareForecast, type PreparedForecast } from '../../engine/forecasting/forecast-model.js';
import { runForecast } from '../../engine/forecasting/run-forecast.js';
import { link, plan, task } from '../../engine/scheduling/testing/plan-builders.js';
import { sharedWorkerPool } from './worker-pool.js';

// Needs the compiled worker (`npx tsc -p tsconfig.build.json`): Node 20 cannot
// start a worker thread from TypeScript. Without it this is skipped.
const workerFile = new URL(
  '../../dist/runtime/forecast-workers/forecast-worker.js',
  import.meta.url,
);
const haveWorker = existsSync(fileURLToPath(workerFile));

const hours = (h: number) => ({ kind: 'working' as const, minutes: h * 60 });
function prepared(extraHours: number): PreparedForecast {
  const input: ForecastInput = {
    schedule: plan([task('a', 1), task('b', 2, [link('a')]), task('c', 1, [link('a')])]),
    estimates: [
      { taskId: 'a', optimistic: hours(4), likely: hours(8), pessimistic: hours(24 + extraHours) },
      { taskId: 'c', optimistic: hours(8), likely: hours(8), pessimistic: hours(40) },
    ],
    risks: [{ id: 'r', name: 'r', probability: 0.4, taskIds: ['b'], delay: hours(8) }],
  };
  const p = prepareForecast(input, compileCalendars(input.schedule.calendars).calendars);
  if (!('model' in p)) throw new Error('plan did not compile');
  return p;
}

describe.skipIf(!haveWorker)('sharedWorkerPool', () => {
  it('runs two forecasts at once on the same kept threads, each with the result it has in this thread', async () => {
    const plans = [prepared(0), prepared(30)];
    const options = { iterations: 3500, seed: 9 };
    const here = await Promise.all(plans.map((p) => runForecast(p, options)));
    for (let round = 0; round < 2; round++) {
      const onThreads = await Promise.all(
        plans.map(async (p) => {
          const pool = sharedWorkerPool(p.model, 2, workerFile);
          try {
            expect(pool.workers).toBe(2);
            return await runForecast(p, options, pool.executor);
          } finally {
            await pool.close();
          }
        }),
      );
      expect(onThreads).toEqual(here);
    }
    // The two plans differ, so a reply given to the wrong forecast would show.
    expect(here[0]!.finish.percentiles).not.toEqual(here[1]!.finish.percentiles);
  });
});
