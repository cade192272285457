import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  CalendarDefinition,
  CalendarException,
  Recurrence,
  Weekday,
  WorkingInterval,
} from '../../engine/calendar/calendar-definition.js';
import { parseLocalDateTime } from '../../engine/calendar/local-time.js';
import { exceptionDays } from '../../engine/calendar/recurrence.js';
import { readPlanFile } from './read-plan-file.js';
import { writePlanFile } from './write-plan-file.js';

/**
 * Any calendar the engine can hold, written into a plan file and read back, is the same
 * definition: weeks (all seven days without a base, some with one), exceptions of one day or
 * a range with their own hours or none, every kind of repeat with or without a count, bases,
 * zones and names. An exception whose repeat picks no day at all says nothing and is not
 * written, so it is left out of what is expected.
 */

const DAY0 = parseLocalDateTime('2027-01-01')! / 1440;
const isoDay = (d: number): string => new Date(d * 86_400_000).toISOString().slice(0, 10);

/** Sorted, disjoint working periods: consecutive pairs of distinct minutes of the day. */
const hours: fc.Arbitrary<WorkingInterval[]> = fc
  .uniqueArray(fc.integer({ min: 0, max: 1440 }), { maxLength: 6 })
  .map((points) => {
    const sorted = [...points].sort((a, b) => a - b);
    const out: WorkingInterval[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2)
      out.push({ from: sorted[i]!, to: sorted[i + 1]! });
    return out;
  });

const weekday = fc.integer({ min: 0, max: 6 }) as fc.Arbitrary<Weekday>;
const position = fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, 'last' as const);
const every = fc.integer({ min: 1, max: 5 });

const recurrence: fc.Arbitrary<Recurrence> = fc.oneof(
  fc.record({ kind: fc.constant('daily' as const), every }),
  fc.record({
    kind: fc.constant('weekly' as const),
    every,
    weekdays: fc.uniqueArray(weekday, { minLength: 1, maxLength: 7 }),
  }),
  fc.record({
    kind: fc.constant('monthly-day' as const),
    every,
    day: fc.integer({ min: 1, max: 31 }),
  }),
  fc.record({ kind: fc.constant('monthly-weekday' as const), every, position, weekday }),
  fc.record({
    kind: fc.constant('yearly-date' as const),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  }),
  fc.record({
    kind: fc.constant('yearly-weekday' as const),
    month: fc.integer({ min: 1, max: 12 }),
    position,
    weekday,
  }),
);

const exception: fc.Arbitrary<CalendarException> = fc
  .record({
    name: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
    start: fc.integer({ min: -400, max: 800 }),
    length: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 900 })),
    intervals: hours,
    recurrence: fc.option(recurrence, { nil: undefined }),
    occurrences: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
  })
  .map(({ name, start, length, intervals, recurrence, occurrences }) => ({
    ...(name === undefined ? {} : { name }),
    from: isoDay(DAY0 + start),
    to: isoDay(DAY0 + start + length),
    intervals,
    ...(recurrence ? { recurrence, ...(occurrences === undefined ? {} : { occurrences }) } : {}),
  }));

const ZONES = ['Europe/Paris', 'America/New_York', 'UTC', 'Asia/Kolkata'];

/** Calendars c0, c1, …; each may derive from an earlier one (bases never loop). */
const calendars: fc.Arbitrary<CalendarDefinition[]> = fc
  .array(
    fc.record({
      name: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
      base: fc.option(fc.nat(), { nil: undefined }),
      timeZone: fc.option(fc.constantFrom(...ZONES), { nil: undefined }),
      week: fc.tuple(hours, hours, hours, hours, hours, hours, hours),
      stated: fc.uniqueArray(weekday, { maxLength: 7 }),
      exceptions: fc.array(exception, { maxLength: 4 }),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((specs) =>
    specs.map((s, i) => {
      const base = s.base === undefined || i === 0 ? undefined : `c${s.base % i}`;
      // Without a base every weekday is stated (a weekday stated nowhere is not working).
      const days = base === undefined ? ([0, 1, 2, 3, 4, 5, 6] as Weekday[]) : s.stated;
      return {
        id: `c${i}`,
        name: s.name ?? `c${i}`,
        ...(base === undefined ? {} : { baseCalendarId: base }),
        ...(s.timeZone === undefined ? {} : { timeZone: s.timeZone }),
        week: Object.fromEntries(days.map((d) => [d, s.week[d]])),
        exceptions: s.exceptions,
      };
    }),
  );

const picksADay = (e: CalendarException) => !e.recurrence || exceptionDays(e).length > 0;

describe('plan file calendars: write then read', () => {
  it('gives back every calendar as it was', () => {
    fc.assert(
      fc.property(calendars, fc.constantFrom('standard', 'c0'), (defs, project) => {
        const text = writePlanFile({
          start: parseLocalDateTime('2027-01-04T08:00')!,
          projectCalendarId: project,
          calendars: defs,
          tasks: [
            {
              id: 'a',
              name: 'a',
              duration: { kind: 'working', minutes: 480 },
              calendarId: defs[defs.length - 1]!.id,
              predecessors: [],
            },
          ],
        });
        const read = readPlanFile(text);
        if (!read.ok) throw new Error(`${JSON.stringify(read.errors)}\n${text}`);
        const back = new Map(read.plan.input.calendars.map((c) => [c.id, c]));
        for (const def of defs)
          expect(back.get(def.id)).toEqual({
            ...def,
            exceptions: def.exceptions.filter(picksADay),
          });
        expect(read.plan.input.projectCalendarId).toBe(project);
        expect(read.plan.input.tasks[0]!.calendarId).toBe(defs[defs.length - 1]!.id);
      }),
      { numRuns: 200 },
    );
  });
});
