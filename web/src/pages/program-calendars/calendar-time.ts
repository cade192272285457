/**
 * A calendar speaks minutes after midnight (480–720 is 08:00–12:00); people read and
 * type HH:MM. These convert both ways and say a day's working hours in words.
 */

export interface Period {
  from: number;
  to: number;
}

/** Mon–Sun, as people read a week; the API keys weekdays '0' (Sunday) … '6' (Saturday). */
export const WEEK_ORDER = ['1', '2', '3', '4', '5', '6', '0'] as const;
export type WeekdayKey = (typeof WEEK_ORDER)[number];
export const WEEKDAY_NAME: Record<WeekdayKey, string> = {
  '0': 'Sunday',
  '1': 'Monday',
  '2': 'Tuesday',
  '3': 'Wednesday',
  '4': 'Thursday',
  '5': 'Friday',
  '6': 'Saturday',
};

export function minutesToClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** "08:30" → 510; "24:00" is the end of the day; anything else is null. */
export function clockToMinutes(text: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const h = Number(match[1]);
  const m = Number(match[2]);
  if (m > 59 || h > 24 || (h === 24 && m > 0)) return null;
  return h * 60 + m;
}

/** "08:00–12:00, 13:00–17:00", or "Not working" for none. */
export function formatPeriods(periods: readonly Period[]): string {
  if (periods.length === 0) return 'Not working';
  return periods.map((p) => `${minutesToClock(p.from)}–${minutesToClock(p.to)}`).join(', ');
}

/** Working hours in a list of periods, e.g. 8 for 08:00–12:00, 13:00–17:00. */
export function workingHours(periods: readonly Period[]): number {
  return periods.reduce((sum, p) => sum + (p.to - p.from), 0) / 60;
}

/** A day's periods as typed, in HH:MM. */
export interface TypedPeriod {
  from: string;
  to: string;
}

/**
 * Typed periods back into minutes, or the first thing wrong with them in a sentence
 * that names the day: each from before its to, in order, not overlapping.
 */
export function parsePeriods(
  typed: readonly TypedPeriod[],
  dayName: string,
): { periods: Period[] } | { problem: string } {
  const periods: Period[] = [];
  for (const [i, t] of typed.entries()) {
    const from = clockToMinutes(t.from);
    const to = clockToMinutes(t.to);
    const which = typed.length > 1 ? ` (period ${i + 1})` : '';
    if (from === null || to === null)
      return { problem: `${dayName}${which}: times must be HH:MM, e.g. 08:00.` };
    if (from >= to) return { problem: `${dayName}${which}: the start must be before the end.` };
    const previous = periods[periods.length - 1];
    if (previous && from < previous.to)
      return { problem: `${dayName}${which}: periods must be in order and not overlap.` };
    periods.push({ from, to });
  }
  return { periods };
}

/** "08:00–12:00, 13:00–17:00" (a hyphen will do) into periods, or what is wrong with it. */
export function parsePeriodList(
  text: string,
  label: string,
): { periods: Period[] } | { problem: string } {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const typed: TypedPeriod[] = [];
  for (const part of parts) {
    const [from, to, extra] = part.split(/\s*[-–]\s*/);
    if (from === undefined || to === undefined || extra !== undefined)
      return { problem: `${label} must read like 08:00–12:00, 13:00–17:00.` };
    typed.push({ from, to });
  }
  return parsePeriods(typed, label);
}
