import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSlaClock, type SlaPause } from './sla-clock.js';
import { compileTeamCalendar, type TeamCalendar } from './team-calendar.js';
import { zoneOffsetAt, zoneOffsetMinutes } from '../calendar/time-zone.js';
import { instantToZoneLocal } from './zoned-instant.js';

const ZONES = [
  'America/Los_Angeles',
  'America/New_York',
  'Europe/Berlin',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Asia/Kolkata',
  'UTC',
];
const FROM = Date.parse('2026-01-01T00:00:00Z');
const SPAN_MS = 3 * 365 * 86_400_000;
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

const calendar: fc.Arbitrary<TeamCalendar> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    start: fc.integer({ min: 0, max: 23 * 60 }),
    length: fc.integer({ min: 30, max: 12 * 60 }),
    workingDays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    holidays: fc.array(fc.integer({ min: 0, max: SPAN_MS / 86_400_000 }), { maxLength: 20 }),
  })
  .map((r) => ({
    timeZone: r.timeZone,
    workingHoursStartMinutes: r.start,
    workingHoursEndMinutes: Math.min(1440, r.start + r.length),
    workingDays: r.workingDays,
    holidays: r.holidays.map((d) => isoDay(FROM + d * 86_400_000)),
  }));

const instant = fc.integer({ min: FROM, max: FROM + SPAN_MS });
const hours = fc.integer({ min: 1, max: 120 });
const pause: fc.Arbitrary<SlaPause> = fc
  .tuple(fc.integer({ min: 0, max: 30 * 86_400_000 }), fc.integer({ min: 1, max: 5 * 86_400_000 }))
  .map(([offset, length]) => ({ fromMs: offset, toMs: offset + length }));

const dueOf = (
  cal: TeamCalendar,
  startedAtMs: number,
  targetHours: number,
  pauses: SlaPause[] = [],
): number =>
  readSlaClock({ calendar: cal, startedAtMs, targetHours, pauses, atMs: startedAtMs }).dueAtMs!;

describe('SLA clock properties', () => {
  it('the due time is always the end of a working minute on the team clock, on a working day that is no holiday', () => {
    fc.assert(
      fc.property(calendar, instant, hours, (cal, start, h) => {
        const due = dueOf(cal, start, h);
        const local = instantToZoneLocal(due, cal.timeZone);
        expect(compileTeamCalendar(cal).isWorking(local - 1)).toBe(true);
        const minuteOfDay = (((local - 1) % 1440) + 1440) % 1440;
        expect(minuteOfDay).toBeGreaterThanOrEqual(cal.workingHoursStartMinutes);
        expect(minuteOfDay).toBeLessThan(cal.workingHoursEndMinutes);
        const day = new Date((local - 1) * 60000);
        expect(cal.holidays).not.toContain(day.toISOString().slice(0, 10));
        expect(cal.workingDays).toContain(day.getUTCDay() === 0 ? 7 : day.getUTCDay());
      }),
      { numRuns: 200 },
    );
  });

  it('more hours never give an earlier due time', () => {
    fc.assert(
      fc.property(calendar, instant, hours, hours, (cal, start, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(dueOf(cal, start, hi)).toBeGreaterThanOrEqual(dueOf(cal, start, lo));
      }),
      { numRuns: 200 },
    );
  });

  it('pausing never makes the due time earlier', () => {
    fc.assert(
      fc.property(
        calendar,
        instant,
        hours,
        fc.array(pause, { maxLength: 4 }),
        (cal, start, h, rel) => {
          const pauses = rel.map((p) => ({ fromMs: start + p.fromMs, toMs: start + p.toMs! }));
          expect(dueOf(cal, start, h, pauses)).toBeGreaterThanOrEqual(dueOf(cal, start, h));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('read at its own due time, the clock has exactly zero minutes left and is not breached', () => {
    fc.assert(
      fc.property(
        calendar,
        instant,
        hours,
        fc.array(pause, { maxLength: 3 }),
        (cal, start, h, rel) => {
          const pauses = rel.map((p) => ({ fromMs: start + p.fromMs, toMs: start + p.toMs! }));
          const due = dueOf(cal, start, h, pauses);
          const clock = readSlaClock({
            calendar: cal,
            startedAtMs: start,
            targetHours: h,
            pauses,
            atMs: due,
          });
          expect(clock.workingMinutesLeft).toBe(0);
          expect(clock.breached).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('memoised zone offsets', () => {
  it('agree with Intl at any instant, transition days included', () => {
    // Instants near the 2027 transitions of the zones above, and anywhere in 2026–2028.
    const transitions = [
      '2027-03-14T10:00:00Z',
      '2027-11-07T09:00:00Z',
      '2027-03-28T01:00:00Z',
      '2027-10-31T01:00:00Z',
      '2027-04-03T16:00:00Z',
    ].map(Date.parse);
    const near = fc
      .tuple(
        fc.constantFrom(...transitions),
        fc.integer({ min: -3 * 3_600_000, max: 3 * 3_600_000 }),
      )
      .map(([t, d]) => t + d);
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.oneof(near, instant), (zone, at) => {
        expect(zoneOffsetAt(zone, at)).toBe(zoneOffsetMinutes(zone, at));
      }),
      { numRuns: 500 },
    );
  });
});
