/**
 * Fiscal quarters. The fiscal year starts on the first of `startMonth`
 * (default February) and is named after the calendar year it ends in:
 * FY2027 runs from 2026-02-01 to 2027-01-31; its Q1 is February to April.
 */
export const DEFAULT_FISCAL_START_MONTH = 2;

const QUARTER = /^FY(\d{4})-Q([1-4])$/;

export function fiscalQuarterOf(date: string, startMonth = DEFAULT_FISCAL_START_MONTH): string {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(date);
  if (!m) throw new RangeError(`not a calendar date: ${JSON.stringify(date)}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const monthsIn = (month - startMonth + 12) % 12;
  const fiscalYear = startMonth === 1 || month < startMonth ? year : year + 1;
  return `FY${fiscalYear}-Q${Math.floor(monthsIn / 3) + 1}`;
}

export function quartersOfFiscalYear(fiscalYear: string): string[] {
  if (!/^FY\d{4}$/.test(fiscalYear))
    throw new RangeError(`not a fiscal year: ${JSON.stringify(fiscalYear)}`);
  return [1, 2, 3, 4].map((q) => `${fiscalYear}-Q${q}`);
}

/** First day of a fiscal quarter, e.g. FY2027-Q4 → 2026-11-01. */
export function quarterStartDate(quarter: string, startMonth = DEFAULT_FISCAL_START_MONTH): string {
  const m = QUARTER.exec(quarter);
  if (!m) throw new RangeError(`not a fiscal quarter: ${JSON.stringify(quarter)}`);
  const fiscalYear = Number(m[1]);
  const monthIndex = startMonth - 1 + (Number(m[2]) - 1) * 3; // months after January of the start year
  const startYear = startMonth === 1 ? fiscalYear : fiscalYear - 1;
  const year = startYear + Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

/** The quarter `offset` quarters after (or, negative, before) `quarter`. */
export function shiftQuarter(quarter: string, offset: number): string {
  const m = QUARTER.exec(quarter);
  if (!m) throw new RangeError(`not a fiscal quarter: ${JSON.stringify(quarter)}`);
  const index = Number(m[1]) * 4 + Number(m[2]) - 1 + offset;
  return `FY${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}
