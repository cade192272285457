import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fiscalQuarterOf } from '../../engine/headcount/fiscal-quarter.js';
import { buildHistoryPrograms } from './demo-history-plan.js';

const anyToday = fc
  .date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2060-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('the demo history plan', () => {
  it('finishes every program before today, in at least three fiscal quarters, actuals in order', () => {
    fc.assert(
      fc.property(anyToday, (today) => {
        const programs = buildHistoryPrograms(today);
        for (const p of programs) {
          expect(p.finishedOn < today).toBe(true);
          expect(p.startDate < p.targetDate).toBe(true);
          for (const m of p.milestones) {
            const last = m.tasks[m.tasks.length - 1]!;
            expect(last.actualFinish).toBe(m.achieved);
            expect(m.achieved > m.planned).toBe(m.slipDays > 0);
            for (const t of m.tasks) expect(t.actualStart <= t.actualFinish).toBe(true);
          }
          // Forecasts come before what they forecast, so they can be scored.
          for (const f of p.forecasts)
            for (const fm of f.milestones)
              expect(f.on < p.milestones[fm.index]!.achieved).toBe(true);
        }
        expect(
          new Set(programs.map((p) => fiscalQuarterOf(p.finishedOn))).size,
        ).toBeGreaterThanOrEqual(3);
      }),
      { numRuns: 200 },
    );
  });

  it('lays a worked example out on working days: 2026-12-07 (a Monday)', () => {
    const [scanners] = buildHistoryPrograms('2026-12-07');
    // Three quarters before FY2027-Q4 is FY2027-Q1 (from 2026-02-01); 35 days in is a Sunday, so the Monday.
    expect(scanners!.targetDate).toBe('2026-03-09');
    expect(scanners!.startDate).toBe('2025-12-16');
    // The last milestone slipped six working days.
    expect(scanners!.milestones[2]!.achieved).toBe('2026-03-17');
  });
});
