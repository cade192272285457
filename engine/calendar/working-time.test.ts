import { describe, expect, it } from 'vitest';
import { standardCalendar, type CalendarDefinition } from './calendar-definition.js';
import { compileCalendar, compileCalendars } from './compile-calendar.js';
import { ELAPSED_TIME, NoWorkingTimeError } from './compiled-working-time.js';
import { formatLocalDateTime, parseLocalDateTime } from './local-time.js';

const DAY = 480;
function at(text: string): number {
  const t = parseLocalDateTime(text);
  if (t === null) throw new Error(`bad date ${text}`);
  return t;
}
const fmt = (t: number): string => formatLocalDateTime(t).slice(0, 16);

// 2027-01-04 is a Monday, 2027-01-08 a Friday.
const std = compileCalendar(standardCalendar());

describe('MS Project boundary rules on the standard calendar (README §4)', () => {
  it('rule 1: a start is placed at the next working minute', () => {
    expect(fmt(std.nextWorkStart(at('2027-01-08T17:00')))).toBe('2027-01-11T08:00');
    expect(fmt(std.nextWorkStart(at('2027-01-04T12:00')))).toBe('2027-01-04T13:00');
    expect(fmt(std.nextWorkStart(at('2027-01-04T07:00')))).toBe('2027-01-04T08:00');
    expect(fmt(std.nextWorkStart(at('2027-01-04T09:30')))).toBe('2027-01-04T09:30');
    expect(fmt(std.nextWorkStart(at('2027-01-09T10:00')))).toBe('2027-01-11T08:00');
  });

  it('rule 2: 1d from Mon 08:00 finishes Mon 17:00, not Tue 08:00', () => {
    expect(fmt(std.addWorking(at('2027-01-04T08:00'), DAY))).toBe('2027-01-04T17:00');
    expect(fmt(std.addWorking(at('2027-01-04T08:00'), 240))).toBe('2027-01-04T12:00');
    expect(fmt(std.addWorking(at('2027-01-04T08:00'), 241))).toBe('2027-01-04T13:01');
    expect(fmt(std.addWorking(at('2027-01-04T08:00'), 5 * DAY))).toBe('2027-01-08T17:00');
  });

  it('rule 3: FS +1d from Fri 17:00 gives Mon 17:00, then the start moves to Tue 08:00', () => {
    const lagEnd = std.addWorking(at('2027-01-08T17:00'), DAY);
    expect(fmt(lagEnd)).toBe('2027-01-11T17:00');
    expect(fmt(std.nextWorkStart(lagEnd))).toBe('2027-01-12T08:00');
  });

  it('rule 3: SF +2d from Fri 08:00 gives Mon 17:00; the start is Mon 08:00', () => {
    const finish = std.addWorking(at('2027-01-08T08:00'), 2 * DAY);
    expect(fmt(finish)).toBe('2027-01-11T17:00');
    expect(fmt(std.subtractWorking(finish, DAY))).toBe('2027-01-11T08:00');
  });

  it('FS +1w from Fri 17:00 runs to the next Fri 17:00; the successor starts Mon 08:00', () => {
    const lagEnd = std.addWorking(at('2014-10-17T17:00'), 2400);
    expect(fmt(lagEnd)).toBe('2014-10-24T17:00');
    expect(fmt(std.nextWorkStart(lagEnd))).toBe('2014-10-27T08:00');
  });

  it('rule 4: zero minutes leave the instant alone, even a period start or end', () => {
    expect(std.addWorking(at('2006-09-25T08:00'), 0)).toBe(at('2006-09-25T08:00'));
    expect(std.subtractWorking(at('2027-01-04T17:00'), 0)).toBe(at('2027-01-04T17:00'));
    expect(std.addWorking(at('2027-01-09T10:00'), 0)).toBe(at('2027-01-09T10:00'));
  });

  it('mirror: 480 back from Mon 17:00 lands on Mon 08:00; 1 min back from Mon 08:00 on Fri 16:59', () => {
    expect(fmt(std.subtractWorking(at('2027-01-11T17:00'), DAY))).toBe('2027-01-11T08:00');
    expect(fmt(std.subtractWorking(at('2027-01-11T08:00'), 1))).toBe('2027-01-08T16:59');
    expect(fmt(std.subtractWorking(at('2027-01-11T13:00'), 240))).toBe('2027-01-11T08:00');
    expect(fmt(std.subtractWorking(at('2027-01-11T13:00'), 241))).toBe('2027-01-08T16:59');
  });

  it('rule 7: previousWorkEnd of Wed 08:00 is Tue 17:00; inside a period it is unchanged', () => {
    expect(fmt(std.previousWorkEnd(at('2006-04-12T08:00')))).toBe('2006-04-11T17:00');
    expect(fmt(std.previousWorkEnd(at('2027-01-04T17:00')))).toBe('2027-01-04T17:00');
    expect(fmt(std.previousWorkEnd(at('2027-01-04T12:30')))).toBe('2027-01-04T12:00');
    expect(fmt(std.previousWorkEnd(at('2027-01-11T08:00')))).toBe('2027-01-08T17:00');
  });

  it('negative minutes run the other way (leads)', () => {
    expect(fmt(std.addWorking(at('2027-01-11T17:00'), -DAY))).toBe('2027-01-11T08:00');
    expect(fmt(std.subtractWorking(at('2027-01-08T17:00'), -DAY))).toBe('2027-01-11T17:00');
  });

  it('workingBetween counts [a, b) and is antisymmetric', () => {
    expect(std.workingBetween(at('2027-01-04T08:00'), at('2027-01-04T17:00'))).toBe(DAY);
    expect(std.workingBetween(at('2027-01-08T17:00'), at('2027-01-11T08:00'))).toBe(0);
    expect(std.workingBetween(at('2027-01-04T00:00'), at('2027-01-11T00:00'))).toBe(2400);
    expect(std.workingBetween(at('2027-01-11T00:00'), at('2027-01-04T00:00'))).toBe(-2400);
    expect(std.workingBetween(at('2027-01-04T11:30'), at('2027-01-04T13:30'))).toBe(60);
  });

  it('isWorking: period starts work, period ends do not', () => {
    expect(std.isWorking(at('2027-01-04T08:00'))).toBe(true);
    expect(std.isWorking(at('2027-01-04T11:59'))).toBe(true);
    expect(std.isWorking(at('2027-01-04T12:00'))).toBe(false);
    expect(std.isWorking(at('2027-01-09T10:00'))).toBe(false);
  });

  it('long spans: 2 years of working days, both ways', () => {
    const start = at('2027-01-04T08:00');
    const end = std.addWorking(start, 520 * DAY);
    expect(fmt(end)).toBe('2028-12-29T17:00'); // 104 weeks later, on a Friday
    expect(std.subtractWorking(end, 520 * DAY)).toBe(start);
    expect(std.workingBetween(start, end)).toBe(520 * DAY);
  });

  it('fractional minutes are kept, not rounded', () => {
    const t = std.addWorking(at('2027-01-04T08:00'), 0.5);
    expect(t).toBe(at('2027-01-04T08:00') + 0.5);
    expect(std.addWorking(at('2027-01-04T11:59'), 1.5)).toBe(at('2027-01-04T13:00') + 0.5);
    expect(std.workingBetween(at('2027-01-04T08:00'), t)).toBe(0.5);
  });

  it('works before 1970 (negative minutes) too', () => {
    // 1969-12-29 was a Monday.
    expect(fmt(std.addWorking(at('1969-12-29T08:00'), 5 * DAY))).toBe('1970-01-02T17:00');
    expect(fmt(std.subtractWorking(at('1970-01-02T17:00'), 5 * DAY))).toBe('1969-12-29T08:00');
  });
});

