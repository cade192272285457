import { formatCalendar, formatDate, formatDateTime } from '../../components/format';

const WORK_DAY_MINUTES = 480;

/** `2027-01-21T14:05:00` (project-local, no zone) → `21 Jan 2027 14:05`, as every page writes dates. */
export function formatForecastDate(value: string | null, withTime = true): string {
  if (!value) return '—';
  return withTime ? formatDateTime(value) : formatDate(value);
}

/** `21 Jan`: short axis labels. */
export function formatShortDate(value: string): string {
  return formatCalendar(value, 'day-month');
}

export function formatPercent(x: number | null): string {
  return x === null ? '—' : `${(100 * x).toFixed(1).replace(/\.0$/, '')}%`;
}

export function workDays(minutes: number): number {
  return Math.round((minutes / WORK_DAY_MINUTES) * 10) / 10;
}

/** A forecast cost: whole units with grouping; the amounts carry no currency. */
export function formatCost(x: number | null | undefined): string {
  return x === null || x === undefined
    ? '—'
    : x.toLocaleString(undefined, { maximumFractionDigits: 0 });
}
