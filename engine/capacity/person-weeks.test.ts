import { describe, expect, it } from 'vitest';
import type { AllocationLoad, CapacityOptions, PersonCalendar } from './capacity-types.js';
import { computePersonLoadBetween, computePersonWeeks } from './person-weeks.js';
import { findOverAllocations } from './over-allocation.js';

// 2026-11-23 and 2026-11-30 are Mondays; the second week spans the end of November.
const LA = 'America/Los_Angeles';
const person = (over: Partial<PersonCalendar> = {}): PersonCalendar => ({
  timeZone: LA,
  workingHoursStartMinutes: 480,
  workingHoursEndMinutes: 960,
  workingDays: [1, 2, 3, 4, 5],
  capacityShare: 1,
  timeOff: [],
  ...over,
});
const options = (over: Partial<CapacityOptions> = {}): CapacityOptions => ({
  firstWeek: '2026-11-23',
  weekCount: 2,
  holidays: [],
  referenceTimeZone: LA,
  ...over,
});
const percent = (
  programId: string | null,
  pct: number,
  from: string,
  to: string | null = null,
): AllocationLoad => ({
  id: `${programId}-${from}`,
  programId,
  from,
  to,
  percent: pct,
  hoursPerWeek: null,
});
const hours = (
  programId: string,
  h: number,
  from: string,
  to: string | null = null,
): AllocationLoad => ({
  id: `${programId}-${from}`,
  programId,
  from,
  to,
  percent: null,
  hoursPerWeek: h,
});

