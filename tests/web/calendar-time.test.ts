import { describe, expect, it } from 'vitest';
import {
  clockToMinutes,
  formatPeriods,
  minutesToClock,
  parsePeriodList,
  parsePeriods,
  workingHours,
} from '../../web/src/pages/program-calendars/calendar-time.js';

describe('calendar time in the web', () => {
  it('converts minutes after midnight to HH:MM and back', () => {
    expect(minutesToClock(480)).toBe('08:00');
    expect(minutesToClock(1440)).toBe('24:00');
    expect(clockToMinutes('08:30')).toBe(510);
    expect(clockToMinutes('24:00')).toBe(1440);
    expect(clockToMinutes('24:30')).toBeNull();
    expect(clockToMinutes('8.30')).toBeNull();
    expect(clockToMinutes('12:60')).toBeNull();
  });

  it('says a day in words', () => {
    expect(
      formatPeriods([
        { from: 480, to: 720 },
        { from: 780, to: 1020 },
      ]),
    ).toBe('08:00–12:00, 13:00–17:00');
    expect(formatPeriods([])).toBe('Not working');
    expect(workingHours([{ from: 480, to: 990 }])).toBe(8.5);
  });

  it('reads typed periods, naming the day and the period that is wrong', () => {
    expect(parsePeriods([{ from: '08:00', to: '12:00' }], 'Monday')).toEqual({
      periods: [{ from: 480, to: 720 }],
    });
    expect(parsePeriods([{ from: '12:00', to: '08:00' }], 'Monday')).toEqual({
      problem: 'Monday: the start must be before the end.',
    });
    expect(
      parsePeriods(
        [
          { from: '08:00', to: '12:00' },
          { from: '11:00', to: '13:00' },
        ],
        'Friday',
      ),
    ).toEqual({ problem: 'Friday (period 2): periods must be in order and not overlap.' });
    expect(parsePeriods([{ from: 'x', to: '12:00' }], 'Friday')).toEqual({
      problem: 'Friday: times must be HH:MM, e.g. 08:00.',
    });
  });
});

describe('a list of periods typed in one field', () => {
  it('reads en dashes and hyphens, and says what is wrong', () => {
    expect(parsePeriodList('08:00–12:00, 13:00-17:00', 'Hours')).toEqual({
      periods: [
        { from: 480, to: 720 },
        { from: 780, to: 1020 },
      ],
    });
    expect(parsePeriodList('', 'Hours')).toEqual({ periods: [] });
    expect(parsePeriodList('8 to 5', 'Hours')).toEqual({
      problem: 'Hours must read like 08:00–12:00, 13:00–17:00.',
    });
  });
});
