import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fiscalQuarterOf } from '../headcount/fiscal-quarter.js';
import { okrPeriod, okrPeriodEnded, okrPeriodRange } from './okr-period.js';

describe('okrPeriod', () => {
  it('reads 2027-Q1 as the fiscal quarter FY2027-Q1', () => {
    expect(okrPeriod('2027-Q1')).toBe('FY2027-Q1');
    expect(okrPeriod('FY2027-Q4')).toBe('FY2027-Q4');
    expect(() => okrPeriod('2027-Q5')).toThrow(RangeError);
  });
  it('gives the quarter’s first and last days', () => {
    expect(okrPeriodRange('2027-Q1')).toEqual({ from: '2026-02-01', to: '2026-04-30' });
    expect(okrPeriodRange('FY2027-Q4')).toEqual({ from: '2026-11-01', to: '2027-01-31' });
  });
  it('ends after its last day, not on it', () => {
    expect(okrPeriodEnded('FY2027-Q3', '2026-10-31')).toBe(false);
    expect(okrPeriodEnded('FY2027-Q3', '2026-11-01')).toBe(true);
  });
  it('has both ends inside the quarter it names', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 4 }), (y, q) => {
        const period = `FY${y}-Q${q}`;
        const { from, to } = okrPeriodRange(period);
        expect(fiscalQuarterOf(from)).toBe(period);
        expect(fiscalQuarterOf(to)).toBe(period);
      }),
    );
  });
});
