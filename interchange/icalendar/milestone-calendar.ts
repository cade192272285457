/**
 * Milestones as an iCalendar feed (RFC 5545) that calendar clients subscribe to.
 *
 * - VCALENDAR with PRODID, VERSION:2.0, CALSCALE:GREGORIAN, METHOD:PUBLISH, and the
 *   name as X-WR-CALNAME and NAME (RFC 7986); X-WR-TIMEZONE when a zone is given.
 * - One VEVENT per milestone: UID as given (keep it stable, e.g. `milestone-42@host`,
 *   so clients update events instead of duplicating them), DTSTAMP = `now` in UTC,
 *   SUMMARY, DESCRIPTION and URL when given, TRANSP:TRANSPARENT (a milestone does
 *   not make anyone busy).
 * - A `date` milestone is all-day: DTSTART;VALUE=DATE and DTEND;VALUE=DATE the next
 *   day. A `dateTime` milestone is wall-clock time in `timezone`: DTSTART;TZID=…, with
 *   a VTIMEZONE for that zone covering the years used; without a timezone the
 *   date-time is UTC (`Z`). A timed milestone is an instant, so it has no DTEND.
 * - TEXT values are escaped (`\\`, `\;`, `\,`, line breaks as `\n`; other control
 *   characters dropped). URL is a URI value (§3.3.13), which has no escapes: it is
 *   normalised by the WHATWG URL parser (which percent-encodes, and drops line breaks).
 * - Lines end with CRLF and are folded at 75 octets, never inside a UTF-8 character.
 *
 * Pure: the clock comes in as `now`; bad input (an unknown zone, an impossible date,
 * a relative URL) throws a RangeError.
 */
import { parseLocalDateTime } from '../../engine/calendar/local-time.js';
import { isValidTimeZone } from '../../engine/calendar/time-zone.js';
import { basicDateTime, vtimezoneLines } from './time-zone.js';

interface MilestoneFields {
  /** Stable and unique: the same milestone always gets the same UID. */
  uid: string;
  title: string;
  description?: string;
  /** Absolute URL, e.g. the milestone's page in Waymark. */
  url?: string;
}

export type CalendarMilestone = MilestoneFields &
  (
    | { /** All-day, `YYYY-MM-DD`. */ date: string; dateTime?: undefined }
    | {
        /** `YYYY-MM-DDTHH:MM[:SS]`, wall-clock time in the calendar's timezone (UTC without one). */
        dateTime: string;
        date?: undefined;
      }
  );

export interface MilestoneCalendarOptions {
  name: string;
  milestones: readonly CalendarMilestone[];
  /** IANA zone of the milestones' date-times, e.g. Europe/Paris. */
  timezone?: string;
  /** When the feed is made (DTSTAMP). */
  now: Date;
  /** Default `-//Waymark//Waymark//EN`. */
  prodId?: string;
}

const DAY_MS = 86_400_000;

/** RFC 5545 §3.3.11 TEXT escaping. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, ''); // eslint-disable-line no-control-regex
}

/**
 * Folds a content line at 75 octets (§3.1): CRLF and a space, the space counting
 * toward the next line's 75; splits between characters, never inside one.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
      limit = 74;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

function localMs(text: string, what: string, dateOnly: boolean): number {
  const ok = dateOnly
    ? /^\d{4}-\d{2}-\d{2}$/.test(text)
    : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(text);
  const minutes = ok && !/T24:/.test(text) ? parseLocalDateTime(text) : null;
  if (minutes === null)
    throw new RangeError(
      `${what}: "${text}" is not a ${dateOnly ? 'date (YYYY-MM-DD)' : 'date-time (YYYY-MM-DDTHH:MM[:SS])'}`,
    );
  const seconds = dateOnly ? 0 : Number(/:(\d{2}):(\d{2})$/.exec(text)?.[2] ?? 0);
  return minutes * 60_000 + seconds * 1000;
}

function basicDate(ms: number): string {
  return basicDateTime(ms).slice(0, 8);
}

function absoluteUrl(url: string, what: string): string {
  try {
    return new URL(url).href;
  } catch {
    throw new RangeError(`${what}: "${url}" is not an absolute URL`);
  }
}

/** The feed's text: a VCALENDAR with one VEVENT per milestone, CRLF line ends, folded lines. */
export function milestoneCalendar(options: MilestoneCalendarOptions): string {
  const { name, milestones, timezone, now } = options;
  if (Number.isNaN(now.getTime())) throw new RangeError('now is not a valid date');
  if (timezone !== undefined && !isValidTimeZone(timezone))
    throw new RangeError(`unknown time zone "${timezone}" (IANA, e.g. Europe/Paris)`);
  const zoned = timezone !== undefined && timezone !== 'UTC' && timezone !== 'Etc/UTC';
  const stamp = `${basicDateTime(now.getTime())}Z`;

  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${options.prodId ?? '-//Waymark//Waymark//EN'}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    `NAME:${escapeText(name)}`,
    ...(timezone === undefined ? [] : [`X-WR-TIMEZONE:${timezone}`]),
  ];
  const events: string[] = [];
  const years: number[] = [];
  milestones.forEach((m, i) => {
    const what = `milestones[${i}]`;
    if (m.uid.trim() === '') throw new RangeError(`${what}: uid is empty`);
    events.push('BEGIN:VEVENT', `UID:${escapeText(m.uid)}`, `DTSTAMP:${stamp}`);
    if (m.date !== undefined) {
      const day = localMs(m.date, `${what}.date`, true);
      events.push(
        `DTSTART;VALUE=DATE:${basicDate(day)}`,
        `DTEND;VALUE=DATE:${basicDate(day + DAY_MS)}`,
      );
    } else if (m.dateTime !== undefined) {
      const wall = localMs(m.dateTime, `${what}.dateTime`, false);
      if (zoned) {
        years.push(new Date(wall).getUTCFullYear());
        events.push(`DTSTART;TZID=${timezone}:${basicDateTime(wall)}`);
      } else {
        events.push(`DTSTART:${basicDateTime(wall)}Z`);
      }
    } else {
      throw new RangeError(`${what}: give date or dateTime`);
    }
    events.push(`SUMMARY:${escapeText(m.title)}`);
    if (m.description !== undefined) events.push(`DESCRIPTION:${escapeText(m.description)}`);
    if (m.url !== undefined) events.push(`URL:${absoluteUrl(m.url, `${what}.url`)}`);
    events.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  });
  if (zoned && years.length > 0)
    lines.push(...vtimezoneLines(timezone, Math.min(...years) - 1, Math.max(...years) + 1));
  lines.push(...events, 'END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
