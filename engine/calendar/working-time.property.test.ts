import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  standardCalendar,
  type CalendarDefinition,
  type CalendarException,
  type Weekday,
  type WorkingInterval,
} from './calendar-definition.js';
import { compileCalendar, compileCalendars } from './compile-calendar.js';
import { NoWorkingTimeError, type CompiledWorkingTime } from './compiled-working-time.js';
import { parseLocalDateTime } from './local-time.js';

const T0 = parseLocalDateTime('2027-01-01T00:00')!;
const DAY0 = T0 / 1440;

const interval: fc.Arbitrary<WorkingInterval> = fc
  .tuple(fc.integer({ min: 0, max: 1440 }), fc.integer({ min: 0, max: 1440 }))
  .map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) }));
const dayIntervals = fc.array(interval, { maxLength: 3 });

const isoDay = (d: number): string => new Date(d * 86_400_000).toISOString().slice(0, 10);

const exception: fc.Arbitrary<CalendarException> = fc
  .record({
    start: fc.integer({ min: -30, max: 120 }),
    length: fc.integer({ min: 0, max: 20 }),
    intervals: dayIntervals,
    every: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
  })
  .map(({ start, length, intervals, every }) => ({
    from: isoDay(DAY0 + start),
    to: isoDay(DAY0 + start + length),
    intervals,
    ...(every ? { recurrence: { kind: 'daily' as const, every } } : {}),
  }));

/** Random weekly periods (often none on some days) and random exceptions. */
const randomCalendar: fc.Arbitrary<CalendarDefinition> = fc
  .record({
    week: fc.array(dayIntervals, { minLength: 7, maxLength: 7 }),
    exceptions: fc.array(exception, { maxLength: 6 }),
  })
  .map(({ week, exceptions }) => ({
    id: 'random',
    name: 'Random',
    week: Object.fromEntries(week.map((w, d) => [d, w])) as Record<Weekday, WorkingInterval[]>,
    exceptions,
  }));

/** Random calendars that do have weekly working time (so searches always succeed). */
const workingCalendar = fc
  .tuple(
    randomCalendar,
    fc.nat(6),
    interval.filter((i) => i.to > i.from),
  )
  .map(([cal, wd, iv]) => ({
    ...cal,
    week: { ...cal.week, [wd]: [...(cal.week[wd as Weekday] ?? []), iv] },
  }));

/** Instants within two years, sometimes fractional. */
const instant = fc.oneof(
  fc.integer({ min: 0, max: 730 * 1440 }).map((m) => T0 + m),
  fc.integer({ min: 0, max: 730 * 1440 * 4 }).map((q) => T0 + q / 4),
);
const minutes = fc.oneof(
  fc.integer({ min: 1, max: 20 * 1440 }),
  fc.integer({ min: 1, max: 20 * 480 * 4 }).map((q) => q / 4),
);

/** Calendars with a zone are read on a Paris project clock (shifted day by day). */
const compiled = (def: CalendarDefinition): CompiledWorkingTime =>
  def.timeZone
    ? (compileCalendars([def], { projectTimeZone: 'Europe/Paris' }).calendars.get(
        def.id,
      ) as CompiledWorkingTime)
    : compileCalendar(def);
const zoned = fc
  .tuple(
    fc.oneof(fc.constant(standardCalendar()), workingCalendar),
    fc.constantFrom('America/New_York', 'Asia/Kolkata', 'Pacific/Chatham', 'Australia/Sydney'),
  )
  .map(([def, timeZone]) => ({ ...def, timeZone }));
const calendars = fc.oneof(
  { weight: 1, arbitrary: fc.constant(standardCalendar()) },
  { weight: 4, arbitrary: workingCalendar },
  { weight: 1, arbitrary: zoned },
);

/** Minute-by-minute reference (integer instants only). */
function referenceAdd(cal: CompiledWorkingTime, t: number, m: number): number {
  const working = (x: number): boolean => {
    const day = Math.floor(x / 1440);
    const minute = x - day * 1440;
    return cal.dayIntervals(day).some((i) => i.from <= minute && minute < i.to);
  };
  let x = t;
  let left = m;
  for (;;) {
    if (working(x)) {
      left--;
      if (left === 0) return x + 1;
    }
    x++;
  }
}

