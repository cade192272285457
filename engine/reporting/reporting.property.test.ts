import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { standardCalendar } from '../calendar/calendar-definition.js';
import { compileCalendars } from '../calendar/compile-calendar.js';
import { draftSummary } from './draft-summary.js';
import { programHealth, SLIP_TOLERANCE, type Health } from './program-health.js';
import { addDays, workingDaysBetween } from './report-dates.js';
import { diffReports } from './report-diff.js';
import { draftReportFacts, type ReportInput } from './report-facts.js';

const calendar = compileCalendars([standardCalendar('standard')]).calendars.get('standard')!;
const RANK: Record<Health, number> = { green: 0, amber: 1, red: 2 };

const day = fc.integer({ min: 0, max: 400 }).map((n) => addDays('2027-01-01', n));
const milestone = fc.record({
  id: fc.uuid(),
  name: fc.string({ minLength: 1, maxLength: 12 }),
  date: day,
  dueDate: fc.option(day, { nil: null }),
  complete: fc.boolean(),
  completedOn: fc.option(day, { nil: null }),
});
const input = fc
  .record({
    periodStart: day,
    length: fc.integer({ min: 0, max: 60 }),
    milestones: fc.uniqueArray(milestone, { selector: (m) => m.id, maxLength: 12 }),
    targetDate: fc.option(day, { nil: null }),
    cpmFinish: fc.option(day, { nil: null }),
    critical: fc.integer({ min: 0, max: 3 }),
  })
  .map((r): ReportInput => ({
    periodStart: r.periodStart,
    periodEnd: addDays(r.periodStart, r.length),
    today: addDays(r.periodStart, r.length),
    targetDate: r.targetDate,
    cpmFinish: r.cpmFinish,
    baseline: null,
    forecast: null,
    items: r.milestones.map((m) => ({
      id: m.id,
      name: m.name,
      kind: 'milestone',
      critical: false,
    })),
    milestones: r.milestones,
    risks: [],
    issues: Array.from({ length: r.critical }, (_, i) => ({
      id: `issue-${i}`,
      title: `Issue ${i}`,
      severity: 'critical',
      status: 'open',
      createdOn: r.periodStart,
      resolvedOn: null,
    })),
    decisions: [],
    changeRequests: [],
    previous: null,
  }));

describe('working days between two days', () => {
  it('is antisymmetric and additive', () => {
    fc.assert(
      fc.property(day, day, day, (a, b, c) => {
        expect(workingDaysBetween(calendar, a, b) + workingDaysBetween(calendar, b, a)).toBe(0);
        expect(workingDaysBetween(calendar, a, b) + workingDaysBetween(calendar, b, c)).toBe(
          workingDaysBetween(calendar, a, c),
        );
      }),
    );
  });
  it('counts five a week on the standard calendar', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 20 }), (a, weeks) => {
        expect(workingDaysBetween(calendar, a, addDays(a, weeks * 7))).toBe(weeks * 5);
      }),
    );
  });
});

describe('program health', () => {
  it('is the worst level among its reasons, and a later finish is never healthier', () => {
    fc.assert(
      fc.property(day, day, fc.integer({ min: 0, max: 30 }), (finish, target, later) => {
        const at = (f: string) =>
          programHealth(
            {
              today: '2027-01-01',
              p80Finish: f,
              cpmFinish: null,
              targetDate: target,
              baselineFinish: null,
              openMilestones: [],
              openCriticalIssues: [],
            },
            calendar,
          );
        const early = at(finish);
        const late = at(addDays(finish, later));
        expect(RANK[late.health]).toBeGreaterThanOrEqual(RANK[early.health]);
        const worst = Math.max(...early.reasons.map((r) => (r.level ? RANK[r.level] : 0)));
        expect(RANK[early.health]).toBe(worst);
      }),
    );
  });
  it('is red beyond the red tolerance and green within the amber one', () => {
    const health = (slip: number) =>
      programHealth(
        {
          today: '2027-01-01',
          p80Finish: addDays('2027-03-01', Math.ceil((slip * 7) / 5) + 2),
          cpmFinish: null,
          targetDate: '2027-03-01',
          baselineFinish: null,
          openMilestones: [],
          openCriticalIssues: [],
        },
        calendar,
      ).health;
    expect(health(SLIP_TOLERANCE.redAfter + 2)).toBe('red');
    expect(
      programHealth(
        {
          today: '2027-01-01',
          p80Finish: '2027-03-01',
          cpmFinish: null,
          targetDate: '2027-03-01',
          baselineFinish: null,
          openMilestones: [],
          openCriticalIssues: [],
        },
        calendar,
      ).health,
    ).toBe('green');
  });
});

describe('report facts', () => {
  it('buckets milestones by their rules', () => {
    fc.assert(
      fc.property(input, (i) => {
        const facts = draftReportFacts(i, calendar);
        const byId = new Map(i.milestones.map((m) => [m.id, m]));
        for (const m of facts.milestones.completed) expect(byId.get(m.id)!.complete).toBe(true);
        for (const m of facts.milestones.upcoming) expect(byId.get(m.id)!.complete).toBe(false);
        // No previous report and no baseline: nothing can have slipped.
        expect(facts.milestones.slipped).toEqual([]);
        const dates = facts.milestones.upcoming.map((m) => m.date);
        expect(dates).toEqual([...dates].sort());
        expect(facts.counts.openCriticalIssues).toBe(i.issues.length);
        if (i.issues.length > 0) expect(facts.health).not.toBe('green');
      }),
    );
  });

  it('lists a milestone that moved later since the last report as slipped, by its working days', () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 1, max: 40 }), (i, days) => {
        const first = draftReportFacts(i, calendar);
        const later: ReportInput = {
          ...i,
          milestones: i.milestones.map((m) => ({ ...m, date: addDays(m.date, days) })),
          previous: first.snapshot,
        };
        const second = draftReportFacts(later, calendar);
        for (const m of i.milestones) {
          const slip = workingDaysBetween(calendar, m.date, addDays(m.date, days));
          const listed = second.milestones.slipped.find((s) => s.id === m.id);
          if (slip > 0)
            expect(listed).toMatchObject({ previousDate: m.date, slipWorkingDays: slip });
          else expect(listed).toBeUndefined();
        }
      }),
    );
  });

  it('is deterministic, its diff with itself is empty, and its summary names its health', () => {
    fc.assert(
      fc.property(input, (i) => {
        const facts = draftReportFacts(i, calendar);
        expect(draftReportFacts(i, calendar)).toEqual(facts);
        const same = diffReports(facts, facts);
        expect(same).toEqual({
          health: null,
          milestoneBuckets: [],
          milestoneDates: [],
          forecast: { p50: null, p80: null },
          counts: [],
        });
        expect(draftSummary(facts)).toContain(`Health is ${facts.health}`);
      }),
    );
  });
});
