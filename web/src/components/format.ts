/**
 * Every date the web shows is written here, in the reader's locale (the browser's, through
 * `Intl`): `9 Nov 2026` in en-GB, `Nov 9, 2026` in en-US. The API stays ISO. Dates and
 * program wall-clock times carry no zone, so they are formatted as UTC to stay the day
 * and time they say whatever the viewer's own zone is.
 */
const DATE_OPTIONS: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
};
const TIME_OPTIONS: Intl.DateTimeFormatOptions = {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
};

const formats = new Map<string, Intl.DateTimeFormat>();
/** Made once per shape and zone: building an Intl format is far dearer than using one. */
function format(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(undefined, options);
    formats.set(key, f);
  }
  return f;
}

/** `2025-03-07…` → that moment read as UTC, or null when the text is no date. */
function utcOf(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map((v) => (v === undefined ? 0 : Number(v)));
  const date = new Date(Date.UTC(y!, mo! - 1, d!, h, mi));
  // `2025-02-30` would roll into March: show what the API said rather than another day.
  return date.getUTCDate() === d ? date : null;
}

/** `2025-03-07` → `7 Mar 2025` (in en-GB; the reader's locale decides). */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '—';
  const date = utcOf(isoDate);
  return date ? format(DATE_OPTIONS).format(date) : isoDate;
}

/**
 * `2026-11-09T09:30:00` (on the program's clock, no zone) → `9 Nov 2026 09:30`: the
 * date as `formatDate` writes it, then the wall-clock time as the program reads it.
 */
export function formatDateTime(localDateTime: string | null | undefined): string {
  if (!localDateTime) return '—';
  const date = utcOf(localDateTime);
  if (!date) return localDateTime;
  const hasTime = localDateTime.length > 10;
  return hasTime
    ? `${format(DATE_OPTIONS).format(date)} ${format(TIME_OPTIONS).format(date)}`
    : format(DATE_OPTIONS).format(date);
}

/**
 * An instant (`2026-12-07T03:47:12.345Z`) → `7 Dec 2026 03:47 UTC`: for times that
 * belong to no program's clock (when a job ran, when a file was written).
 */
export function formatInstant(iso: string | null | undefined): string {
  if (!iso) return '—';
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return `${formatDateTime(instant.toISOString().slice(0, 16))} UTC`;
}

/**
 * An instant read on a clock of its own (a team's SLA calendar): `9 Nov 2026 17:00 PST`.
 * Without a zone, in the reader's own.
 */
export function formatInstantIn(iso: string, timeZone?: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const zone = { timeZone: timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone };
  const name = format({ ...zone, timeZoneName: 'short' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value;
  const date = format({ ...DATE_OPTIONS, ...zone }).format(instant);
  const time = format({ ...TIME_OPTIONS, ...zone }).format(instant);
  return name ? `${date} ${time} ${name}` : `${date} ${time}`;
}

/** Parts of a date for chart axes and tight cells, in the reader's locale. */
const CALENDAR_PARTS = {
  'day-month': { day: 'numeric', month: 'short' },
  month: { month: 'short' },
  'month-year': { month: 'short', year: 'numeric' },
  'weekday-day': { weekday: 'narrow', day: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * A day on the zone-free clock (`2027-01-21…` or its milliseconds) as axis labels say it:
 * `21 Jan`, `Jan`, `Jan 2027`, `M 4` (en-GB).
 */
export function formatCalendar(value: string | number, parts: keyof typeof CALENDAR_PARTS): string {
  const date = typeof value === 'number' ? new Date(value) : utcOf(value);
  if (!date || Number.isNaN(date.getTime())) return String(value);
  return format({ ...CALENDAR_PARTS[parts], timeZone: 'UTC' }).format(date);
}

const DATE_IN_TEXT = /\b\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?\b/g;

/**
 * The dates inside a sentence from the API ("is before the actual start
 * 2026-11-09T09:00:00") written as the page writes every other date.
 */
export function formatDatesIn(text: string): string {
  return text.replace(DATE_IN_TEXT, (d) => (d.length > 10 ? formatDateTime(d) : formatDate(d)));
}

export function formatMoney(cents: number | null, currency: string): string {
  if (cents === null) return '—';
  try {
    return new Intl.NumberFormat('en', {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
    }).format(cents / 100);
  } catch {
    return `${(cents / 100).toLocaleString('en')} ${currency}`;
  }
}

/** Lags are stored in working minutes; people think in working hours. */
export function formatLag(lagMinutes: number): string {
  if (lagMinutes === 0) return 'no lag';
  const hours = Math.abs(lagMinutes) / 60;
  const text = Number.isInteger(hours) ? `${hours} h` : `${hours.toFixed(1)} h`;
  return lagMinutes > 0 ? `+${text} lag` : `−${text} lead`;
}

export function formatHours(hours: number | null): string {
  if (hours === null) return '—';
  return `${Number.isInteger(hours) ? hours : hours.toFixed(1)} h`;
}

/** Empty inputs mean "not set", which the API spells null. */
export function blankToNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** A number typed by a person, or null when blank, or NaN when it is not a number (the API then says why). */
export function parseDecimal(value: string): number | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  return Number(trimmed.replace(/,/g, ''));
}
