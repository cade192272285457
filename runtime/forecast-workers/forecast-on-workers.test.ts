import { describe, expect, it } from 'vitest';
import { compileCalendars } from '../../engine/calendar/compile-calendar.js';
import type { ForecastInput } from '../../engine/forecasting/forecast-input.js';
import { forecastPlan } from '../../engine/forecasting/forecast-plan.js';
import { link, plan, task } from '../../engine/scheduling/testing/plan-builders.js';
import { forecastOnWorkers } from './forecast-on-workers.js';
import { compiledWorkerFile } from './worker-pool.js';

const hours = (h: number) => ({ kind: 'working' as const, minutes: h * 60 });
const input: ForecastInput = {
  schedule: plan([task('a', 1), task('b', 2, [link('a')])]),
  estimates: [{ taskId: 'a', optimistic: hours(4), likely: hours(8), pessimistic: hours(24) }],
  risks: [{ id: 'r', name: 'r', probability: 0.5, taskIds: ['b'], delay: hours(8) }],
};

describe('forecastOnWorkers', () => {
  it('from sources (no compiled worker) runs the blocks in this thread, with the same result', async () => {
    expect(compiledWorkerFile()).toBeNull();
    const calendars = compileCalendars(input.schedule.calendars).calendars;
    const progress: number[] = [];
    const onWorkers = await forecastOnWorkers(
      input,
      { iterations: 2500, seed: 5 },
      { calendars, workers: 2, onProgress: (done, total) => progress.push(done / total) },
    );
    const direct = await forecastPlan(input, { iterations: 2500, seed: 5 });
    expect(onWorkers.workers).toBe(1);
    expect(onWorkers.ok && direct.ok).toBe(true);
    if (onWorkers.ok && direct.ok) expect(onWorkers.result).toEqual(direct.result);
    // Progress rises to 1: three blocks, their sensitivity replays and one tornado rerun each.
    expect(progress.at(-1)).toBe(1);
    expect([...progress].sort((x, y) => x - y)).toEqual(progress);
  });

  it('reports a plan it cannot forecast', async () => {
    const cyclic: ForecastInput = {
      schedule: plan([task('a', 1, [link('b')]), task('b', 1, [link('a')])]),
      estimates: [],
      risks: [],
    };
    const calendars = compileCalendars(cyclic.schedule.calendars).calendars;
    const outcome = await forecastOnWorkers(cyclic, { iterations: 100, seed: 1 }, { calendars });
    expect(outcome.ok).toBe(false);
  });
});
