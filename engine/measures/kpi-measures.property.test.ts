import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, formatDayNumber } from '../capacity/calendar-day.js';
import { aggregateFacts, kpiRag, quarterSlices, readPeriod, type KpiFact } from './index.js';

const day = fc
  .integer({ min: dayNumber('2024-01-01'), max: dayNumber('2028-12-31') })
  .map(formatDayNumber);
const fact = fc.record({
  date: day,
  good: fc.option(fc.boolean(), { nil: null }),
  value: fc.option(fc.double({ min: 0, max: 1000, noNaN: true }), { nil: null }),
  weight: fc.double({ min: 0, max: 1000, noNaN: true }),
});
const period = fc
  .tuple(day, day)
  .map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));

describe('KPI measures (properties)', () => {
  it('every share is in [0, 1] or null when nothing is judged', () => {
    fc.assert(
      fc.property(fc.array(fact), (facts) => {
        const { value, count } = aggregateFacts('share', facts);
        if (count === 0) expect(value).toBeNull();
        else expect(value! >= 0 && value! <= 1).toBe(true);
      }),
    );
  });

  it('adding an on-time completion never lowers the rate', () => {
    fc.assert(
      fc.property(fc.array(fact), day, (facts, date) => {
        const before = aggregateFacts('share', facts).value ?? 0;
        const after = aggregateFacts('share', [...facts, { date, good: true, value: null }]).value!;
        expect(after).toBeGreaterThanOrEqual(before - 1e-12);
      }),
    );
  });

  it('the RAG is monotone in the value, in the KPI’s direction', () => {
    const rank = { red: 0, amber: 1, green: 2, none: -1 } as const;
    fc.assert(
      fc.property(
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.constantFrom('higher_is_better' as const, 'lower_is_better' as const),
        (a, b, amber, gap, direction) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const green = direction === 'higher_is_better' ? amber + gap : amber - gap;
          const better = direction === 'higher_is_better' ? high : low;
          const worse = direction === 'higher_is_better' ? low : high;
          expect(rank[kpiRag(better, { green, amber }, direction)]).toBeGreaterThanOrEqual(
            rank[kpiRag(worse, { green, amber }, direction)],
          );
        },
      ),
    );
  });

  it('trend points partition the period: contiguous quarters covering it day by day', () => {
    fc.assert(
      fc.property(period, (p) => {
        const slices = quarterSlices(p);
        expect(slices[0]!.from).toBe(p.from);
        expect(slices.at(-1)!.to).toBe(p.to);
        for (let i = 0; i < slices.length; i++) {
          const s = slices[i]!;
          expect(s.from <= s.to).toBe(true);
          if (i > 0) expect(dayNumber(s.from)).toBe(dayNumber(slices[i - 1]!.to) + 1);
          if (i > 0) expect(s.quarter).not.toBe(slices[i - 1]!.quarter);
        }
      }),
    );
  });

  it('a count over the period is the sum of its quarters’ counts', () => {
    fc.assert(
      fc.property(fc.array(fact), period, (facts: KpiFact[], p) => {
        const r = readPeriod('count', facts, p);
        expect(r.trend.reduce((s, t) => s + t.count, 0)).toBe(r.count);
      }),
    );
  });
});
