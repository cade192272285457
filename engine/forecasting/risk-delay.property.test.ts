import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { link, plan, task } from '../scheduling/testing/plan-builders.js';
import {
  distributionQuantile,
  FIXED,
  LOGNORMAL,
  PERT,
  TRIANGULAR,
} from './duration-distribution.js';
import type { ForecastInput, ForecastRisk } from './forecast-input.js';
import { forecastPlan } from './forecast-plan.js';
import type { ForecastResult } from './forecast-result.js';

const hours = (h: number) => ({ kind: 'working' as const, minutes: h * 60 });

/** a → b → c, b uncertain; one risk on b whose delay has three points around `likely`. */
const arbitraryCase = fc.record({
  probability: fc.double({ min: 0, max: 1, noNaN: true }),
  points: fc.tuple(fc.nat(40), fc.nat(40), fc.nat(40)).map((t) => t.sort((x, y) => x - y)),
  distribution: fc.constantFrom('triangular' as const, 'pert' as const, 'lognormal' as const),
  seed: fc.nat(),
});
type Case = typeof arbitraryCase extends fc.Arbitrary<infer T> ? T : never;

function inputOf(c: Case, risk: Partial<ForecastRisk>): ForecastInput {
  const b = task('b', 2);
  b.predecessors.push({ predecessorId: 'a', type: 'FS', lag: hours(0) });
  const cTask = task('c', 1);
  cTask.predecessors.push({ predecessorId: 'b', type: 'FS', lag: hours(0) });
  return {
    schedule: plan([task('a', 1), b, cTask]),
    estimates: [{ taskId: 'b', optimistic: hours(8), likely: hours(16), pessimistic: hours(40) }],
    risks: [
      {
        id: 'r',
        name: 'r',
        probability: c.probability,
        taskIds: ['b'],
        delay: hours(c.points[1]!),
        ...risk,
      },
    ],
    distribution: c.distribution,
  };
}

async function run(input: ForecastInput, seed: number): Promise<ForecastResult> {
  const outcome = await forecastPlan(input, { iterations: 1000, seed, percentiles: [5, 50, 95] });
  if (!outcome.ok) throw new Error('not schedulable');
  return outcome.result;
}

describe('a risk with a three-point delay', () => {
  it('with equal points gives exactly the single delay', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryCase, async (c) => {
        const single = await run(inputOf(c, {}), c.seed);
        const same = hours(c.points[1]!);
        const equal = await run(
          inputOf(c, { delayOptimistic: same, delayPessimistic: same }),
          c.seed,
        );
        expect(equal).toEqual(single);
      }),
      { numRuns: 25 },
    );
  });

  it('same seed, same result; every finish between the optimistic and the pessimistic delay', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryCase, async (c) => {
        const [low, likely, high] = c.points as [number, number, number];
        const threePoint = inputOf(c, {
          probability: 1,
          delayOptimistic: hours(low),
          delayPessimistic: hours(high),
        });
        const result = await run(threePoint, c.seed);
        expect(await run(threePoint, c.seed)).toEqual(result);
        if (c.distribution === 'lognormal') return; // unbounded above by design
        const atLeast = await run(inputOf(c, { probability: 1, delay: hours(low) }), c.seed);
        const atMost = await run(inputOf(c, { probability: 1, delay: hours(high) }), c.seed);
        result.finish.percentiles.forEach((row, k) => {
          expect(row.workingMinutes).toBeGreaterThanOrEqual(
            atLeast.finish.percentiles[k]!.workingMinutes - 1e-6,
          );
          expect(row.workingMinutes).toBeLessThanOrEqual(
            atMost.finish.percentiles[k]!.workingMinutes + 1e-6,
          );
        });
        expect(likely).toBeGreaterThanOrEqual(low);
      }),
      { numRuns: 25 },
    );
  });

  it('leaves the tasks’ and the other risks’ draws alone: work it does not reach forecasts the same', async () => {
    // a (uncertain, risk y) → milestone m; b apart, with risk x: m depends on a and y only.
    const base: ForecastInput = {
      schedule: plan([task('a', 1), task('m', 0, [link('a')], { milestone: true }), task('b', 1)]),
      estimates: [{ taskId: 'a', optimistic: hours(4), likely: hours(8), pessimistic: hours(30) }],
      risks: [
        { id: 'x', name: 'x', probability: 0.5, taskIds: ['b'], delay: hours(12) },
        { id: 'y', name: 'y', probability: 0.5, taskIds: ['a'], delay: hours(4) },
      ],
    };
    const spread: ForecastInput = {
      ...base,
      risks: [
        { ...base.risks[0]!, delayOptimistic: hours(2), delayPessimistic: hours(40) },
        base.risks[1]!,
      ],
    };
    const before = await run(base, 11);
    const after = await run(spread, 11);
    expect(after.finish.mean).not.toBe(before.finish.mean);
    expect(after.milestones).toEqual(before.milestones);
  });
});

describe('distributionQuantile', () => {
  it('stays within the points (but lognormal), and FIXED or equal points give the mode', () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.nat(1000), fc.nat(1000), fc.nat(1000)).map((t) => t.sort((x, y) => x - y)),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        ([a, m, b], u) => {
          for (const code of [TRIANGULAR, PERT]) {
            const x = distributionQuantile(code, a!, m!, b!, u);
            expect(x).toBeGreaterThanOrEqual(a! - 1e-9);
            expect(x).toBeLessThanOrEqual(b! + 1e-9);
          }
          expect(distributionQuantile(FIXED, a!, m!, b!, u)).toBe(m);
          expect(distributionQuantile(LOGNORMAL, m!, m!, m!, u)).toBe(m);
        },
      ),
    );
  });
});