describe('24-hour calendar', () => {
  const allDay = [{ from: 0, to: 1440 }];
  const cal = compileCalendar({
    id: '24h',
    name: '24 Hours',
    week: { 0: allDay, 1: allDay, 2: allDay, 3: allDay, 4: allDay, 5: allDay, 6: allDay },
    exceptions: [],
  });

  it('periods join across midnight: 1440 min from Mon 00:00 is Tue 00:00, a finish', () => {
    expect(fmt(cal.addWorking(at('2027-01-04T00:00'), 1440))).toBe('2027-01-05T00:00');
    expect(fmt(cal.addWorking(at('2027-01-04T06:00'), 3 * 1440))).toBe('2027-01-07T06:00');
    expect(fmt(cal.subtractWorking(at('2027-01-05T00:00'), 1440))).toBe('2027-01-04T00:00');
  });

  it('midnight is working time, never moved', () => {
    expect(cal.nextWorkStart(at('2027-01-05T00:00'))).toBe(at('2027-01-05T00:00'));
    expect(cal.previousWorkEnd(at('2027-01-05T00:00'))).toBe(at('2027-01-05T00:00'));
    expect(cal.isWorking(at('2027-01-05T00:00'))).toBe(true);
    expect(cal.workingBetween(at('2027-01-04T00:00'), at('2027-01-11T00:00'))).toBe(7 * 1440);
  });

  it('a night shift ending at 24:00 joins the next morning shift', () => {
    const night = compileCalendar({
      id: 'night',
      name: 'Night',
      week: {
        1: [{ from: 20 * 60, to: 24 * 60 }],
        2: [
          { from: 0, to: 4 * 60 },
          { from: 20 * 60, to: 24 * 60 },
        ],
      },
      exceptions: [],
    });
    expect(fmt(night.addWorking(at('2027-01-04T20:00'), 240))).toBe('2027-01-05T00:00');
    expect(fmt(night.addWorking(at('2027-01-04T20:00'), 480))).toBe('2027-01-05T04:00');
    expect(fmt(night.addWorking(at('2027-01-04T20:00'), 481))).toBe('2027-01-05T20:01');
    expect(night.isWorking(at('2027-01-05T00:00'))).toBe(true);
    expect(fmt(night.previousWorkEnd(at('2027-01-05T10:00')))).toBe('2027-01-05T04:00');
    // Tuesday 24:00 ends the week's work: the next start is a week later.
    expect(fmt(night.nextWorkStart(at('2027-01-06T00:00')))).toBe('2027-01-11T20:00');
  });
});

