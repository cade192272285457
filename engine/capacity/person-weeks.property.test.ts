import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDayNumber } from './calendar-day.js';
import type {
  AllocationLoad,
  AssignmentLoad,
  CapacityOptions,
  PersonCalendar,
} from './capacity-types.js';
import { overAllocationsCausedBy } from './over-allocation.js';
import {
  computePersonDays,
  computePersonLoadBetween,
  computePersonWeeks,
  programLoad,
} from './person-weeks.js';
import { reservedUnits } from './reserved-units.js';

// Random people, allocations and tasks around a window of six weeks from
// Monday 2026-11-23 (day 20780); dates range a little beyond it on both sides.
const FIRST_DAY = 20780;
const ZONES = [
  'America/Los_Angeles',
  'America/New_York',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Asia/Tokyo',
  'Pacific/Auckland',
];
const EPS = 1e-6;

const date = fc.integer({ min: -10, max: 52 }).map((d) => formatDayNumber(FIRST_DAY + d));
const range = fc
  .tuple(date, date)
  .map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));

const personArb: fc.Arbitrary<PersonCalendar> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    start: fc.integer({ min: 0, max: 20 }).map((h) => h * 60),
    length: fc.integer({ min: 1, max: 10 }).map((h) => h * 60),
    workingDays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    capacityShare: fc.constantFrom(0.25, 0.5, 0.8, 1, 1.2),
    timeOff: fc.array(range, { maxLength: 3 }),
  })
  .map((p) => ({
    timeZone: p.timeZone,
    workingHoursStartMinutes: p.start,
    workingHoursEndMinutes: Math.min(1440, p.start + p.length),
    workingDays: p.workingDays,
    capacityShare: p.capacityShare,
    timeOff: p.timeOff,
  }));

const allocationArb: fc.Arbitrary<AllocationLoad> = fc
  .record({
    program: fc.constantFrom('a', 'b', 'c', null),
    range,
    openEnded: fc.boolean(),
    percent: fc.option(fc.integer({ min: 1, max: 150 }), { nil: null }),
    hours: fc.integer({ min: 1, max: 60 }),
  })
  .map((a) => ({
    id: `alloc-${a.program}-${a.range.from}`,
    programId: a.program,
    from: a.range.from,
    to: a.openEnded ? null : a.range.to,
    percent: a.percent,
    hoursPerWeek: a.percent === null ? a.hours : null,
  }));

const assignmentArb: fc.Arbitrary<AssignmentLoad> = fc
  .record({
    program: fc.constantFrom('a', 'b', 'c'),
    range,
    units: fc.constantFrom(0.25, 0.5, 1, 1.5),
    workMinutes: fc.option(fc.integer({ min: 0, max: 6000 }), { nil: undefined }),
  })
  .map((a) => ({
    taskId: 't',
    programId: a.program,
    start: a.range.from,
    finish: a.range.to,
    units: a.units,
    ...(a.workMinutes === undefined ? {} : { workMinutes: a.workMinutes }),
  }));

const optionsArb: fc.Arbitrary<CapacityOptions> = fc.record({
  firstWeek: fc.constant(formatDayNumber(FIRST_DAY)),
  weekCount: fc.integer({ min: 1, max: 6 }),
  holidays: fc.uniqueArray(date, { maxLength: 4 }),
  referenceTimeZone: fc.constantFrom(...ZONES),
});

const loads = (weeks: ReturnType<typeof computePersonWeeks>) => weeks.map((w) => w.loadMinutes);

