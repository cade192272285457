import { dayNumber, formatDayNumber, isoWeekday } from '../capacity/calendar-day.js';

/** `days` working days (Monday to Friday) after `date`; 0 leaves it as it is. */
export function addWorkingDays(date: string, days: number): string {
  let day = dayNumber(date);
  for (let left = Math.max(0, Math.floor(days)); left > 0;) {
    day += 1;
    if (isoWeekday(day) <= 5) left -= 1;
  }
  return formatDayNumber(day);
}

/**
 * On time: the actual finish day is at or before the planned day plus the
 * tolerance in working days. Without a planned day there is nothing to judge (null).
 */
export function finishedOnTime(
  actual: string,
  planned: string | null,
  toleranceWorkingDays = 0,
): boolean | null {
  if (planned === null) return null;
  return actual.slice(0, 10) <= addWorkingDays(planned.slice(0, 10), toleranceWorkingDays);
}
