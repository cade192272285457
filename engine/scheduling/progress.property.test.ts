import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCalendars } from '../calendar/compile-calendar.js';
import type { LinkType, ScheduleInput, ScheduleTask } from './schedule-input.js';
import { schedulePlan } from './schedule-plan.js';
import { at, standardWithHolidays } from './testing/plan-builders.js';

// Random acyclic plans (links from lower to higher index) on the standard
// calendar with holidays, scheduled once as a plan; then a status date is
// chosen and every task is reported exactly as planned: done before it, in
// progress across it, unstarted after it.
const HOLIDAYS = ['2027-01-06', '2027-01-15', '2027-01-18', '2027-02-01'];
const calendars = compileCalendars([standardWithHolidays(HOLIDAYS)]).calendars;
const standard = calendars.get('standard')!;
const START = at('2027-01-04T08:00');

const planSpec = fc.integer({ min: 1, max: 20 }).chain((n) =>
  fc.record({
    durations: fc.array(
      fc.integer({ min: 0, max: 40 }).map((h) => h * 60),
      {
        minLength: n,
        maxLength: n,
      },
    ),
    links: fc.array(
      fc.record({
        a: fc.nat(n - 1),
        b: fc.nat(n - 1),
        type: fc.constantFrom<LinkType>('FS', 'SS', 'FF', 'SF'),
        lagHours: fc.integer({ min: 0, max: 16 }),
      }),
      { maxLength: 2 * n },
    ),
    statusOffsetHours: fc.integer({ min: 0, max: 24 * 40 }),
  }),
);

function buildInput(spec: {
  durations: number[];
  links: { a: number; b: number; type: LinkType; lagHours: number }[];
}): ScheduleInput {
  const tasks: ScheduleTask[] = spec.durations.map((minutes, i) => ({
    id: `t${i}`,
    name: `Task ${i}`,
    duration: { kind: 'working', minutes },
    predecessors: [],
  }));
  for (const { a, b, type, lagHours } of spec.links) {
    if (a === b) continue;
    tasks[Math.max(a, b)]!.predecessors.push({
      predecessorId: `t${Math.min(a, b)}`,
      type,
      lag: { kind: 'working', minutes: lagHours * 60 },
    });
  }
  return {
    start: START,
    projectCalendarId: 'standard',
    calendars: [standardWithHolidays(HOLIDAYS)],
    tasks,
  };
}

describe('progress properties', () => {
  it('work reported exactly as planned leaves every date where it was; done work has no float and is never critical', () => {
    fc.assert(
      fc.property(planSpec, (spec) => {
        const input = buildInput(spec);
        const planned = schedulePlan(input, { calendars });
        const statusDate = START + spec.statusOffsetHours * 60;
        const rows = new Map(planned.tasks.map((t) => [t.id, t]));
        const tasks = input.tasks.map((task): ScheduleTask => {
          const row = rows.get(task.id)!;
          if (row.earlyFinish <= statusDate && row.earlyStart < statusDate)
            return {
              ...task,
              progress: { actualStart: row.earlyStart, actualFinish: row.earlyFinish },
            };
          if (row.earlyStart < statusDate)
            return {
              ...task,
              progress: {
                actualStart: row.earlyStart,
                remainingMinutes: standard.workingBetween(statusDate, row.earlyFinish),
              },
            };
          return task;
        });
        const reported = schedulePlan({ ...input, tasks, statusDate }, { calendars });
        expect(reported.diagnostics).toEqual([]);
        for (const row of reported.tasks) {
          const before = rows.get(row.id)!;
          expect([row.earlyStart, row.earlyFinish]).toEqual([
            before.earlyStart,
            before.earlyFinish,
          ]);
          const done = tasks.find((t) => t.id === row.id)!.progress?.actualFinish !== undefined;
          if (done) {
            expect(row.critical).toBe(false);
            expect([row.totalSlackMinutes, row.freeSlackMinutes]).toEqual([0, 0]);
            expect([row.lateStart, row.lateFinish]).toEqual([row.earlyStart, row.earlyFinish]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('no unstarted work starts before the status date, whatever the plan', () => {
    fc.assert(
      fc.property(planSpec, (spec) => {
        const input = buildInput(spec);
        const statusDate = START + spec.statusOffsetHours * 60;
        const result = schedulePlan({ ...input, statusDate }, { calendars });
        const floor = standard.nextWorkStart(statusDate);
        for (const row of result.tasks) {
          const duration = input.tasks.find((t) => t.id === row.id)!.duration.minutes;
          // A milestone may sit at the end of the working period just before.
          if (duration > 0) expect(row.earlyStart).toBeGreaterThanOrEqual(floor);
          else expect(row.earlyStart).toBeGreaterThanOrEqual(standard.previousWorkEnd(statusDate));
        }
      }),
      { numRuns: 300 },
    );
  });
});