describe('exceptions', () => {
  const def: CalendarDefinition = {
    ...standardCalendar(),
    exceptions: [
      { name: 'Holiday', from: '2027-01-06', to: '2027-01-06', intervals: [] },
      {
        name: 'Saturday shift',
        from: '2027-01-09',
        to: '2027-01-09',
        intervals: [{ from: 9 * 60, to: 13 * 60 }],
      },
    ],
  };
  const cal = compileCalendar(def);

  it('a non-working day is skipped', () => {
    expect(fmt(cal.addWorking(at('2027-01-05T08:00'), 2 * DAY))).toBe('2027-01-07T17:00');
    expect(fmt(cal.nextWorkStart(at('2027-01-05T17:00')))).toBe('2027-01-07T08:00');
    expect(cal.workingBetween(at('2027-01-04T00:00'), at('2027-01-09T00:00'))).toBe(4 * DAY);
  });

  it('a working day with its own hours is used', () => {
    expect(fmt(cal.nextWorkStart(at('2027-01-08T17:00')))).toBe('2027-01-09T09:00');
    expect(fmt(cal.addWorking(at('2027-01-08T17:00'), 240))).toBe('2027-01-09T13:00');
    expect(fmt(cal.addWorking(at('2027-01-08T17:00'), 300))).toBe('2027-01-11T09:00');
  });

  it('a later-listed exception wins where exceptions overlap', () => {
    const overlapping = compileCalendar({
      ...standardCalendar(),
      exceptions: [
        { from: '2027-01-04', to: '2027-01-08', intervals: [] },
        { from: '2027-01-06', to: '2027-01-06', intervals: [{ from: 600, to: 660 }] },
      ],
    });
    expect(overlapping.workingBetween(at('2027-01-04T00:00'), at('2027-01-09T00:00'))).toBe(60);
    expect(fmt(overlapping.nextWorkStart(at('2027-01-04T08:00')))).toBe('2027-01-06T10:00');
  });

  it('a multi-day holiday spanning a long break', () => {
    const cal2 = compileCalendar({
      ...standardCalendar(),
      exceptions: [{ from: '2027-01-01', to: '2027-06-30', intervals: [] }],
    });
    expect(fmt(cal2.nextWorkStart(at('2027-01-04T08:00')))).toBe('2027-07-01T08:00');
    expect(fmt(cal2.previousWorkEnd(at('2027-06-30T12:00')))).toBe('2026-12-31T17:00');
  });
});

