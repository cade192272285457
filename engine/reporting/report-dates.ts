import {
  MINUTES_PER_DAY,
  formatLocalDateTime,
  parseLocalDateTime,
} from '../calendar/local-time.js';
import type { WorkingTime } from '../calendar/working-time.js';

/** Days since 1970-01-01 of an ISO day (`YYYY-MM-DD`, or a local date-time whose day is taken). */
export function dayNumber(isoDay: string): number {
  const minutes = parseLocalDateTime(isoDay.slice(0, 10));
  if (minutes === null) throw new RangeError(`"${isoDay}" is not a day`);
  return Math.floor(minutes / MINUTES_PER_DAY);
}

/** The ISO day `days` after (or before, when negative) `isoDay`. */
export function addDays(isoDay: string, days: number): string {
  return formatLocalDateTime((dayNumber(isoDay) + days) * MINUTES_PER_DAY).slice(0, 10);
}

/**
 * Working days from `from` to `to` on a calendar: the days after `from` up to and
 * including `to` that hold any working time; negative when `to` is earlier, 0 on
 * the same day. A milestone moved from a Friday to the next Monday slipped 1.
 */
export function workingDaysBetween(calendar: WorkingTime, from: string, to: string): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (a === b) return 0;
  const [low, high, sign] = a < b ? [a, b, 1] : [b, a, -1];
  let count = 0;
  for (let day = low + 1; day <= high; day++) {
    const start = day * MINUTES_PER_DAY;
    if (calendar.workingBetween(start, start + MINUTES_PER_DAY) > 0) count++;
  }
  // Never -0: callers compare with 0 and print it.
  return count === 0 ? 0 : sign * count;
}
