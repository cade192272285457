import type { ConstraintType, LinkType } from '../../engine/scheduling/schedule-input.js';

/** MSPDI `PredecessorLink/Type`: 0=FF 1=FS 2=SF 3=SS (README §3). */
export const LINK_TYPE_BY_CODE: Record<number, LinkType> = { 0: 'FF', 1: 'FS', 2: 'SF', 3: 'SS' };
export const LINK_CODE_BY_TYPE: Record<LinkType, number> = { FF: 0, FS: 1, SF: 2, SS: 3 };

/** MSPDI `ConstraintType` codes 0–7 (README §6). */
export const CONSTRAINT_BY_CODE: readonly ConstraintType[] = [
  'ASAP',
  'ALAP',
  'MSO',
  'MFO',
  'SNET',
  'SNLT',
  'FNET',
  'FNLT',
];

/** DurationFormat / LagFormat codes. */
export const FORMAT = {
  minutes: 3,
  elapsedMinutes: 4,
  hours: 5,
  elapsedHours: 6,
  days: 7,
  elapsedDays: 8,
  weeks: 9,
  elapsedWeeks: 10,
  months: 11,
  elapsedMonths: 12,
  percent: 19,
  elapsedPercent: 20,
  projectDefault: 21,
  noFormat: 53,
} as const;

/** Strips the +32 "estimated" variant (35–44, 51, 52). */
function base(code: number): number {
  return code >= 35 && code <= 52 ? code - 32 : code;
}

/** Elapsed units (em, eh, ed, ew, emo, and their estimated variants). */
export function isElapsedFormat(code: number): boolean {
  const b = base(code);
  return b === 4 || b === 6 || b === 8 || b === 10 || b === 12;
}

/** % and e% (19/20, and 51/52). */
export function isPercentFormat(code: number): boolean {
  const b = base(code);
  return b === 19 || b === 20;
}

const DURATION =
  /^(-)?P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** ISO-8601 `PTnHnMnS` (also `PnDT…`, a leading `-`) → minutes; null when not a duration. */
export function parseIsoDuration(text: string): number | null {
  const m = DURATION.exec(text.trim());
  if (!m || text.trim() === 'P' || text.trim() === 'PT') return null;
  const [, neg, d = '0', h = '0', mi = '0', s = '0'] = m;
  const minutes = Number(d) * 1440 + Number(h) * 60 + Number(mi) + Number(s) / 60;
  return neg ? -minutes : minutes;
}

/** Minutes → `PTnHnMnS` (whole seconds). */
export function formatIsoDuration(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  let seconds = Math.round(Math.abs(minutes) * 60);
  const h = Math.floor(seconds / 3600);
  seconds -= h * 3600;
  const m = Math.floor(seconds / 60);
  seconds -= m * 60;
  return `${sign}PT${h}H${m}M${seconds}S`;
}
