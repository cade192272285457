import { parseLocalDateTime } from '../../../engine/calendar/local-time.js';
import { isValidTimeZone } from '../../../engine/calendar/time-zone.js';
import { zoneLocalToInstant } from '../../../engine/sla/zoned-instant.js';
import { CliError } from '../../errors.js';

const INSTANT = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)(Z|[+-]\d{2}:\d{2})?$/;

/**
 * `--at`: an ISO 8601 instant with its offset (`2027-01-08T15:00:00-08:00`, `…Z`);
 * without an offset it is read on the team's wall clock (`--timezone`).
 */
export function parseAtFlag(text: string, timeZone: string): number {
  const m = INSTANT.exec(text.trim());
  if (!m)
    throw CliError.usage(
      `--at: "${text}" is not an ISO 8601 date-time such as 2027-01-08T15:00:00-08:00`,
    );
  const [, wall, offset] = m;
  const local = parseLocalDateTime(wall!.slice(0, 19));
  if (local === null) throw CliError.usage(`--at: "${text}" is not a real date-time`);
  if (!offset) return zoneLocalToInstant(local, timeZone);
  const ms = Date.parse(text.trim());
  if (Number.isNaN(ms)) throw CliError.usage(`--at: "${text}" is not a real date-time`);
  return ms;
}

/** `08:00-16:00` → minutes after midnight; the end may be 24:00. */
export function parseWorkingHoursFlag(text: string): { start: number; end: number } {
  const m = /^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$/.exec(text.trim());
  const minutes = (h: string, mi: string) => Number(h) * 60 + Number(mi);
  if (m) {
    const start = minutes(m[1]!, m[2]!);
    const end = minutes(m[3]!, m[4]!);
    if (Number(m[2]) < 60 && Number(m[4]) < 60 && start < end && end <= 1440) return { start, end };
  }
  throw CliError.usage(
    `--working-hours: "${text}" must be HH:MM-HH:MM with the start before the end, e.g. 08:00-16:00`,
  );
}

export function parseTimeZoneFlag(text: string): string {
  if (!isValidTimeZone(text))
    throw CliError.usage(
      `--timezone: "${text}" is not an IANA time zone such as America/Los_Angeles`,
    );
  return text;
}

export function parseHoursFlag(text: string): number {
  const hours = Number(text);
  if (text.trim() === '' || !Number.isFinite(hours) || hours < 0 || hours > 10_000)
    throw CliError.usage(
      `--hours: "${text}" must be a number of working hours between 0 and 10000`,
    );
  return hours;
}

export function parseHolidayFlag(text: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || parseLocalDateTime(text) === null)
    throw CliError.usage(`--holiday: "${text}" must be a date YYYY-MM-DD`);
  return text;
}

/** ISO weekdays as `1-5` or `1,2,3,4,5` (1 = Monday). */
export function parseWorkingDaysFlag(text: string): number[] {
  const range = /^([1-7])-([1-7])$/.exec(text.trim());
  const days = range
    ? Array.from(
        { length: Number(range[2]) - Number(range[1]) + 1 },
        (_, i) => Number(range[1]) + i,
      )
    : text.split(',').map((d) => Number(d.trim()));
  if (days.length === 0 || days.some((d) => !Number.isInteger(d) || d < 1 || d > 7))
    throw CliError.usage(
      `--working-days: "${text}" must be ISO weekdays like 1-5 or 1,2,3,4,5 (1 = Monday)`,
    );
  return [...new Set(days)].sort();
}