describe('inheritance', () => {
  const base: CalendarDefinition = {
    ...standardCalendar('base', 'Base'),
    exceptions: [
      { from: '2027-01-06', to: '2027-01-06', intervals: [] },
      { from: '2027-01-07', to: '2027-01-07', intervals: [] },
    ],
  };
  const derived: CalendarDefinition = {
    id: 'person',
    name: 'Person',
    baseCalendarId: 'base',
    week: { 6: [{ from: 8 * 60, to: 12 * 60 }], 5: [] },
    exceptions: [{ from: '2027-01-07', to: '2027-01-07', intervals: [{ from: 480, to: 600 }] }],
  };
  const grandchild: CalendarDefinition = {
    id: 'grandchild',
    name: 'Grandchild',
    baseCalendarId: 'person',
    week: { 1: [] },
    exceptions: [],
  };
  const { calendars, diagnostics } = compileCalendars([grandchild, derived, base]);

  it('a derived calendar takes the weekdays and exception days it does not state', () => {
    expect(diagnostics).toEqual([]);
    const person = calendars.get('person')!;
    // Mon 01-04 and Tue 01-05 from the base, Wed holiday from the base, Thu its own 2h,
    // Fri off (own), Sat 4h (own).
    expect(person.workingBetween(at('2027-01-04T00:00'), at('2027-01-10T00:00'))).toBe(
      2 * DAY + 120 + 240,
    );
    const gc = calendars.get('grandchild')!;
    expect(gc.workingBetween(at('2027-01-04T00:00'), at('2027-01-10T00:00'))).toBe(DAY + 120 + 240);
  });

  it('unknown base, loops and no working time are diagnostics, not hangs', () => {
    const result = compileCalendars([
      { ...standardCalendar('a', 'A'), baseCalendarId: 'b' },
      { ...standardCalendar('b', 'B'), baseCalendarId: 'a' },
      { ...standardCalendar('c', 'C'), baseCalendarId: 'missing' },
      { id: 'none', name: 'None', week: {}, exceptions: [] },
    ]);
    const codes = result.diagnostics.map((d) => `${d.code}:${d.calendarId}`).sort();
    expect(codes).toEqual([
      'calendar_cycle:a',
      'calendar_cycle:b',
      'calendar_has_no_working_time:none',
      'unknown_calendar:c',
    ]);
    expect(
      result.calendars.get('a')!.workingBetween(at('2027-01-04T00:00'), at('2027-01-05T00:00')),
    ).toBe(DAY);
    const none = result.calendars.get('none')!;
    expect(() => none.addWorking(at('2027-01-04T08:00'), 1)).toThrow(NoWorkingTimeError);
    expect(() => none.nextWorkStart(at('2027-01-04T08:00'))).toThrow(
      /no \(or not enough\) working time/,
    );
    expect(none.workingBetween(0, 1e6)).toBe(0);
    expect(none.isWorking(0)).toBe(false);
  });

  it('working time that runs out within the horizon throws instead of looping', () => {
    const once = compileCalendar({
      id: 'once',
      name: 'Once',
      week: {},
      exceptions: [{ from: '2027-01-04', to: '2027-01-04', intervals: [{ from: 480, to: 960 }] }],
    });
    expect(fmt(once.addWorking(at('2020-01-01T00:00'), 480))).toBe('2027-01-04T16:00');
    expect(() => once.addWorking(at('2020-01-01T00:00'), 481)).toThrow(NoWorkingTimeError);
    expect(() => once.subtractWorking(at('2027-01-04T16:00'), 481)).toThrow(NoWorkingTimeError);
    expect(() => once.nextWorkStart(at('2027-01-04T16:00'))).toThrow(NoWorkingTimeError);
  });
});

