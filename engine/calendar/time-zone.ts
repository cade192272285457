/**
 * Time-zone offsets for calendars whose hours are in another zone than the
 * project clock. Pure and deterministic: offsets come from the runtime's IANA
 * data through `Intl.DateTimeFormat`, for given instants only (never "now").
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** True when the runtime knows the IANA zone. */
export function isValidTimeZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** Minutes to add to UTC to get wall-clock time in `zone` at the instant `utcMs` (e.g. +60 for Paris in winter). */
export function zoneOffsetMinutes(zone: string, utcMs: number): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(utcMs)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const wall = Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour! % 24,
    parts.minute!,
    parts.second!,
  );
  return Math.round((wall - Math.floor(utcMs / 1000) * 1000) / 60000);
}

/**
 * For a calendar in `calendarZone` read on a project clock in `projectZone`:
 * the minutes to add to the calendar's local times of day `day` (days since
 * 1970-01-01) to get project-local times. One shift per day, taken at noon UTC
 * of that date: on a day when either zone changes its offset, the whole day
 * uses the offset in force at noon (periods are not split at the DST instant).
 * Cached per day.
 */
// One function per pair of zones, shared by every calendar (team, person) in the same zone.
const shiftMemo = new Map<string, (day: number) => number>();

export function dailyShift(calendarZone: string, projectZone: string): (day: number) => number {
  if (calendarZone === projectZone) return () => 0;
  const key = `${calendarZone}|${projectZone}`;
  let shift = shiftMemo.get(key);
  if (!shift) {
    const calendarOffset = noonOffsets(calendarZone);
    const projectOffset = noonOffsets(projectZone);
    shift = (day) => projectOffset(day) - calendarOffset(day);
    shiftMemo.set(key, shift);
  }
  return shift;
}

/**
 * A zone's offset at noon UTC of each day, memoised for the process: many
 * calendars (every team and person) share a few zones, and Intl is slow
 * (microseconds a call). Offsets of a given day never change, so sharing the
 * memo keeps results deterministic.
 */
const noonOffsetMemo = new Map<string, (day: number) => number>();
function noonOffsets(zone: string): (day: number) => number {
  let lookup = noonOffsetMemo.get(zone);
  if (!lookup) {
    const byDay = new Map<number, number>();
    lookup = (day) => {
      let offset = byDay.get(day);
      if (offset === undefined) {
        offset = zoneOffsetMinutes(zone, (day * 1440 + 720) * 60000);
        byDay.set(day, offset);
      }
      return offset;
    };
    noonOffsetMemo.set(zone, lookup);
  }
  return lookup;
}

const DAY_MS = 86_400_000;
const MAX_CACHED_DAYS = 20_000;
/** Per zone: UTC day → its offset when the day has no transition, else null. */
const dayOffsets = new Map<string, Map<number, number | null>>();

/**
 * `zoneOffsetMinutes`, memoised per UTC day: asking Intl costs tens of
 * microseconds, and an SLA queue or a routing list reads many instants on the
 * same few days. A day
 * whose offset is the same at its start and at its end is taken to have no
 * transition (zones change at most once a day); other days ask Intl each time.
 */
export function zoneOffsetAt(zone: string, utcMs: number): number {
  let days = dayOffsets.get(zone);
  if (!days) {
    days = new Map();
    dayOffsets.set(zone, days);
  }
  const day = Math.floor(utcMs / DAY_MS);
  let offset = days.get(day);
  if (offset === undefined) {
    const atStart = zoneOffsetMinutes(zone, day * DAY_MS);
    offset = atStart === zoneOffsetMinutes(zone, (day + 1) * DAY_MS - 1000) ? atStart : null;
    if (days.size >= MAX_CACHED_DAYS) days.clear();
    days.set(day, offset);
  }
  return offset ?? zoneOffsetMinutes(zone, utcMs);
}
