import { zoneOffsetAt } from '../calendar/time-zone.js';

export interface WorkingWindow {
  timeZone: string;
  startMinutes: number;
  endMinutes: number;
}

/**
 * Minutes a day during which both windows are working, on the date of
 * `referenceMs` (offsets are taken at that instant, so DST seasons count).
 * Windows are compared on a 24-hour circle in UTC, so an evening in one zone
 * can meet a morning in another.
 */
export function workingWindowOverlapMinutes(
  a: WorkingWindow,
  b: WorkingWindow,
  referenceMs: number,
): number {
  const toUtc = (w: WorkingWindow): [number, number] => {
    const offset = zoneOffsetAt(w.timeZone, referenceMs);
    return [w.startMinutes - offset, w.endMinutes - offset];
  };
  const [a0, a1] = toUtc(a);
  const [b0, b1] = toUtc(b);
  let best = 0;
  // Shift b by a day either way so that windows wrapping midnight UTC still meet.
  for (const shift of [-1440, 0, 1440]) {
    const overlap = Math.min(a1, b1 + shift) - Math.max(a0, b0 + shift);
    if (overlap > 0) best += overlap;
  }
  return Math.min(best, Math.min(a1 - a0, b1 - b0));
}
