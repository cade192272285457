import type { CalendarException, Recurrence, Weekday } from './calendar-definition.js';
import { weekdayOfDay } from './local-time.js';

/**
 * Expansion of (recurring) calendar exceptions into day indices (days since
 * 1970-01-01, as `dayIndex` counts them).
 *
 * Conventions (MSPDI leaves them implicit; MPXJ does the same):
 * - weeks start on Sunday; "every N weeks" counts from the week holding `from`;
 * - "every N months" counts from the month holding `from`;
 * - a day of month that a month lacks (31 in April, 29 Feb in 2027) falls on
 *   that month's last day;
 * - only days between `from` and `to` (inclusive) count, at most `occurrences`
 *   of them, earliest first.
 */

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})/;

/** Refuse to expand more than this many days in one exception (about 1,000 years). */
const MAX_SPAN_DAYS = 366_000;

/** `YYYY-MM-DD` (a time part is ignored) → day index; null when invalid. */
export function parseDay(text: string): number | null {
  const m = DAY_PATTERN.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  if (new Date(ms).getUTCDate() !== day) return null;
  return Math.round(ms / 86_400_000);
}

function dayOf(year: number, month0: number, day: number): number {
  return Math.round(Date.UTC(year, month0, day) / 86_400_000);
}

function daysInMonth(year: number, month0: number): number {
  return new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();
}

/** The day of `year`/`month0` on `day`, clamped to the month's last day. */
function clampedDay(year: number, month0: number, day: number): number {
  return dayOf(year, month0, Math.min(Math.max(day, 1), daysInMonth(year, month0)));
}

/** The `position`-th (or last) `weekday` of a month. */
function nthWeekday(
  year: number,
  month0: number,
  position: 1 | 2 | 3 | 4 | 'last',
  weekday: Weekday,
): number {
  if (position === 'last') {
    const last = dayOf(year, month0, daysInMonth(year, month0));
    return last - ((weekdayOfDay(last) - weekday + 7) % 7);
  }
  const first = dayOf(year, month0, 1);
  return first + ((weekday - weekdayOfDay(first) + 7) % 7) + 7 * (position - 1);
}

/** Days picked by `recurrence` in [first, last], ascending, at most `limit`. */
export function recurrenceDays(
  recurrence: Recurrence,
  first: number,
  last: number,
  limit = Number.POSITIVE_INFINITY,
): number[] {
  const out: number[] = [];
  if (last < first || limit <= 0) return out;
  const lastDay = Math.min(last, first + MAX_SPAN_DAYS);
  const push = (d: number): boolean => {
    if (d >= first && d <= lastDay) out.push(d);
    return out.length < limit;
  };
  const every = Math.max(1, Math.floor('every' in recurrence ? recurrence.every : 1));
  const start = new Date(first * 86_400_000);
  const y0 = start.getUTCFullYear();
  const m0 = start.getUTCMonth();
  switch (recurrence.kind) {
    case 'daily':
      for (let d = first; d <= lastDay; d += every) if (!push(d)) break;
      break;
    case 'weekly': {
      const picked = new Set<number>(recurrence.weekdays);
      if (picked.size === 0) break;
      const weekStart = first - weekdayOfDay(first);
      for (let ws = weekStart; ws <= lastDay; ws += 7 * every) {
        let more = true;
        for (let wd = 0; wd < 7 && more; wd++) if (picked.has(wd)) more = push(ws + wd);
        if (!more) break;
      }
      break;
    }
    case 'monthly-day':
    case 'monthly-weekday':
      for (let k = 0; ; k += every) {
        const monthStart = dayOf(y0, m0 + k, 1);
        if (monthStart > lastDay) break;
        const y = new Date(monthStart * 86_400_000).getUTCFullYear();
        const mo = new Date(monthStart * 86_400_000).getUTCMonth();
        const d =
          recurrence.kind === 'monthly-day'
            ? clampedDay(y, mo, recurrence.day)
            : nthWeekday(y, mo, recurrence.position, recurrence.weekday);
        if (!push(d)) break;
      }
      break;
    case 'yearly-date':
    case 'yearly-weekday':
      for (let y = y0; dayOf(y, 0, 1) <= lastDay; y++) {
        const mo = Math.min(Math.max(Math.floor(recurrence.month), 1), 12) - 1;
        const d =
          recurrence.kind === 'yearly-date'
            ? clampedDay(y, mo, recurrence.day)
            : nthWeekday(y, mo, recurrence.position, recurrence.weekday);
        if (!push(d)) break;
      }
      break;
  }
  return out;
}

/**
 * The days an exception covers: every day from `from` to `to`, or, with a
 * recurrence, the days it picks there (at most `occurrences`). Invalid dates
 * give no days.
 */
export function exceptionDays(exception: CalendarException): number[] {
  const first = parseDay(exception.from);
  const last = parseDay(exception.to);
  if (first === null || last === null) return [];
  const limit =
    exception.occurrences !== undefined && exception.occurrences > 0
      ? exception.occurrences
      : Number.POSITIVE_INFINITY;
  if (!exception.recurrence) {
    const out: number[] = [];
    for (let d = first; d <= Math.min(last, first + MAX_SPAN_DAYS); d++) out.push(d);
    return out;
  }
  return recurrenceDays(exception.recurrence, first, last, limit);
}
