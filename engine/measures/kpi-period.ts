import { dayNumber, formatDayNumber } from '../capacity/calendar-day.js';
import { fiscalQuarterOf, quarterStartDate, shiftQuarter } from '../headcount/fiscal-quarter.js';

/** A span of calendar days, both ends included. */
export interface KpiPeriod {
  from: string;
  to: string;
}

export interface QuarterSlice extends KpiPeriod {
  quarter: string;
}

/** The last four fiscal quarters, the current one included, up to `today`. */
export function defaultKpiPeriod(today: string): KpiPeriod {
  return { from: quarterStartDate(shiftQuarter(fiscalQuarterOf(today), -3)), to: today };
}

/**
 * The period cut at fiscal-quarter boundaries: one slice per quarter it touches,
 * the first and last cut to the period, so the slices cover it day by day once.
 */
export function quarterSlices(period: KpiPeriod): QuarterSlice[] {
  const slices: QuarterSlice[] = [];
  const last = dayNumber(period.to);
  let from = dayNumber(period.from);
  while (from <= last) {
    const quarter = fiscalQuarterOf(formatDayNumber(from));
    const next = dayNumber(quarterStartDate(shiftQuarter(quarter, 1)));
    const to = Math.min(last, next - 1);
    slices.push({ quarter, from: formatDayNumber(from), to: formatDayNumber(to) });
    from = to + 1;
  }
  return slices;
}

/** `YYYY-MM-DD` (or the day of a timestamp) inside the period, both ends included. */
export function inPeriod(day: string, period: KpiPeriod): boolean {
  const d = day.slice(0, 10);
  return d >= period.from && d <= period.to;
}