describe('computePersonWeeks', () => {
  it('gives a full-time person 40 hours a week and flags an empty week as under-used', () => {
    const [w] = computePersonWeeks(person(), [], [], options({ weekCount: 1 }));
    expect(w).toMatchObject({
      weekStart: '2026-11-23',
      nominalMinutes: 2400,
      capacityMinutes: 2400,
      loadMinutes: 0,
      loadRatio: 0,
      status: 'under',
    });
  });

  it('normalizes the first week to its Monday', () => {
    const [w] = computePersonWeeks(
      person(),
      [],
      [],
      options({ firstWeek: '2026-11-26', weekCount: 1 }),
    );
    expect(w!.weekStart).toBe('2026-11-23');
  });

  it('scales part-time people by their share and by their working days', () => {
    const half = computePersonWeeks(
      person({ capacityShare: 0.5 }),
      [percent('p', 100, '2026-11-01')],
      [],
      options(),
    );
    expect(half[0]).toMatchObject({ capacityMinutes: 1200, loadMinutes: 1200, status: 'ok' });
    const threeDays = computePersonWeeks(
      person({ workingDays: [1, 2, 3] }),
      [hours('p', 24, '2026-11-01')],
      [],
      options(),
    );
    expect(threeDays[0]).toMatchObject({ capacityMinutes: 1440, loadMinutes: 1440, loadRatio: 1 });
  });

  it('takes time off from capacity but not from load, so a full allocation is over-booked', () => {
    const weeks = computePersonWeeks(
      person({ timeOff: [{ from: '2026-11-24', to: '2026-11-25' }] }),
      [percent('p', 100, '2026-11-01')],
      [],
      options(),
    );
    expect(weeks[0]).toMatchObject({
      timeOffMinutes: 960,
      capacityMinutes: 1440,
      loadMinutes: 2400,
      status: 'over',
    });
    expect(weeks[0]!.loadRatio).toBeCloseTo(2400 / 1440, 9);
    expect(weeks[1]).toMatchObject({ capacityMinutes: 2400, loadMinutes: 2400, status: 'ok' });
  });

  it('takes holidays from both capacity and load', () => {
    const [w] = computePersonWeeks(
      person(),
      [percent('p', 100, '2026-11-01')],
      [],
      options({ holidays: ['2026-11-26', '2026-11-27'], weekCount: 1 }),
    );
    expect(w).toMatchObject({
      holidayMinutes: 960,
      capacityMinutes: 1440,
      loadMinutes: 1440,
      status: 'ok',
    });
  });

  it('reports a week with no capacity but some load as over-allocated, with no ratio', () => {
    const [w] = computePersonWeeks(
      person({ timeOff: [{ from: '2026-11-23', to: '2026-11-27' }] }),
      [percent('p', 20, '2026-11-01')],
      [],
      options({ weekCount: 1 }),
    );
    expect(w).toMatchObject({
      capacityMinutes: 0,
      loadMinutes: 480,
      loadRatio: null,
      status: 'over',
    });
    const [idle] = computePersonWeeks(
      person({ timeOff: [{ from: '2026-11-23', to: '2026-11-27' }] }),
      [],
      [],
      options({ weekCount: 1 }),
    );
    expect(idle!.status).toBe('unavailable');
  });

  it('loads only the days an allocation covers when it overlaps a week partially', () => {
    // Wednesday to the following Tuesday: three days, then two.
    const weeks = computePersonWeeks(
      person(),
      [percent('p', 50, '2026-11-25', '2026-12-01')],
      [],
      options(),
    );
    expect(weeks.map((w) => w.loadMinutes)).toEqual([720, 480]);
    // 20 hours a week from Thursday: two fifths of it in the first week.
    const h = computePersonWeeks(person(), [hours('q', 20, '2026-11-26')], [], options());
    expect(h.map((w) => w.loadMinutes)).toEqual([480, 1200]);
  });

  it('splits a week that spans a month end by day, not by month', () => {
    const weeks = computePersonWeeks(
      person({ timeOff: [{ from: '2026-11-30', to: '2026-11-30' }] }),
      [
        percent('november', 100, '2026-11-01', '2026-11-30'),
        percent('december', 50, '2026-12-01', '2026-12-31'),
      ],
      [],
      options({ firstWeek: '2026-11-30', weekCount: 1 }),
    );
    expect(weeks[0]).toMatchObject({
      weekStart: '2026-11-30',
      capacityMinutes: 1920,
      loadMinutes: 480 + 960,
    });
    expect(weeks[0]!.contributions).toEqual([
      { programId: 'december', allocationMinutes: 960, assignmentMinutes: 0 },
      { programId: 'november', allocationMinutes: 480, assignmentMinutes: 0 },
    ]);
  });

  it('counts a Tokyo Monday in the Los Angeles week before, where it happens', () => {
    const tokyo = person({
      timeZone: 'Asia/Tokyo',
      workingHoursStartMinutes: 540,
      workingHoursEndMinutes: 1020,
    });
    const [w] = computePersonWeeks(tokyo, [], [], options({ weekCount: 1 }));
    // Tuesday to Friday of the Tokyo week, and the next Monday (Sunday afternoon in LA).
    expect(w!.nominalMinutes).toBe(2400);
    const [withHoliday] = computePersonWeeks(
      tokyo,
      [],
      [],
      options({ weekCount: 1, holidays: ['2026-11-30'] }),
    );
    expect(withHoliday!.capacityMinutes).toBe(1920);
    const [firstMondayOff] = computePersonWeeks(
      tokyo,
      [],
      [],
      options({ weekCount: 1, holidays: ['2026-11-23'] }),
    );
    expect(firstMondayOff!.capacityMinutes).toBe(2400);
  });

  it('splits a working day that straddles the reference week boundary', () => {
    // Kolkata 08:00–16:00 is 18:30–02:30 in Los Angeles: each day starts the evening before.
    const kolkata = person({ timeZone: 'Asia/Kolkata' });
    const [w] = computePersonWeeks(
      kolkata,
      [percent('p', 100, '2026-11-01')],
      [],
      options({ weekCount: 1 }),
    );
    expect(w!.nominalMinutes).toBeCloseTo(2400, 9);
    const [h] = computePersonWeeks(
      kolkata,
      [percent('p', 100, '2026-11-01')],
      [],
      options({ weekCount: 1, holidays: ['2026-11-30'] }),
    );
    // The next Monday's first 5.5 hours fall on Sunday in LA, inside this week.
    expect(h!.capacityMinutes).toBeCloseTo(2400 - 330, 9);
    expect(h!.loadMinutes).toBeCloseTo(2400 - 330, 9);
  });

  it('draws task assignments from the allocation of their program, counting only what exceeds it', () => {
    const weeks = computePersonWeeks(
      person(),
      [percent('alpha', 50, '2026-11-01')],
      [
        { taskId: 't1', programId: 'alpha', start: '2026-11-23', finish: '2026-11-24', units: 1 },
        { taskId: 't2', programId: 'alpha', start: '2026-11-30', finish: '2026-12-04', units: 1 },
      ],
      options(),
    );
    // Week 1: 16 h of tasks inside a 20 h allocation; week 2: 40 h of tasks exceed it.
    expect(weeks.map((w) => w.loadMinutes)).toEqual([1200, 2400]);
    expect(weeks[0]!.contributions).toEqual([
      { programId: 'alpha', allocationMinutes: 1200, assignmentMinutes: 960 },
    ]);
  });

  it('adds task assignments to allocations and names every program of an over-booked week', () => {
    const weeks = computePersonWeeks(
      person(),
      [percent('alpha', 80, '2026-11-01'), percent(null, 10, '2026-11-01')],
      [{ taskId: 't', programId: 'beta', start: '2026-11-24', finish: '2026-11-26', units: 0.5 }],
      options({ weekCount: 1 }),
    );
    const over = findOverAllocations(weeks);
    expect(over).toHaveLength(1);
    expect(over[0]!.weekStart).toBe('2026-11-23');
    expect(over[0]!.loadMinutes).toBeCloseTo(1920 + 240 + 720, 9);
    expect(over[0]!.contributions.map((c) => c.programId)).toEqual(['alpha', 'beta', null]);
  });
});

