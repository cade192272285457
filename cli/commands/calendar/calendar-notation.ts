import { CliError } from '../../errors.js';

/**
 * How calendars are typed on the command line (pure):
 * - a day: `mon=08:00-12:00,13:00-17:00`, `sat=off`; `mon-fri=09:00-17:00` for a range;
 * - an exception: `2027-12-24` (not working), `2027-12-24..2027-12-31 Winter break`,
 *   `2027-01-09=10:00-14:00 Saturday shift` (working those hours).
 */
export interface Period {
  from: number;
  to: number;
}
export type Week = Partial<Record<'0' | '1' | '2' | '3' | '4' | '5' | '6', Period[]>>;
export interface Exception {
  name?: string;
  from: string;
  to: string;
  intervals: Period[];
}

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

function clock(text: string, what: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
  if (!m || Number(m[2]) >= 60 || !(minutes >= 0 && minutes <= 1440))
    throw CliError.usage(`${what}: "${text}" is not a time of day HH:MM (00:00 to 24:00)`);
  return minutes;
}

export function periodsOf(text: string, what: string): Period[] {
  if (text.trim().toLowerCase() === 'off') return [];
  return text.split(',').map((range) => {
    const [from = '', to = ''] = range.split('-');
    const period = { from: clock(from, what), to: clock(to, what) };
    if (period.from >= period.to)
      throw CliError.usage(`${what}: "${range}" must start before it ends`);
    return period;
  });
}

function dayIndex(name: string, what: string): number {
  const i = DAYS.indexOf(name.trim().toLowerCase().slice(0, 3) as (typeof DAYS)[number]);
  if (i < 0) throw CliError.usage(`${what}: "${name}" is not a weekday (mon, tue, … sun)`);
  return i;
}

/** `--day` values → the days they set (other days untouched). */
export function weekOf(specs: readonly string[]): Week {
  const week: Week = {};
  for (const spec of specs) {
    const at = spec.indexOf('=');
    if (at < 0) throw CliError.usage(`day: "${spec}" needs DAY=HH:MM-HH:MM (or DAY=off)`);
    const [first, last = first] = spec.slice(0, at).split('-');
    const periods = periodsOf(spec.slice(at + 1), 'day');
    const from = dayIndex(first!, 'day');
    const to = dayIndex(last!, 'day');
    for (let d = from; ; d = (d + 1) % 7) {
      week[String(d) as keyof Week] = periods;
      if (d === to) break;
    }
  }
  return week;
}

export function exceptionOf(spec: string): Exception {
  const m = /^(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?(?:=(\S+))?(?:\s+(.+))?$/.exec(
    spec.trim(),
  );
  if (!m)
    throw CliError.usage(
      `exception: "${spec}" needs DATE[..DATE][=HH:MM-HH:MM] [name], e.g. "2027-12-24..2027-12-31 Winter break"`,
    );
  const [, from, to, hours, name] = m;
  return {
    ...(name ? { name: name.trim() } : {}),
    from: from!,
    to: to ?? from!,
    intervals: hours ? periodsOf(hours, 'exception') : [],
  };
}

const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** `08:00-12:00, 13:00-17:00` or `off`. */
export function formatPeriods(periods: readonly Period[] | undefined): string {
  if (periods === undefined) return '(from base)';
  return periods.length === 0
    ? 'off'
    : periods.map((p) => `${hhmm(p.from)}-${hhmm(p.to)}`).join(', ');
}

/** Monday first, as people read a week. */
export const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;
export const dayName = (d: number) => DAYS[d]!;
