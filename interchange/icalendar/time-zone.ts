/**
 * A VTIMEZONE (RFC 5545 §3.6.5) for an IANA zone, from the platform's own zone data
 * (Intl): one observance per offset change in the years asked for, each with
 * DTSTART in the local time before the change, TZOFFSETFROM and TZOFFSETTO.
 * Explicit observances instead of RRULEs: exact for the years covered, and any
 * client reads them.
 */

import { zoneOffsetMinutes as offsetMinutes } from '../../engine/calendar/time-zone.js';

/** The UTC instant of a wall-clock time (ms since the epoch read as UTC) in the zone. */
export function wallClockToUtc(zone: string, wallMs: number): number {
  // Two rounds settle it, also next to a change; a time skipped by a change moves forward.
  let utc = wallMs - offsetMinutes(zone, wallMs) * 60_000;
  utc = wallMs - offsetMinutes(zone, utc) * 60_000;
  return utc;
}

export interface OffsetChange {
  /** The first UTC instant (ms) of the new offset. */
  at: number;
  from: number;
  to: number;
}

const DAY_MS = 86_400_000;

/** Offset changes between two UTC instants, found day by day, then to the minute. */
export function offsetChanges(zone: string, fromMs: number, toMs: number): OffsetChange[] {
  const changes: OffsetChange[] = [];
  let t = fromMs;
  let offset = offsetMinutes(zone, t);
  while (t < toMs) {
    const next = Math.min(t + DAY_MS, toMs);
    const nextOffset = offsetMinutes(zone, next);
    if (nextOffset !== offset) {
      let lo = t;
      let hi = next;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (offsetMinutes(zone, mid) === offset) lo = mid;
        else hi = mid;
      }
      changes.push({ at: hi, from: offset, to: nextOffset });
      offset = nextOffset;
    }
    t = next;
  }
  return changes;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** `YYYYMMDDTHHMMSS` of ms since the epoch, read as UTC. */
export function basicDateTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace(/[-:]/g, '');
}

/** The VTIMEZONE's content lines (unfolded), covering whole UTC years fromYear…toYear. */
export function vtimezoneLines(zone: string, fromYear: number, toYear: number): string[] {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  const first = offsetMinutes(zone, start);
  const changes = offsetChanges(zone, start, end);
  // Daylight: an offset above the zone's lowest one in the span.
  const lowest = Math.min(first, ...changes.map((c) => c.to));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const observance = (at: number, from: number, to: number) => {
    const kind = to > lowest ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${basicDateTime(at + from * 60_000)}`,
      `TZOFFSETFROM:${formatOffset(from)}`,
      `TZOFFSETTO:${formatOffset(to)}`,
      `END:${kind}`,
    );
  };
  observance(start, first, first);
  for (const c of changes) observance(c.at, c.from, c.to);
  lines.push('END:VTIMEZONE');
  return lines;
}