describe('computePersonWeeks properties', () => {
  it('capacity is exactly what holidays and time off leave of the working hours, times the share', () => {
    fc.assert(
      fc.property(personArb, optionsArb, (person, options) => {
        for (const w of computePersonWeeks(person, [], [], options)) {
          expect(w.holidayMinutes + w.timeOffMinutes).toBeLessThanOrEqual(w.nominalMinutes + EPS);
          expect(w.capacityMinutes).toBeCloseTo(
            (w.nominalMinutes - w.holidayMinutes - w.timeOffMinutes) * person.capacityShare,
            6,
          );
        }
      }),
    );
  });

  it('load is additive over allocations, and per program the larger of allocation and tasks', () => {
    fc.assert(
      fc.property(
        personArb,
        fc.array(allocationArb, { maxLength: 4 }),
        fc.array(assignmentArb, { maxLength: 3 }),
        optionsArb,
        (person, allocations, assignments, options) => {
          const onlyAllocations = loads(computePersonWeeks(person, allocations, [], options));
          const parts = allocations.map((a) => loads(computePersonWeeks(person, [a], [], options)));
          onlyAllocations.forEach((load, i) =>
            expect(load).toBeCloseTo(
              parts.reduce((s, p) => s + p[i]!, 0),
              6,
            ),
          );
          const both = computePersonWeeks(person, allocations, assignments, options);
          const onlyTasks = loads(computePersonWeeks(person, [], assignments, options));
          both.forEach((w, i) => {
            expect(w.loadMinutes).toBeGreaterThanOrEqual(
              Math.max(onlyAllocations[i]!, onlyTasks[i]!) - EPS,
            );
            expect(w.loadMinutes).toBeLessThanOrEqual(onlyAllocations[i]! + onlyTasks[i]! + EPS);
            const perProgram = w.contributions.reduce(
              (s, c) => s + Math.max(c.allocationMinutes, c.assignmentMinutes),
              0,
            );
            expect(w.loadMinutes).toBeCloseTo(perProgram, 6);
          });
        },
      ),
    );
  });

  it('splitting an allocation at any day leaves every week unchanged', () => {
    fc.assert(
      fc.property(
        personArb,
        allocationArb,
        fc.integer({ min: 0, max: 60 }),
        optionsArb,
        (person, a, cut, options) => {
          const from = Date.parse(a.from) / 86_400_000;
          const to = a.to === null ? from + 60 : Date.parse(a.to) / 86_400_000;
          fc.pre(to > from);
          const split = from + (cut % (to - from));
          const whole = loads(
            computePersonWeeks(person, [{ ...a, to: formatDayNumber(to) }], [], options),
          );
          const pieces = loads(
            computePersonWeeks(
              person,
              [
                { ...a, id: 'x', to: formatDayNumber(split) },
                { ...a, id: 'y', from: formatDayNumber(split + 1), to: formatDayNumber(to) },
              ],
              [],
              options,
            ),
          );
          whole.forEach((l, i) => expect(pieces[i]).toBeCloseTo(l, 6));
        },
      ),
    );
  });

  it('time off lowers capacity and never load; a 100% allocation is over-booked exactly when time off falls on a working day', () => {
    fc.assert(
      fc.property(personArb, range, optionsArb, (person, off, options) => {
        const full: AllocationLoad = {
          id: 'f',
          programId: 'a',
          from: '2026-01-01',
          to: null,
          percent: 100,
          hoursPerWeek: null,
        };
        const without = computePersonWeeks({ ...person, timeOff: [] }, [full], [], options);
        const withOff = computePersonWeeks({ ...person, timeOff: [off] }, [full], [], options);
        withOff.forEach((w, i) => {
          expect(w.loadMinutes).toBeCloseTo(without[i]!.loadMinutes, 6);
          expect(w.capacityMinutes).toBeLessThanOrEqual(without[i]!.capacityMinutes + EPS);
          expect(w.status === 'over').toBe(w.timeOffMinutes > EPS);
        });
      }),
    );
  });

  it('a week the person works wholly in one zone has the standard week minus holidays and time off', () => {
    fc.assert(
      fc.property(personArb, optionsArb, (person, options) => {
        const standard =
          (person.workingHoursEndMinutes - person.workingHoursStartMinutes) *
          person.workingDays.length;
        const weeks = computePersonWeeks(person, [], [], {
          ...options,
          holidays: [],
          referenceTimeZone: person.timeZone,
        });
        for (const w of weeks) expect(w.nominalMinutes).toBeCloseTo(standard, 6);
      }),
    );
  });

  it('adding an allocation only ever reports weeks that are over and got more load', () => {
    fc.assert(
      fc.property(
        personArb,
        fc.array(allocationArb, { maxLength: 3 }),
        allocationArb,
        optionsArb,
        (person, existing, extra, options) => {
          const before = computePersonWeeks(person, existing, [], options);
          const after = computePersonWeeks(person, [...existing, extra], [], options);
          const caused = overAllocationsCausedBy(before, after);
          for (const o of caused) {
            const b = before.find((w) => w.weekStart === o.weekStart)!;
            expect(o.loadMinutes).toBeGreaterThan(b.loadMinutes);
          }
          // Every week over after the change that was not over before is reported.
          after.forEach((w, i) => {
            if (w.status === 'over' && before[i]!.status !== 'over')
              expect(caused.map((c) => c.weekStart)).toContain(w.weekStart);
          });
        },
      ),
    );
  });
});

