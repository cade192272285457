import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { standardCalendar } from '../calendar/calendar-definition.js';
import { compileCalendars } from '../calendar/compile-calendar.js';
import { parseLocalDateTime } from '../calendar/local-time.js';
import { weeklyLoad } from './weekly-load.js';

const at = (text: string) => parseLocalDateTime(text)!;
const standard = compileCalendars([standardCalendar('std')]).calendars.get('std')!;
const monday = at('2027-01-04T00:00');
const person = (id: string, capacity = 1) => ({ id, capacity, calendar: standard });

describe('weeklyLoad', () => {
  it('a full-time week of work on a full-time person is exactly their capacity', () => {
    const [row] = weeklyLoad(
      monday,
      2,
      [person('p')],
      [
        {
          resourceId: 'p',
          taskId: 't',
          start: at('2027-01-04T08:00'),
          finish: at('2027-01-08T17:00'),
          units: 1,
          calendar: standard,
        },
      ],
    );
    expect(row!.capacityMinutes).toEqual([2400, 2400]);
    expect(row!.loadMinutes).toEqual([2400, 0]);
    expect(row!.taskIds).toEqual([['t'], []]);
    expect(row!.overAllocatedWeeks).toEqual([]);
  });

  it('two overlapping tasks over-book a half-time person, naming both tasks', () => {
    const task = (taskId: string, units: number) => ({
      resourceId: 'p',
      taskId,
      start: at('2027-01-05T08:00'),
      finish: at('2027-01-06T17:00'),
      units,
      calendar: standard,
    });
    const [row] = weeklyLoad(monday, 1, [person('p', 0.5)], [task('a', 0.5), task('b', 0.5)]);
    expect(row!.capacityMinutes).toEqual([1200]);
    expect(row!.loadMinutes).toEqual([960]);
    expect(row!.overAllocatedWeeks).toEqual([]);
    const [busy] = weeklyLoad(monday, 1, [person('p', 0.25)], [task('a', 0.5), task('b', 0.5)]);
    expect(busy!.overAllocatedWeeks).toEqual([0]);
    expect(busy!.taskIds[0]).toEqual(['a', 'b']);
  });

  it('splits a task across the weeks it spans, on its own calendar', () => {
    const [row] = weeklyLoad(
      monday,
      3,
      [person('p')],
      [
        {
          resourceId: 'p',
          taskId: 't',
          start: at('2027-01-07T08:00'),
          finish: at('2027-01-12T12:00'),
          units: 1,
          calendar: standard,
        },
      ],
    );
    // Thu + Fri = 960; Mon 480 + Tue morning 240 = 720.
    expect(row!.loadMinutes).toEqual([960, 720, 0]);
  });

  it('property: load summed over weeks is units × working minutes of each span inside the range', () => {
    const base = at('2027-01-04T00:00');
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            startDay: fc.integer({ min: 0, max: 30 }),
            lengthMinutes: fc.integer({ min: 1, max: 20 * 1440 }),
            units: fc.constantFrom(0.25, 0.5, 1, 1.5),
          }),
          { maxLength: 12 },
        ),
        (tasks) => {
          const weeks = 8;
          const work = tasks.map((t, i) => ({
            resourceId: 'p',
            taskId: `t${i}`,
            start: base + t.startDay * 1440,
            finish: base + t.startDay * 1440 + t.lengthMinutes,
            units: t.units,
            calendar: standard,
          }));
          const [row] = weeklyLoad(base, weeks, [person('p')], work);
          const total = row!.loadMinutes.reduce((a, b) => a + b, 0);
          const end = base + weeks * 7 * 1440;
          const expected = work.reduce(
            (sum, w) =>
              sum +
              w.units * standard.workingBetween(Math.max(w.start, base), Math.min(w.finish, end)),
            0,
          );
          expect(total).toBeCloseTo(expected, 6);
          for (const k of row!.overAllocatedWeeks)
            expect(row!.loadMinutes[k]!).toBeGreaterThan(row!.capacityMinutes[k]!);
        },
      ),
    );
  });
});
