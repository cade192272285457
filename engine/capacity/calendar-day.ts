import { parseDay } from '../calendar/recurrence.js';

/** Days since 1970-01-01 for a `YYYY-MM-DD` date; throws on anything else (a caller bug, the API validates first). */
export function dayNumber(date: string): number {
  const day = parseDay(date);
  if (day === null || !/^\d{4}-\d{2}-\d{2}$/.test(date))
    throw new RangeError(`not a calendar date: ${JSON.stringify(date)}`);
  return day;
}

export function formatDayNumber(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** ISO weekday, 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The Monday on or before `day`. */
export function mondayOf(day: number): number {
  return day - isoWeekday(day) + 1;
}