describe('one load computation: weeks, ranges, days and reservations agree', () => {
  const inputs = fc.tuple(
    personArb,
    fc.array(allocationArb, { maxLength: 4 }),
    fc.array(assignmentArb, { maxLength: 4 }),
    optionsArb,
  );

  it('load and capacity are never negative; capacity never exceeds the working hours × share', () => {
    fc.assert(
      fc.property(inputs, ([person, allocations, assignments, options]) => {
        for (const w of computePersonWeeks(person, allocations, assignments, options)) {
          expect(w.loadMinutes).toBeGreaterThanOrEqual(0);
          expect(w.capacityMinutes).toBeGreaterThanOrEqual(0);
          expect(w.capacityMinutes).toBeLessThanOrEqual(
            w.nominalMinutes * person.capacityShare + EPS,
          );
        }
        const days = computePersonDays(person, allocations, assignments, {
          range: { from: formatDayNumber(FIRST_DAY), to: formatDayNumber(FIRST_DAY + 41) },
          holidays: options.holidays,
        });
        for (const d of days) {
          expect(d.capacityMinutes).toBeGreaterThanOrEqual(0);
          expect(d.capacityMinutes).toBeLessThanOrEqual(
            d.workingMinutes * person.capacityShare + EPS,
          );
          for (const c of d.contributions) expect(programLoad(c)).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('more time off only ever lowers capacity, day by day and week by week', () => {
    fc.assert(
      fc.property(inputs, range, ([person, allocations, assignments, options], extra) => {
        const more = { ...person, timeOff: [...person.timeOff, extra] };
        const before = computePersonWeeks(person, allocations, assignments, options);
        const after = computePersonWeeks(more, allocations, assignments, options);
        after.forEach((w, i) => {
          expect(w.capacityMinutes).toBeLessThanOrEqual(before[i]!.capacityMinutes + EPS);
          expect(w.loadMinutes).toBeCloseTo(before[i]!.loadMinutes, 6);
        });
        const span = { from: formatDayNumber(FIRST_DAY), to: formatDayNumber(FIRST_DAY + 41) };
        const daysBefore = computePersonDays(person, [], [], { range: span, holidays: [] });
        const daysAfter = computePersonDays(more, [], [], { range: span, holidays: [] });
        daysAfter.forEach((d, i) =>
          expect(d.capacityMinutes).toBeLessThanOrEqual(daysBefore[i]!.capacityMinutes + EPS),
        );
      }),
    );
  });

  it('in the person’s own zone, the days add up to the weeks (capacity and per-program minutes)', () => {
    fc.assert(
      fc.property(inputs, ([person, allocations, assignments, options]) => {
        const own = { ...options, referenceTimeZone: person.timeZone };
        const weeks = computePersonWeeks(person, allocations, assignments, own);
        const days = computePersonDays(person, allocations, assignments, {
          range: {
            from: formatDayNumber(FIRST_DAY),
            to: formatDayNumber(FIRST_DAY + own.weekCount * 7 - 1),
          },
          holidays: own.holidays,
        });
        weeks.forEach((w, i) => {
          const inWeek = days.filter(
            (d) => d.date >= w.weekStart && d.date < formatDayNumber(FIRST_DAY + (i + 1) * 7),
          );
          expect(inWeek.reduce((s, d) => s + d.capacityMinutes, 0)).toBeCloseTo(
            w.capacityMinutes,
            6,
          );
          for (const c of w.contributions) {
            const mine = inWeek.flatMap((d) =>
              d.contributions.filter((x) => x.programId === c.programId),
            );
            expect(mine.reduce((s, x) => s + x.allocationMinutes, 0)).toBeCloseTo(
              c.allocationMinutes,
              6,
            );
            expect(mine.reduce((s, x) => s + x.assignmentMinutes, 0)).toBeCloseTo(
              c.assignmentMinutes,
              6,
            );
          }
        });
      }),
    );
  });

  it("a scheduled task's known work is loaded exactly once over its working days", () => {
    fc.assert(
      fc.property(personArb, assignmentArb, (person, a) => {
        fc.pre(a.workMinutes !== undefined);
        const first = Math.floor(Date.parse(a.start) / 86_400_000);
        const weeks = computePersonWeeks({ ...person, timeOff: [] }, [], [a], {
          firstWeek: formatDayNumber(first - 7),
          weekCount: 20,
          holidays: [],
          referenceTimeZone: person.timeZone,
        });
        const total = weeks.reduce((s, w) => s + w.loadMinutes, 0);
        const worksInSpan = computePersonDays(person, [], [], {
          range: { from: a.start, to: a.finish },
          holidays: [],
        }).length;
        expect(total).toBeCloseTo(worksInSpan > 0 ? a.workMinutes! : 0, 6);
      }),
    );
  });

  it('a range split at any day: capacity and allocation load add up', () => {
    fc.assert(
      fc.property(
        personArb,
        fc.array(allocationArb, { maxLength: 4 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom(...ZONES),
        (person, allocations, cut, length, zone) => {
          const from = FIRST_DAY + 2;
          const to = from + length;
          const mid = from + (cut % length);
          const part = (a: number, b: number) =>
            computePersonLoadBetween(person, allocations, [], {
              range: { from: formatDayNumber(a), to: formatDayNumber(b) },
              holidays: [],
              referenceTimeZone: zone,
            });
          const whole = part(from, to);
          const left = part(from, mid);
          const right = part(mid + 1, to);
          expect(left.capacityMinutes + right.capacityMinutes).toBeCloseTo(
            whole.capacityMinutes,
            6,
          );
          expect(left.loadMinutes + right.loadMinutes).toBeCloseTo(whole.loadMinutes, 6);
        },
      ),
    );
  });

  it('reservations are the days’ load in units: ordered, disjoint, positive, summing to the load', () => {
    fc.assert(
      fc.property(inputs, ([person, allocations, assignments, options]) => {
        const span = { from: formatDayNumber(FIRST_DAY), to: formatDayNumber(FIRST_DAY + 41) };
        const spans = reservedUnits(person, allocations, assignments, {
          range: span,
          holidays: options.holidays,
          referenceTimeZone: options.referenceTimeZone,
        });
        spans.forEach((r, i) => {
          expect(r.units).toBeGreaterThan(0);
          expect(r.finish).toBeGreaterThan(r.start);
          if (i > 0) expect(r.start).toBeGreaterThanOrEqual(spans[i - 1]!.finish);
        });
        const dayMinutes = person.workingHoursEndMinutes - person.workingHoursStartMinutes;
        const load = computePersonDays(person, allocations, assignments, {
          range: span,
          holidays: options.holidays,
        }).reduce((s, d) => s + d.contributions.reduce((t, c) => t + programLoad(c), 0), 0);
        // Each reserved day carries load ÷ working minutes units over its ~24 hours.
        const reserved = spans.reduce(
          (s, r) => s + ((r.finish - r.start) / 1440) * r.units * dayMinutes,
          0,
        );
        expect(Math.abs(reserved - load)).toBeLessThanOrEqual(load * 0.05 + EPS);
      }),
    );
  });
});