describe('time zones', () => {
  it('a calendar in another zone is shifted onto the project clock, day by day', () => {
    const { calendars, diagnostics } = compileCalendars(
      [{ ...standardCalendar('ny', 'New York'), timeZone: 'America/New_York' }],
      { projectTimeZone: 'Europe/Paris' },
    );
    expect(diagnostics).toEqual([]);
    const ny = calendars.get('ny')!;
    // January: New York is UTC-5, Paris UTC+1: 08:00 in New York is 14:00 in Paris.
    expect(fmt(ny.nextWorkStart(at('2027-01-04T00:00')))).toBe('2027-01-04T14:00');
    expect(fmt(ny.addWorking(at('2027-01-04T14:00'), DAY))).toBe('2027-01-04T23:00');
    // 15 March 2027: the US is on summer time, Europe not yet: 5 hours apart.
    expect(fmt(ny.nextWorkStart(at('2027-03-15T00:00')))).toBe('2027-03-15T13:00');
    // July: both on summer time, 6 hours again.
    expect(fmt(ny.nextWorkStart(at('2027-07-05T00:00')))).toBe('2027-07-05T14:00');
  });

  it('shifted periods may cross the project midnight and join there', () => {
    const { calendars } = compileCalendars(
      [{ ...standardCalendar('tokyo', 'Tokyo'), timeZone: 'Asia/Tokyo' }],
      { projectTimeZone: 'America/New_York' },
    );
    const tokyo = calendars.get('tokyo')!;
    // Tokyo Mon 08:00-12:00 / 13:00-17:00 (UTC+9) = New York Sun 18:00-22:00 / 23:00-Mon 03:00.
    expect(fmt(tokyo.nextWorkStart(at('2027-01-03T00:00')))).toBe('2027-01-03T18:00');
    expect(tokyo.isWorking(at('2027-01-04T00:00'))).toBe(true);
    expect(fmt(tokyo.addWorking(at('2027-01-03T18:00'), DAY))).toBe('2027-01-04T03:00');
    expect(tokyo.workingBetween(at('2027-01-03T00:00'), at('2027-01-10T00:00'))).toBe(5 * DAY);
  });

  it('a zone that cannot be applied is reported, not silently ignored', () => {
    const result = compileCalendars(
      [
        { ...standardCalendar('ny', 'New York'), timeZone: 'America/New_York' },
        { ...standardCalendar('bad', 'Bad'), timeZone: 'Mars/Olympus_Mons' },
        { ...standardCalendar('paris', 'Paris'), timeZone: 'Europe/Paris' },
        standardCalendar(),
      ],
      { projectTimeZone: 'Europe/Paris' },
    );
    expect(result.diagnostics.map((d) => [d.code, d.calendarId])).toEqual([
      ['calendar_time_zone_ignored', 'bad'],
    ]);
    const noProjectZone = compileCalendars([
      { ...standardCalendar('ny', 'New York'), timeZone: 'America/New_York' },
    ]);
    expect(noProjectZone.diagnostics.map((d) => d.code)).toEqual(['calendar_time_zone_ignored']);
    const ny = noProjectZone.calendars.get('ny')!;
    expect(fmt(ny.nextWorkStart(at('2027-01-04T00:00')))).toBe('2027-01-04T08:00');
  });
});

describe('elapsed clock', () => {
  it('1ed from Wed 08:00 ends Thu 08:00; 1emo (720 h) from 2009-03-25 ends 2009-04-24', () => {
    expect(fmt(ELAPSED_TIME.addWorking(at('2027-01-06T08:00'), 1440))).toBe('2027-01-07T08:00');
    expect(fmt(ELAPSED_TIME.addWorking(at('2009-03-25T08:00'), 720 * 60))).toBe('2009-04-24T08:00');
  });
});

describe('bad input', () => {
  it('NaN or infinite instants and amounts throw instead of looping', () => {
    expect(() => std.addWorking(Number.NaN, 10)).toThrow(RangeError);
    expect(() => std.addWorking(at('2027-01-04T08:00'), Number.NaN)).toThrow(RangeError);
    expect(() => std.subtractWorking(at('2027-01-04T08:00'), Number.POSITIVE_INFINITY)).toThrow(
      RangeError,
    );
    expect(() => std.nextWorkStart(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => std.workingBetween(0, Number.NaN)).toThrow(RangeError);
    expect(() => std.isWorking(Number.NaN)).toThrow(RangeError);
  });
});
