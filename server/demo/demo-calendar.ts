// Working-day arithmetic for laying the demo plan out around "today". Pure: the
// date comes in as an argument; nothing here reads the clock.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export interface DemoCalendar {
  today: string;
  /** The Monday of today's week, plus `n` working days (Mon-Fri); negative goes back. */
  day(n: number): string;
  /** `{ startDate, dueDate }` for a span of working days, both ends included. */
  span(from: number, to: number): { startDate: string; dueDate: string };
}

function parseIsoDate(value: string): number {
  const m = ISO_DATE.exec(value);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
  if (!m || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value) {
    throw new RangeError(
      `today: expected a calendar date like 2030-01-31, got ${JSON.stringify(value)}`,
    );
  }
  return ms;
}

export function demoCalendar(today: string): DemoCalendar {
  const todayMs = parseIsoDate(today);
  const weekday = new Date(todayMs).getUTCDay(); // 0 = Sunday
  const mondayMs = todayMs - ((weekday + 6) % 7) * DAY_MS;
  const day = (n: number): string => {
    if (!Number.isInteger(n))
      throw new RangeError(`working-day offset must be an integer, got ${n}`);
    const weeks = Math.floor(n / 5);
    const rest = n - weeks * 5;
    return new Date(mondayMs + (weeks * 7 + rest) * DAY_MS).toISOString().slice(0, 10);
  };
  return {
    today,
    day,
    span: (from, to) => {
      if (to < from) throw new RangeError(`span ends (${to}) before it starts (${from})`);
      return { startDate: day(from), dueDate: day(to) };
    },
  };
}
