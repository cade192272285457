import type { LocalMinutes } from '../calendar/local-time.js';
import { zoneOffsetAt } from '../calendar/time-zone.js';

/**
 * Conversions between real instants (milliseconds since the epoch, UTC) and a
 * zone's floating wall clock (local minutes), used at the edges of the SLA
 * clock. Seconds are truncated: SLA arithmetic works in whole minutes.
 */

const DAY_MS = 86_400_000;
/** The wall-clock minute in `zone` at instant `utcMs`. */
export function instantToZoneLocal(utcMs: number, zone: string): LocalMinutes {
  const minute = Math.floor(utcMs / 60000);
  return minute + zoneOffsetAt(zone, minute * 60000);
}

/**
 * The instant a wall-clock minute in `zone` denotes. In the hour skipped when
 * clocks go forward, the offset before the jump is used (02:30 → 03:30);
 * in the hour that repeats when clocks go back, the earlier instant is chosen.
 */
export function zoneLocalToInstant(local: LocalMinutes, zone: string): number {
  const guess = local * 60000;
  const before = zoneOffsetAt(zone, guess - DAY_MS);
  const after = zoneOffsetAt(zone, guess + DAY_MS);
  // Try both offsets around the date; keep the earliest candidate that maps back to `local`.
  const candidates = [before, after]
    .map((offset) => (local - offset) * 60000)
    .sort((a, b) => a - b)
    .filter((utc) => instantToZoneLocal(utc, zone) === local);
  if (candidates.length > 0) return candidates[0]!;
  return (local - before) * 60000;
}

/** `2027-01-13T15:00:00-08:00`: the instant on `zone`'s wall clock, with its offset. */
export function formatInstantInZone(utcMs: number, zone: string): string {
  const offset = zoneOffsetAt(zone, utcMs);
  const wall = new Date(Math.floor(utcMs / 1000) * 1000 + offset * 60000)
    .toISOString()
    .slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${wall}${sign}${hh}:${mm}`;
}
