import ICAL from 'ical.js';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  escapeText,
  foldLine,
  milestoneCalendar,
  type CalendarMilestone,
} from './milestone-calendar.js';
import { zoneOffsetMinutes } from '../../engine/calendar/time-zone.js';
import { offsetChanges, wallClockToUtc } from './time-zone.js';

const NOW = new Date('2026-11-23T21:00:05Z');

// ical.js knows no X-WR-CALNAME (Apple's) or NAME (RFC 7986) and leaves them raw;
// the clients that read them treat them as TEXT, so the test does too.
const design = ICAL.design.icalendar.property as Record<string, { defaultType: string }>;
design['x-wr-calname'] = { defaultType: 'text' };
design['name'] = { defaultType: 'text' };

function parse(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const vtz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  return {
    root,
    events: root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)),
  };
}

afterEach(() => ICAL.TimezoneService.reset());

const utf8 = (s: string) => new TextEncoder().encode(s).length;

describe('milestoneCalendar', () => {
  const milestones: CalendarMilestone[] = [
    {
      uid: 'milestone-1@waymark.example',
      title: 'Beta; ready, set\\go',
      date: '2027-03-31',
      description: 'Line one\nLine two, with; all\\sorts',
      url: 'https://waymark.example/programs/7/milestones/1?tab=a,b',
    },
    { uid: 'milestone-2@waymark.example', title: 'Launch', dateTime: '2027-03-27T09:30' },
    { uid: 'milestone-3@waymark.example', title: 'GA (summer)', dateTime: '2027-07-01T17:00:00' },
    { uid: 'milestone-4@waymark.example', title: 'Year end', date: '2027-12-31' },
  ];

  it('has the calendar properties, and CRLF line ends only', () => {
    const text = milestoneCalendar({
      name: 'Apollo, milestones',
      milestones,
      now: NOW,
      timezone: 'Europe/Paris',
    });
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const { root, events } = parse(text);
    expect(root.getFirstPropertyValue('prodid')).toBe('-//Waymark//Waymark//EN');
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    expect(root.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(root.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe('Apollo, milestones');
    expect(events.map((e) => e.uid)).toEqual(milestones.map((m) => m.uid));
    for (const e of events)
      expect(e.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-23T21:00:05Z');
  });

  it('writes all-day milestones as DATE with DTEND the next day', () => {
    const { events } = parse(milestoneCalendar({ name: 'P', milestones, now: NOW }));
    const [beta, , , yearEnd] = events;
    expect(beta!.startDate.isDate).toBe(true);
    expect(beta!.startDate.toString()).toBe('2027-03-31');
    expect(beta!.endDate.toString()).toBe('2027-04-01');
    expect(yearEnd!.endDate.toString()).toBe('2028-01-01');
  });

  it('keeps summaries, descriptions and URLs through escaping', () => {
    const { events } = parse(milestoneCalendar({ name: 'P', milestones, now: NOW }));
    expect(events[0]!.summary).toBe('Beta; ready, set\\go');
    expect(events[0]!.description).toBe('Line one\nLine two, with; all\\sorts');
    expect(events[0]!.component.getFirstPropertyValue('url')).toBe(milestones[0]!.url);
    expect(events[1]!.summary).toBe('Launch');
  });

  it('writes date-times with a TZID and a VTIMEZONE that puts them at the right instant', () => {
    const text = milestoneCalendar({ name: 'P', milestones, now: NOW, timezone: 'Europe/Paris' });
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20270701T170000\r\n');
    const { events } = parse(text);
    const launch = events[1]!.startDate;
    expect(launch.isDate).toBe(false);
    expect(launch.zone?.tzid).toBe('Europe/Paris');
    // 2027-07-01 17:00 in Paris is CEST (UTC+2).
    expect(events[2]!.startDate.toJSDate().toISOString()).toBe('2027-07-01T15:00:00.000Z');
    // The day before the change to summer time: still CET (UTC+1).
    expect(launch.toJSDate().toISOString()).toBe('2027-03-27T08:30:00.000Z');
    // Winter and summer of another year come out right too.
    const more = parse(
      milestoneCalendar({
        name: 'P',
        now: NOW,
        timezone: 'America/New_York',
        milestones: [
          { uid: 'a', title: 'Winter', dateTime: '2028-01-15T09:00' },
          { uid: 'b', title: 'Summer', dateTime: '2028-08-15T09:00' },
        ],
      }),
    );
    expect(more.events.map((e) => e.startDate.toJSDate().toISOString())).toEqual([
      '2028-01-15T14:00:00.000Z',
      '2028-08-15T13:00:00.000Z',
    ]);
  });

  it('writes date-times as UTC without a timezone', () => {
    const text = milestoneCalendar({ name: 'P', milestones, now: NOW });
    expect(text).toContain('DTSTART:20270701T170000Z\r\n');
    expect(text).not.toContain('VTIMEZONE');
    expect(parse(text).events[2]!.startDate.toJSDate().toISOString()).toBe(
      '2027-07-01T17:00:00.000Z',
    );
  });

  it('folds long lines at 75 octets without splitting a character, and clients unfold them', () => {
    const title = 'Überprüfung der Mehrsprachigkeit 😀 — 多言語対応のレビュー, ' + 'é'.repeat(120);
    const description = 'x'.repeat(300) + '\n' + '日本語'.repeat(40);
    const text = milestoneCalendar({
      name: 'A calendar with a rather long name, to be folded over more than one line',
      now: NOW,
      milestones: [{ uid: 'long', title, description, date: '2027-01-01' }],
    });
    const lines = text.split('\r\n');
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of lines) {
      expect(utf8(line)).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/\uFFFD/);
    }
    const { root, events } = parse(text);
    expect(events[0]!.summary).toBe(title);
    expect(events[0]!.description).toBe(description);
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe(
      'A calendar with a rather long name, to be folded over more than one line',
    );
  });

  it('rejects bad input', () => {
    const one = (m: Partial<CalendarMilestone>, timezone?: string) => () =>
      milestoneCalendar({
        name: 'P',
        now: NOW,
        ...(timezone === undefined ? {} : { timezone }),
        milestones: [{ uid: 'u', title: 't', ...m } as CalendarMilestone],
      });
    expect(one({ date: '2027-02-30' })).toThrow(/not a date/);
    expect(one({ dateTime: '2027-02-03' })).toThrow(/not a date-time/);
    expect(one({})).toThrow(/give date or dateTime/);
    expect(one({ date: '2027-02-03', url: '/relative' })).toThrow(/absolute URL/);
    expect(one({ date: '2027-02-03' }, 'Mars/Olympus')).toThrow(/unknown time zone/);
  });

  it('any title and description survive a real parser (property)', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', ' ', ',', ';', ':', '\\', '\n', '"', 'é', '😀', '語', 'n'),
      maxLength: 200,
    });
    fc.assert(
      fc.property(text, text, (title, description) => {
        const out = milestoneCalendar({
          name: title,
          now: NOW,
          milestones: [{ uid: 'u@x', title, description, date: '2027-05-05' }],
        });
        for (const line of out.split('\r\n')) expect(utf8(line)).toBeLessThanOrEqual(75);
        const { root, events } = parse(out);
        expect(events[0]!.summary).toBe(title);
        expect(events[0]!.description).toBe(description);
        expect(root.getFirstPropertyValue('x-wr-calname')).toBe(title);
        expect(root.getFirstPropertyValue('name')).toBe(title);
      }),
      { numRuns: 200 },
    );
  });
});

describe('escapeText and foldLine', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf\rg\u0007')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('leaves short lines alone and splits long ones into ≤ 75-octet pieces', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
    const folded = foldLine('X:' + '€'.repeat(60));
    expect(folded.split('\r\n ').join('')).toBe('X:' + '€'.repeat(60));
    expect(folded.split('\r\n').map(utf8)).toEqual([74, 73, 37]);
  });
});

describe('time zones', () => {
  it('finds the offset changes of a year, to the minute', () => {
    const changes = offsetChanges('Europe/Paris', Date.UTC(2027, 0, 1), Date.UTC(2028, 0, 1));
    expect(changes.map((c) => [new Date(c.at).toISOString(), c.from, c.to])).toEqual([
      ['2027-03-28T01:00:00.000Z', 60, 120],
      ['2027-10-31T01:00:00.000Z', 120, 60],
    ]);
    expect(zoneOffsetMinutes('Asia/Kolkata', Date.UTC(2027, 5, 1))).toBe(330);
    expect(new Date(wallClockToUtc('Europe/Paris', Date.UTC(2027, 6, 1, 17))).toISOString()).toBe(
      '2027-07-01T15:00:00.000Z',
    );
  });
});