describe('scheduled work, ranges and days', () => {
  it("loads a scheduled task's known work over its days, not whole days", () => {
    const half = {
      taskId: 't',
      programId: 'p',
      start: '2026-11-23',
      finish: '2026-11-23',
      units: 1,
    };
    const [planned] = computePersonWeeks(person(), [], [half], options({ weekCount: 1 }));
    expect(planned!.loadMinutes).toBe(480);
    const [scheduled] = computePersonWeeks(
      person(),
      [],
      [{ ...half, workMinutes: 240 }],
      options({ weekCount: 1 }),
    );
    expect(scheduled!.loadMinutes).toBe(240);
    // 20 h over Mon–Wed: 6 h 40 a day, all of it in the week.
    const [spread] = computePersonWeeks(
      person(),
      [],
      [{ ...half, finish: '2026-11-25', workMinutes: 1200 }],
      options({ weekCount: 1 }),
    );
    expect(spread!.loadMinutes).toBeCloseTo(1200, 9);
  });

  it('three days off leave 16 h of an 8-hour, five-day week', () => {
    const [week] = computePersonWeeks(
      person({ timeOff: [{ from: '2026-11-23', to: '2026-11-25' }] }),
      [],
      [],
      options({ weekCount: 1 }),
    );
    expect(week!.capacityMinutes / 60).toBe(16);
  });

  it('counts a range of days, cutting the weeks at its ends', () => {
    const load = computePersonLoadBetween(person(), [percent('p', 100, '2026-11-01')], [], {
      range: { from: '2026-11-25', to: '2026-12-01' },
      holidays: ['2026-11-26'],
      referenceTimeZone: LA,
    });
    // Wed, Fri, Mon, Tue: 4 days (Thursday is a holiday).
    expect(load.capacityMinutes / 60).toBe(32);
    expect(load.loadMinutes / 60).toBe(32);
    expect(load.weeks.map((w) => w.weekStart)).toEqual(['2026-11-23', '2026-11-30']);
  });
});
