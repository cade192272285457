import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LinkType } from '../scheduling/schedule-input.js';
import { plan, task } from '../scheduling/testing/plan-builders.js';
import type { ForecastInput, ForecastRisk } from './forecast-input.js';
import { forecastPlan } from './forecast-plan.js';
import type { ForecastResult } from './forecast-result.js';

const hours = (h: number) => ({ kind: 'working' as const, minutes: h * 60 });

/** Random acyclic plans: links only from earlier to later tasks, every link type, three-point estimates, risks. */
const arbitraryForecast = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.record({
    estimates: fc.array(
      fc.tuple(fc.nat(40), fc.nat(40), fc.nat(40)).map((t) => t.sort((a, b) => a - b)),
      { minLength: n, maxLength: n },
    ),
    links: fc.array(
      fc.record({
        a: fc.nat(n - 1),
        b: fc.nat(n - 1),
        type: fc.constantFrom<LinkType>('FS', 'SS', 'FF', 'SF'),
        lagHours: fc.integer({ min: -8, max: 16 }),
      }),
      { maxLength: 2 * n },
    ),
    risks: fc.array(
      fc.record({
        probability: fc.double({ min: 0, max: 1, noNaN: true }),
        task: fc.nat(n - 1),
        delayHours: fc.nat(40),
      }),
      { maxLength: 3 },
    ),
    distribution: fc.constantFrom('triangular' as const, 'pert' as const, 'lognormal' as const),
    rankCorrelation: fc.constantFrom(0, 0.3, 0.8),
    seed: fc.nat(),
  }),
);

type Arbitrary = typeof arbitraryForecast extends fc.Arbitrary<infer T> ? T : never;

function inputOf(c: Arbitrary): ForecastInput {
  const n = c.estimates.length;
  const tasks = Array.from({ length: n }, (_, i) => task(`t${i}`, 1));
  for (const l of c.links) {
    const [from, to] = l.a < l.b ? [l.a, l.b] : [l.b, l.a];
    if (from === to || tasks[to]!.predecessors.some((p) => p.predecessorId === `t${from}`))
      continue;
    tasks[to]!.predecessors.push({
      predecessorId: `t${from}`,
      type: l.type,
      lag: hours(l.lagHours),
    });
  }
  return {
    schedule: plan(tasks),
    estimates: c.estimates.map(([o, m, p], i) => ({
      taskId: `t${i}`,
      optimistic: hours(o!),
      likely: hours(m!),
      pessimistic: hours(p!),
    })),
    risks: c.risks.map((r, k): ForecastRisk => ({
      id: `r${k}`,
      name: `r${k}`,
      probability: r.probability,
      taskIds: [`t${r.task}`],
      delay: hours(r.delayHours),
    })),
    distribution: c.distribution,
    rankCorrelation: c.rankCorrelation,
  };
}

async function run(input: ForecastInput, seed: number): Promise<ForecastResult> {
  const outcome = await forecastPlan(input, {
    iterations: 1500,
    seed,
    percentiles: [10, 50, 80, 95],
  });
  if (!outcome.ok) throw new Error('not schedulable');
  return outcome.result;
}

describe('forecast properties', () => {
  it('percentiles are monotone in p (the S-curve never goes back)', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryForecast, async (c) => {
        const result = await run(inputOf(c), c.seed);
        for (let k = 1; k < result.sCurve.length; k++)
          expect(result.sCurve[k]!.finish).toBeGreaterThanOrEqual(result.sCurve[k - 1]!.finish);
        const rows = result.finish.percentiles;
        for (let k = 1; k < rows.length; k++)
          expect(rows[k]!.workingMinutes).toBeGreaterThanOrEqual(rows[k - 1]!.workingMinutes);
      }),
      { numRuns: 40 },
    );
  });

  it('adding a risk never makes P80 (or any percentile) earlier', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbitraryForecast,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.nat(40),
        async (c, probability, delayHours) => {
          const input = inputOf(c);
          const before = await run(input, c.seed);
          const risk: ForecastRisk = {
            id: 'added',
            name: 'added',
            probability,
            taskIds: ['t0'],
            delay: hours(delayHours),
          };
          const after = await run({ ...input, risks: [...input.risks, risk] }, c.seed);
          after.finish.percentiles.forEach((row, k) =>
            expect(row.workingMinutes).toBeGreaterThanOrEqual(
              before.finish.percentiles[k]!.workingMinutes,
            ),
          );
          expect(after.tornado.every((t) => t.effectMinutes >= 0)).toBe(true);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('same seed, same result; another seed, other draws', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryForecast, async (c) => {
        const input = inputOf(c);
        expect(await run(input, c.seed)).toEqual(await run(input, c.seed));
      }),
      { numRuns: 20 },
    );
    const input: ForecastInput = {
      schedule: plan([task('a', 1)]),
      estimates: [{ taskId: 'a', optimistic: hours(1), likely: hours(8), pessimistic: hours(40) }],
      risks: [],
    };
    expect((await run(input, 1)).finish.mean).not.toBe((await run(input, 2)).finish.mean);
  });

  it('finish only gives the very same finishes as the full run (same draws), without the per-task figures', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryForecast, fc.nat(60 * 24 * 30), async (c, afterStart) => {
        const input = inputOf(c);
        const options = {
          iterations: 2500,
          seed: c.seed,
          percentiles: [10, 50, 80, 95],
          target: input.schedule.start + afterStart,
        };
        const full = await forecastPlan(input, options);
        const only = await forecastPlan(input, { ...options, finishOnly: true });
        if (!full.ok || !only.ok) throw new Error('not schedulable');
        expect(only.result.finish).toEqual(full.result.finish);
        expect(only.result.sCurve).toEqual(full.result.sCurve);
        expect(only.result.histogram).toEqual(full.result.histogram);
        expect(only.result.probabilityOfTarget).toBe(full.result.probabilityOfTarget);
        expect(only.result.deterministicFinish).toBe(full.result.deterministicFinish);
        expect(only.result.tasks).toEqual([]);
        expect(only.result.sensitivity).toEqual([]);
        expect(only.result.tornado).toEqual([]);
        expect(only.result.cost).toBeNull();
      }),
      { numRuns: 30 },
    );
  });
});