describe('working-time properties', () => {
  it('subtractWorking(addWorking(t, m), m) = nextWorkStart(t) for m > 0', () => {
    fc.assert(
      fc.property(calendars, instant, minutes, (def, t, m) => {
        const cal = compiled(def);
        expect(cal.subtractWorking(cal.addWorking(t, m), m)).toBe(cal.nextWorkStart(t));
      }),
    );
  });

  it('workingBetween(t, addWorking(t, m)) = m, and between is additive', () => {
    fc.assert(
      fc.property(calendars, instant, minutes, instant, (def, t, m, u) => {
        const cal = compiled(def);
        const end = cal.addWorking(t, m);
        expect(cal.workingBetween(t, end)).toBeCloseTo(m, 9);
        expect(cal.workingBetween(t, u) + cal.workingBetween(u, end)).toBeCloseTo(m, 9);
      }),
    );
  });

  it('addWorking is strictly increasing in m', () => {
    fc.assert(
      fc.property(calendars, instant, minutes, minutes, (def, t, a, b) => {
        fc.pre(a !== b);
        const cal = compiled(def);
        const [lo, hi] = a < b ? [a, b] : [b, a];
        expect(cal.addWorking(t, lo)).toBeLessThan(cal.addWorking(t, hi));
      }),
    );
  });

  it('a finish (m > 0) ends a working minute: a period start only where periods touch', () => {
    fc.assert(
      fc.property(calendars, instant, minutes, (def, t, m) => {
        const cal = compiled(def);
        const end = cal.addWorking(t, m);
        // The minute before the finish was worked…
        expect(cal.previousWorkEnd(end)).toBe(end);
        // …so if the finish is also working time, the calendar runs on through it.
        if (Number.isInteger(end) && cal.isWorking(end)) expect(cal.isWorking(end - 1)).toBe(true);
        // The mirror: a start from subtractWorking is a working minute.
        expect(cal.isWorking(cal.subtractWorking(t, m))).toBe(true);
      }),
    );
  });

  it('nextWorkStart is idempotent and working; previousWorkEnd is idempotent', () => {
    fc.assert(
      fc.property(calendars, instant, (def, t) => {
        const cal = compiled(def);
        const s = cal.nextWorkStart(t);
        expect(s).toBeGreaterThanOrEqual(t);
        expect(cal.nextWorkStart(s)).toBe(s);
        expect(cal.isWorking(s)).toBe(true);
        expect(cal.workingBetween(t, s)).toBe(0);
        const e = cal.previousWorkEnd(t);
        expect(e).toBeLessThanOrEqual(t);
        expect(cal.previousWorkEnd(e)).toBe(e);
        expect(cal.workingBetween(e, t)).toBe(0);
      }),
    );
  });

  it('matches a minute-by-minute reference on integer instants', () => {
    fc.assert(
      fc.property(
        calendars,
        fc.integer({ min: 0, max: 400 * 1440 }),
        fc.integer({ min: 1, max: 3 * 1440 }),
        (def, offset, m) => {
          const cal = compiled(def);
          const t = T0 + offset;
          expect(cal.addWorking(t, m)).toBe(referenceAdd(cal, t, m));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('random calendars (maybe without any working time) never hang: answer or NoWorkingTimeError', () => {
    fc.assert(
      fc.property(
        randomCalendar,
        instant,
        fc.oneof(minutes, fc.constant(1e7)),
        fc.boolean(),
        (def, t, m, viaBase) => {
          const { calendars: map } = compileCalendars(
            viaBase
              ? [{ ...def, id: 'child', week: {}, exceptions: [], baseCalendarId: 'random' }, def]
              : [def],
          );
          const cal = map.get(viaBase ? 'child' : 'random')!;
          for (const op of [
            () => cal.addWorking(t, m),
            () => cal.subtractWorking(t, m),
            () => cal.nextWorkStart(t),
            () => cal.previousWorkEnd(t),
          ]) {
            try {
              expect(Number.isFinite(op())).toBe(true);
            } catch (error) {
              expect(error).toBeInstanceOf(NoWorkingTimeError);
            }
          }
          expect(Number.isFinite(cal.workingBetween(t, t + m))).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  }, 30_000);
});
