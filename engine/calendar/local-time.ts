/**
 * Waymark schedules on a floating, project-local wall clock: an instant is an
 * integer count of minutes since 1970-01-01T00:00 in the project's own time,
 * with no zone and no daylight-saving jumps (as MS Project does: MSPDI dates
 * carry no zone). Converting to real instants happens at the edges.
 */
export type LocalMinutes = number;

export const MINUTES_PER_DAY = 1440;

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** `2027-01-08T08:00:00` or `2027-01-08` (midnight) → local minutes; null when not a valid date-time. */
export function parseLocalDateTime(text: string): LocalMinutes | null {
  const m = PATTERN.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || Number(s) > 59)
    return null;
  const ms = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCDate() !== day) return null; // 2027-02-30
  return Math.round(ms / 60000);
}

/** Local minutes → `YYYY-MM-DDTHH:MM:SS`. */
export function formatLocalDateTime(t: LocalMinutes): string {
  const d = new Date(Math.round(t) * 60000);
  return d.toISOString().slice(0, 19);
}

/** Days since 1970-01-01 of the day containing t. */
export function dayIndex(t: LocalMinutes): number {
  return Math.floor(t / MINUTES_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}
