import { describe, expect, it } from 'vitest';
import { schedulePlan } from '../scheduling/schedule-plan.js';
import {
  at,
  link,
  plan,
  standardWithHolidays,
  task,
  DAY,
} from '../scheduling/testing/plan-builders.js';
import { lognormalParameters, triangularQuantile } from './duration-distribution.js';
import { inverseNormalCdf } from './normal-distribution.js';
import type { ForecastInput, ForecastOptions } from './forecast-input.js';
import { forecastPlan } from './forecast-plan.js';
import type { ForecastResult } from './forecast-result.js';
import { blockStream } from './seeded-random.js';

const days = (d: number) => ({ kind: 'working' as const, minutes: d * DAY });
const estimate = (taskId: string, o: number, l: number, p: number) => ({
  taskId,
  optimistic: days(o),
  likely: days(l),
  pessimistic: days(p),
});

async function forecast(input: ForecastInput, options: ForecastOptions): Promise<ForecastResult> {
  const outcome = await forecastPlan(input, options);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.diagnostics));
  return outcome.result;
}

const percentiles = [5, 10, 25, 50, 75, 80, 90, 95];

describe('analytic cases', () => {
  it('one task with triangular(1d, 2d, 5d): percentiles are the triangular quantiles', async () => {
    const result = await forecast(
      { schedule: plan([task('a', 2)]), estimates: [estimate('a', 1, 2, 5)], risks: [] },
      { iterations: 100_000, seed: 1, percentiles },
    );
    for (const row of result.finish.percentiles) {
      const exact = triangularQuantile(DAY, 2 * DAY, 5 * DAY, row.p / 100);
      // 100,000 draws: well within 0.5% of the 4-day range.
      expect(Math.abs(row.workingMinutes - exact)).toBeLessThan(0.005 * 4 * DAY);
      expect(row.halfWidthMinutes).toBeLessThan(0.01 * 4 * DAY);
    }
  });

  it('two parallel tasks: the finish is the max, P(max ≤ x) = F(x)², so its p-quantile is F⁻¹(√p)', async () => {
    const result = await forecast(
      {
        schedule: plan([task('a', 2), task('b', 2)]),
        estimates: [estimate('a', 1, 2, 5), estimate('b', 1, 2, 5)],
        risks: [],
      },
      { iterations: 100_000, seed: 2, percentiles },
    );
    for (const row of result.finish.percentiles) {
      const exact = triangularQuantile(DAY, 2 * DAY, 5 * DAY, Math.sqrt(row.p / 100));
      expect(Math.abs(row.workingMinutes - exact)).toBeLessThan(0.005 * 4 * DAY);
    }
    // Each task drives the finish in half the iterations.
    for (const t of result.tasks) expect(Math.abs(t.criticalityIndex - 0.5)).toBeLessThan(0.01);
  });

  it('lognormal: one task has the quantiles of the lognormal with the PERT mean and sd', async () => {
    const result = await forecast(
      {
        schedule: plan([task('a', 2)]),
        estimates: [estimate('a', 1, 2, 5)],
        risks: [],
        distribution: 'lognormal',
      },
      { iterations: 100_000, seed: 9, percentiles },
    );
    const { mu, sigma } = lognormalParameters(DAY, 2 * DAY, 5 * DAY);
    for (const row of result.finish.percentiles) {
      const exact = Math.exp(mu + sigma * inverseNormalCdf(row.p / 100));
      expect(Math.abs(row.workingMinutes - exact)).toBeLessThan(0.005 * 4 * DAY);
    }
    // Unbounded above: some iterations overrun the pessimistic 5 days.
    expect(result.finish.max).toBeGreaterThan(at('2027-01-08T17:00'));
  });

  it('rank correlation: two parallel tasks almost fully correlated finish like one task', async () => {
    const input = (rankCorrelation: number): ForecastInput => ({
      schedule: plan([task('a', 2), task('b', 2)]),
      estimates: [estimate('a', 1, 2, 5), estimate('b', 1, 2, 5)],
      risks: [],
      rankCorrelation,
    });
    const tight = await forecast(input(0.999), { iterations: 50_000, seed: 8, percentiles });
    for (const row of tight.finish.percentiles) {
      const single = triangularQuantile(DAY, 2 * DAY, 5 * DAY, row.p / 100);
      expect(Math.abs(row.workingMinutes - single)).toBeLessThan(0.02 * 4 * DAY);
    }
    // Half-correlated lies between independent (max of two) and one task.
    const half = await forecast(input(0.5), { iterations: 50_000, seed: 8, percentiles: [50] });
    const p50 = half.finish.percentiles[0]!.workingMinutes;
    expect(p50).toBeGreaterThan(triangularQuantile(DAY, 2 * DAY, 5 * DAY, 0.5) + 0.02 * DAY);
    expect(p50).toBeLessThan(
      triangularQuantile(DAY, 2 * DAY, 5 * DAY, Math.sqrt(0.5)) - 0.02 * DAY,
    );
    // The sensitivity replay sees the correlated draws: both tasks matter, equally.
    expect(Math.abs(half.sensitivity[0]!.spearman - half.sensitivity[1]!.spearman)).toBeLessThan(
      0.03,
    );
  });

  it('zero-variance estimates give P-dates equal to the CPM dates, on a calendar with holidays', async () => {
    const schedule = plan(
      [
        task('a', 3),
        task('b', 2, [link('a', 'FS', 1)]),
        task('c', 4, [link('a', 'SS', 1)]),
        task('d', 1, [link('b'), link('c', 'FF', -1)]),
        task('m', 0, [link('d')], { milestone: true }),
        task('e', 2, [], { constraint: { type: 'SNET', date: at('2027-01-11T08:00') } }),
      ],
      '2027-01-04T08:00',
      [standardWithHolidays(['2027-01-06'])],
    );
    const cpm = schedulePlan(schedule);
    const result = await forecast(
      { schedule, estimates: [estimate('a', 3, 3, 3), estimate('b', 2, 2, 2)], risks: [] },
      { iterations: 2000, seed: 3 },
    );
    for (const row of result.finish.percentiles) expect(row.finish).toBe(cpm.finish);
    expect(result.deterministicFinish).toBe(cpm.finish);
    const milestone = cpm.tasks.find((t) => t.id === 'm')!;
    expect(result.milestones).toEqual([
      {
        id: 'm',
        name: 'm',
        mean: milestone.finish,
        p50: milestone.finish,
        p80: milestone.finish,
        p95: milestone.finish,
        probabilityOfTarget: null,
      },
    ]);
    // Critical in every iteration exactly when CPM says critical.
    for (const t of result.tasks) {
      const critical = cpm.tasks.find((c) => c.id === t.id)!.critical;
      expect([t.id, t.criticalityIndex]).toEqual([t.id, critical ? 1 : 0]);
    }
  });

  it('a risk with probability p and a fixed delay moves exactly the iterations whose draw falls under p', async () => {
    const iterations = 5000;
    const result = await forecast(
      {
        schedule: plan([task('a', 2)]),
        estimates: [],
        risks: [
          { id: 'r', name: 'r', probability: 0.3, taskIds: ['a'], delay: days(1), cost: 100 },
        ],
      },
      { iterations, seed: 4, percentiles: [50, 69, 71, 80], histogramBins: 2 },
    );
    let hits = 0;
    for (let block = 0; block < iterations / 1000; block++) {
      const stream = blockStream(4, block, 1);
      for (let i = 0; i < 1000; i++) if (stream.next() < 0.3) hits++;
    }
    expect(result.histogram.map((b) => b.count)).toEqual([iterations - hits, hits]);
    expect(Math.abs(hits / iterations - 0.3)).toBeLessThan(0.02);
    expect(result.finish.percentiles.map((p) => p.workingMinutes)).toEqual([
      2 * DAY,
      2 * DAY,
      3 * DAY,
      3 * DAY,
    ]);
    expect(result.cost!.mean).toBeCloseTo((100 * hits) / iterations, 10);
    expect(result.tornado).toEqual([
      { id: 'r', name: 'r', p80Without: at('2027-01-05T17:00'), effectMinutes: DAY },
    ]);
  });

  it('probability of a target date, cost P-values and joint confidence', async () => {
    const result = await forecast(
      {
        schedule: plan([task('a', 2), task('b', 2, [link('a')])]),
        estimates: [estimate('a', 1, 2, 5), estimate('b', 1, 2, 3)],
        risks: [],
        costs: [{ taskId: 'a', fixedCost: 1000, costPerHour: 10 }],
      },
      { iterations: 20_000, seed: 5, target: at('2027-01-08T17:00'), targetCost: 1400 },
    );
    // P(a + b ≤ 5 days) for a ~ tri(1,2,5), b ~ tri(1,2,3): about 0.6.
    expect(result.probabilityOfTarget).toBeGreaterThan(0.5);
    expect(result.probabilityOfTarget).toBeLessThan(0.7);
    const cost = result.cost!;
    // Cost = 1000 + 10/h × a's duration; a's mean is 8/3 days = 21⅓ h.
    expect(Math.abs(cost.mean - (1000 + 10 * (8 / 3) * 8))).toBeLessThan(2);
    for (let k = 1; k < cost.percentiles.length; k++)
      expect(cost.percentiles[k]!.cost).toBeGreaterThanOrEqual(cost.percentiles[k - 1]!.cost);
    for (const joint of result.jointConfidence) {
      expect(joint.probability).toBeLessThanOrEqual(joint.p / 100 + 1e-9);
      // Finish and cost share task a, so the joint is above independence.
      expect(joint.probability).toBeGreaterThan((joint.p / 100) ** 2);
    }
    expect(result.probabilityOfTargetAndBudget).toBeLessThanOrEqual(result.probabilityOfTarget!);
  });

  it('stops at the tolerance, at a block boundary fixed by the seed', async () => {
    const input: ForecastInput = {
      schedule: plan([task('a', 2)]),
      estimates: [estimate('a', 1, 2, 5)],
      risks: [],
    };
    const loose = await forecast(input, { iterations: 50_000, seed: 6, toleranceMinutes: 60 });
    expect(loose.convergence.converged).toBe(true);
    expect(loose.iterations).toBeLessThan(50_000);
    expect(loose.iterations % 5000).toBe(0);
    expect(loose.convergence.maxHalfWidthMinutes).toBeLessThanOrEqual(60);
    const tight = await forecast(input, { iterations: 5000, seed: 6, toleranceMinutes: 1 });
    expect(tight.convergence.converged).toBe(false);
    expect(tight.iterations).toBe(5000);
  });

  it('sensitivity ranks the widest estimate on the critical chain first', async () => {
    const result = await forecast(
      {
        schedule: plan([task('a', 2), task('b', 2, [link('a')]), task('c', 1)]),
        estimates: [estimate('a', 1, 2, 9), estimate('b', 1.5, 2, 3), estimate('c', 0.5, 1, 1.5)],
        risks: [],
      },
      { iterations: 10_000, seed: 7 },
    );
    expect(result.sensitivity.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    // ρ ≈ sd(b)/sd(a + b) = √(0.097 / 3.26) ≈ 0.17 (triangular variances in days²).
    expect(Math.abs(result.sensitivity[1]!.spearman - 0.17)).toBeLessThan(0.03);
    expect(result.sensitivity[0]!.spearman).toBeGreaterThan(0.9);
    expect(Math.abs(result.sensitivity[2]!.spearman)).toBeLessThan(0.05);
  });

  it('reports a plan the scheduler cannot schedule instead of forecasting it', async () => {
    const outcome = await forecastPlan(
      {
        schedule: plan([task('a', 1, [link('b')]), task('b', 1, [link('a')])]),
        estimates: [],
        risks: [],
      },
      { iterations: 10, seed: 1 },
    );
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.diagnostics.map((d) => d.code)).toContain('dependency_cycle');
  });

  it('progress: done work is never re-simulated; in-progress work samples only what is left, from the status date', async () => {
    const statusDate = at('2026-12-07T00:00');
    const schedule = {
      ...plan(
        [
          task('done', 2, [], {
            progress: { actualStart: at('2026-11-30T08:00'), actualFinish: at('2026-12-01T17:00') },
          }),
          task('next', 1, [link('done')]),
          // 10 days, 5 left on the status date: finishes Fri 11 Dec 17:00.
          task('half', 10, [], {
            progress: { actualStart: at('2026-11-30T08:00'), remainingMinutes: 5 * DAY },
          }),
        ],
        '2026-11-30T08:00',
      ),
      statusDate,
    };
    const cpm = schedulePlan(schedule);
    const result = await forecast(
      {
        schedule,
        // Whole-task estimates: the half-done task varies over 2.5–10 days left.
        estimates: [estimate('done', 1, 2, 30), estimate('half', 5, 10, 20)],
        risks: [{ id: 'r', name: 'r', probability: 1, taskIds: ['done'], delay: days(10) }],
      },
      { iterations: 5000, seed: 11, percentiles: [0, 50, 100] },
    );
    const row = (id: string) => result.tasks.find((t) => t.id === id)!;
    expect(row('done')).toMatchObject({ meanFinish: at('2026-12-01T17:00'), criticalityIndex: 0 });
    expect(row('next').meanFinish).toBe(cpm.tasks.find((t) => t.id === 'next')!.earlyFinish);
    expect(result.tornado).toEqual([expect.objectContaining({ id: 'r', effectMinutes: 0 })]);
    expect(result.sensitivity.map((x) => x.id)).toEqual(['half']);
    expect(result.deterministicFinish).toBe(at('2026-12-11T17:00'));
    const [min, , max] = result.finish.percentiles.map((p) => p.finish);
    // 2.5 to 10 days of work from Mon 7 Dec 08:00.
    expect(min).toBeGreaterThanOrEqual(at('2026-12-09T12:00'));
    expect(max).toBeLessThanOrEqual(at('2026-12-18T17:00'));
    expect(max).toBeGreaterThan(at('2026-12-16T17:00'));
  });
});
