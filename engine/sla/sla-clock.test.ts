import { describe, expect, it } from 'vitest';
import { readSlaClock, type SlaClockInput } from './sla-clock.js';
import { DEFAULT_TEAM_CALENDAR, type TeamCalendar } from './team-calendar.js';
import { formatInstantInZone } from './zoned-instant.js';

const LA = DEFAULT_TEAM_CALENDAR;
const ms = (iso: string): number => Date.parse(iso);

function due(
  at: string,
  hours = 24,
  calendar: TeamCalendar = LA,
  extra: Partial<SlaClockInput> = {},
): string | null {
  const clock = readSlaClock({
    calendar,
    startedAtMs: ms(at),
    targetHours: hours,
    atMs: ms(at),
    ...extra,
  });
  return clock.dueAtMs === null ? null : formatInstantInZone(clock.dueAtMs, calendar.timeZone);
}

describe('SLA due time, worked examples on 08:00–16:00 America/Los_Angeles', () => {
  it('Friday 15:00 + 24 working hours crosses the weekend: 1 h Fri, 8 Mon, 8 Tue, 7 Wed', () => {
    expect(due('2027-01-08T15:00:00-08:00')).toBe('2027-01-13T15:00:00-08:00');
  });

  it('a request arriving at night starts at 08:00 the next working day and ends at 16:00, not 08:00', () => {
    expect(due('2027-01-11T02:00:00-08:00')).toBe('2027-01-13T16:00:00-08:00');
    expect(due('2027-01-08T16:00:00-08:00', 8)).toBe('2027-01-11T16:00:00-08:00');
  });

  it('a holiday is skipped (Monday 2027-01-18)', () => {
    const cal = { ...LA, holidays: ['2027-01-18'] };
    expect(due('2027-01-15T10:00:00-08:00', 24, cal)).toBe('2027-01-21T10:00:00-08:00');
    expect(due('2027-01-15T10:00:00-08:00', 24)).toBe('2027-01-20T10:00:00-08:00');
  });

  it('daylight saving starts (Sunday 2027-03-14): the due time keeps the wall clock, offset -07:00', () => {
    expect(due('2027-03-12T12:00:00-08:00')).toBe('2027-03-17T12:00:00-07:00');
  });

  it('daylight saving ends (Sunday 2027-11-07): offset -08:00 after the weekend', () => {
    expect(due('2027-11-05T12:00:00-07:00')).toBe('2027-11-10T12:00:00-08:00');
  });

  it('a requester in Berlin submitting Monday 09:00 their time (00:00 in LA) starts the clock at 08:00 LA', () => {
    expect(due('2027-01-11T09:00:00+01:00')).toBe('2027-01-13T16:00:00-08:00');
  });

  it('a requester in Tokyo on Saturday morning their time is still Friday afternoon for the team', () => {
    expect(due('2027-01-09T07:00:00+09:00')).toBe('2027-01-13T14:00:00-08:00');
  });

  it('a team in Berlin counts on its own clock across the European DST change (2027-03-28)', () => {
    const berlin: TeamCalendar = {
      ...LA,
      timeZone: 'Europe/Berlin',
      workingHoursStartMinutes: 540,
      workingHoursEndMinutes: 1020,
    };
    expect(due('2027-03-26T13:00:00+01:00', 16, berlin)).toBe('2027-03-30T13:00:00+02:00');
  });
});

describe('SLA pauses, met and breach', () => {
  const start = '2027-01-11T08:00:00-08:00';

  it('waiting on the requester stops the clock; it resumes where it stopped', () => {
    const pauses = [
      { fromMs: ms('2027-01-11T12:00:00-08:00'), toMs: ms('2027-01-12T12:00:00-08:00') },
    ];
    expect(due(start, 24, LA, { pauses })).toBe('2027-01-14T16:00:00-08:00');
    expect(due(start)).toBe('2027-01-13T16:00:00-08:00');
  });

  it('an open pause leaves no due time and reads as paused', () => {
    const clock = readSlaClock({
      calendar: LA,
      startedAtMs: ms(start),
      targetHours: 24,
      pauses: [{ fromMs: ms('2027-01-11T12:00:00-08:00'), toMs: null }],
      atMs: ms('2027-01-20T12:00:00-08:00'),
    });
    expect(clock).toEqual({
      dueAtMs: null,
      workingMinutesLeft: 20 * 60,
      breached: false,
      state: 'paused',
    });
  });

  it('time left, due soon, breached, met and met late', () => {
    const read = (at: string, metAt?: string) =>
      readSlaClock({
        calendar: LA,
        startedAtMs: ms(start),
        targetHours: 24,
        atMs: ms(at),
        metAtMs: metAt ? ms(metAt) : null,
      });
    expect(read('2027-01-11T10:00:00-08:00')).toMatchObject({
      workingMinutesLeft: 22 * 60,
      state: 'on_track',
    });
    expect(read('2027-01-13T12:00:00-08:00')).toMatchObject({
      workingMinutesLeft: 4 * 60,
      state: 'due_soon',
    });
    expect(read('2027-01-13T16:00:00-08:00')).toMatchObject({
      workingMinutesLeft: 0,
      breached: false,
    });
    expect(read('2027-01-14T09:00:00-08:00')).toMatchObject({
      workingMinutesLeft: -60,
      breached: true,
      state: 'breached',
    });
    expect(read('2027-01-20T09:00:00-08:00', '2027-01-12T09:00:00-08:00')).toMatchObject({
      state: 'met',
      breached: false,
    });
    expect(read('2027-01-20T09:00:00-08:00', '2027-01-14T09:00:00-08:00')).toMatchObject({
      state: 'met_late',
      breached: true,
    });
  });

  it('refuses a negative target', () => {
    expect(() => readSlaClock({ calendar: LA, startedAtMs: 0, targetHours: -1, atMs: 0 })).toThrow(
      RangeError,
    );
  });
});
