import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreForecasts, type ForecastOutcome } from './forecast-accuracy.js';

const outcome = (over: Partial<ForecastOutcome>): ForecastOutcome => ({
  forecastId: 'f',
  itemId: 'm',
  itemName: 'M',
  kind: 'milestone',
  forecastOn: '2027-01-04',
  p50: '2027-02-01T17:00:00',
  p80: '2027-02-10T17:00:00',
  p95: '2027-02-20T17:00:00',
  actual: '2027-02-05',
  ...over,
});

describe('scoreForecasts', () => {
  it('P50 error in calendar days and whether the actual fell under each P-date', () => {
    const report = scoreForecasts([
      outcome({ actual: '2027-02-05' }),
      outcome({ actual: '2027-01-30' }),
      outcome({ actual: '2027-02-15' }),
      outcome({ actual: '2027-03-01' }),
    ]);
    expect(report.scored.map((s) => s.p50ErrorDays)).toEqual([4, -2, 14, 28]);
    expect(report.calibration).toEqual([
      { p: 50, observed: 0.25, count: 4 },
      { p: 80, observed: 0.5, count: 4 },
      { p: 95, observed: 0.75, count: 4 },
    ]);
    expect(report.meanAbsoluteP50ErrorDays).toBe(12);
  });

  it('a forecast made on or after the actual finish is not scored', () => {
    const report = scoreForecasts([outcome({ forecastOn: '2027-02-05', actual: '2027-02-05' })]);
    expect(report.scored).toEqual([]);
    expect(report.calibration[1]).toEqual({ p: 80, observed: null, count: 0 });
    expect(report.meanAbsoluteP50ErrorDays).toBeNull();
  });

  it('calibration is monotone: an actual under P50 is under P80 and P95', () => {
    const day = fc
      .integer({ min: 0, max: 400 })
      .map((d) => new Date(Date.UTC(2027, 0, 5 + d)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(day, fc.nat(30), fc.nat(30), fc.nat(30)), { maxLength: 30 }),
        (rows) => {
          const report = scoreForecasts(
            rows.map(([actual, a, b, c]) => {
              const base = Date.UTC(2027, 0, 5);
              const at = (d: number) => new Date(base + d * 86_400_000).toISOString().slice(0, 10);
              return outcome({
                actual,
                p50: at(a),
                p80: at(a + b),
                p95: at(a + b + c),
                forecastOn: '2027-01-01',
              });
            }),
          );
          const [p50, p80, p95] = report.calibration.map((c) => c.observed ?? 0);
          expect(p50).toBeLessThanOrEqual(p80!);
          expect(p80).toBeLessThanOrEqual(p95!);
        },
      ),
    );
  });
});
