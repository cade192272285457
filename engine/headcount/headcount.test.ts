import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fiscalQuarterOf,
  quarterStartDate,
  quartersOfFiscalYear,
  shiftQuarter,
} from './fiscal-quarter.js';
import { headcountGaps } from './headcount-gap.js';
import { intakeDemand } from './intake-demand.js';

describe('fiscal quarters (year starting 1 February, named after the year it ends in)', () => {
  it('places months in quarters', () => {
    expect(fiscalQuarterOf('2026-02-01')).toBe('FY2027-Q1');
    expect(fiscalQuarterOf('2026-04-30')).toBe('FY2027-Q1');
    expect(fiscalQuarterOf('2026-11-23')).toBe('FY2027-Q4');
    expect(fiscalQuarterOf('2027-01-31')).toBe('FY2027-Q4');
    expect(fiscalQuarterOf('2027-02-01')).toBe('FY2028-Q1');
    expect(fiscalQuarterOf('2026-06-15', 1)).toBe('FY2026-Q2');
  });
  it('shifts quarters across fiscal years', () => {
    expect(shiftQuarter('FY2027-Q4', 1)).toBe('FY2028-Q1');
    expect(shiftQuarter('FY2027-Q1', -1)).toBe('FY2026-Q4');
    expect(shiftQuarter('FY2027-Q2', 10)).toBe('FY2029-Q4');
  });
  it('starts quarters on their first day, and every date falls in the quarter it starts', () => {
    expect(quarterStartDate('FY2027-Q4')).toBe('2026-11-01');
    expect(quartersOfFiscalYear('FY2027').map((q) => quarterStartDate(q))).toEqual([
      '2026-02-01',
      '2026-05-01',
      '2026-08-01',
      '2026-11-01',
    ]);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20000 }),
        fc.integer({ min: 1, max: 12 }),
        (day, start) => {
          const date = new Date(Date.UTC(2000, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
          const q = fiscalQuarterOf(date, start);
          const first = quarterStartDate(q, start);
          expect(first <= date).toBe(true);
          expect(fiscalQuarterOf(first, start)).toBe(q);
        },
      ),
    );
  });
});

describe('headcountGaps', () => {
  const quarters = quartersOfFiscalYear('FY2027');
  it('adds roles to supply from their quarter on, without counting filled people twice', () => {
    const gaps = headcountGaps(
      quarters,
      [
        { quarter: 'FY2027-Q1', source: 'program', fte: 10 },
        { quarter: 'FY2027-Q2', source: 'program', fte: 11 },
        { quarter: 'FY2027-Q2', source: 'intake', fte: 1.5 },
        { quarter: 'FY2027-Q3', source: 'program', fte: 12 },
      ],
      [
        { quarter: 'FY2027-Q1', status: 'filled', filledById: 'p' },
        { quarter: 'FY2027-Q2', status: 'open', filledById: null },
        { quarter: 'FY2027-Q3', status: 'planned', filledById: null },
      ],
      9,
    );
    expect(gaps.map((g) => g.gapFte)).toEqual([1, 2.5, 1, -11]);
    expect(gaps[1]).toMatchObject({ demandFte: 12.5, intakeDemandFte: 1.5, openRoles: 1 });
    expect(gaps[0]!.filledRoles).toBe(1);
  });
  it('opening a role never widens a gap', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ q: fc.constantFrom(...quarters), fte: fc.integer({ min: 1, max: 5 }) }),
        ),
        fc.constantFrom(...quarters),
        (needs, roleQuarter) => {
          const demand = needs.map((n) => ({
            quarter: n.q,
            source: 'program' as const,
            fte: n.fte,
          }));
          const before = headcountGaps(quarters, demand, [], 3);
          const after = headcountGaps(
            quarters,
            demand,
            [{ quarter: roleQuarter, status: 'open', filledById: null }],
            3,
          );
          after.forEach((g, i) => expect(g.gapFte).toBeLessThanOrEqual(before[i]!.gapFte));
        },
      ),
    );
  });
});

describe('intakeDemand', () => {
  it('spreads each accepted request over the quarters its size needs, from the quarter it was accepted', () => {
    expect(
      intakeDemand([
        { acceptedOn: '2026-12-15', size: 'l' },
        { acceptedOn: '2026-11-02', size: 's' },
      ]),
    ).toEqual([
      { quarter: 'FY2027-Q4', source: 'intake', fte: 1 },
      { quarter: 'FY2028-Q1', source: 'intake', fte: 1 },
      { quarter: 'FY2028-Q2', source: 'intake', fte: 1 },
      { quarter: 'FY2027-Q4', source: 'intake', fte: 0.5 },
    ]);
  });
});
