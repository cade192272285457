import { quarterStartDate, shiftQuarter } from '../headcount/fiscal-quarter.js';

/**
 * An OKR period is a fiscal quarter of the headcount plan. The issue writes `2027-Q1`;
 * that is read as FY2027-Q1 (February to April 2026 with the default fiscal start).
 */
export function okrPeriod(period: string): string {
  const m = /^(?:FY)?(\d{4})-Q([1-4])$/.exec(period);
  if (!m) throw new RangeError(`not a period: ${JSON.stringify(period)}`);
  return `FY${m[1]}-Q${m[2]}`;
}

/** The period's first and last days, inclusive. */
export function okrPeriodRange(period: string): { from: string; to: string } {
  const quarter = okrPeriod(period);
  const from = quarterStartDate(quarter);
  const next = new Date(`${quarterStartDate(shiftQuarter(quarter, 1))}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() - 1);
  return { from, to: next.toISOString().slice(0, 10) };
}

/** A period has ended once `today` is after its last day. */
export function okrPeriodEnded(period: string, today: string): boolean {
  return today > okrPeriodRange(period).to;
}
