const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * `2025-03-07` → `7 Mar 2025`: the schedule, the forecast and the server's messages
 * write dates this way too. By hand rather than Intl, whose en-GB says "Sept".
 */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '—';
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  const month = MONTHS[(m ?? 0) - 1];
  return y && month && d ? `${d} ${month} ${y}` : isoDate;
}

/**
 * `2026-11-09T09:30:00` (on the program's clock, no zone) → `9 Nov 2026 09:30`: the
 * date as `formatDate` writes it, then the wall-clock time as the program reads it.
 */
export function formatDateTime(localDateTime: string | null | undefined): string {
  if (!localDateTime) return '—';
  const time = localDateTime.slice(11, 16);
  return time ? `${formatDate(localDateTime)} ${time}` : formatDate(localDateTime);
}

/**
 * An instant (`2026-12-07T03:47:12.345Z`) → `7 Dec 2026 03:47 UTC`: for times that
 * belong to no program's clock (when a job ran, when a file was written).
 */
export function formatInstant(iso: string | null | undefined): string {
  if (!iso) return '—';
  return `${formatDateTime(new Date(iso).toISOString().slice(0, 16))} UTC`;
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
