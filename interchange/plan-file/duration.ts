import type { Lag, TimeSpan } from '../../engine/scheduling/schedule-input.js';

/**
 * The plan file's duration and lag grammar:
 *
 *   duration := number unit            5d, 3h, 2w, 1mo, 30m, 1.5d; elapsed 4ed, 2eh, 1ew, 1emo, 90em
 *   lag      := ["-"] number unit      2d, -1d (a lead), 3ed
 *             | ["-"] number "%"       50%: a share of the predecessor's duration
 *
 * Working units count working time on the task's calendar and convert with the
 * plan's minutesPerDay / minutesPerWeek / minutesPerMonth; elapsed units (prefix
 * `e`) run on a 24×7 clock: 1eh = 60, 1ed = 1440, 1ew = 10080, 1emo = 30 days.
 * Results are rounded to the whole minute.
 */

export type WorkingUnit = 'm' | 'h' | 'd' | 'w' | 'mo';
export type ElapsedUnit = 'em' | 'eh' | 'ed' | 'ew' | 'emo';
export type DurationUnit = WorkingUnit | ElapsedUnit;

export const WORKING_UNITS: readonly WorkingUnit[] = ['m', 'h', 'd', 'w', 'mo'];
export const ELAPSED_UNITS: readonly ElapsedUnit[] = ['em', 'eh', 'ed', 'ew', 'emo'];

export interface DurationSettings {
  minutesPerDay: number;
  minutesPerWeek: number;
  minutesPerMonth: number;
}

/** MS Project's defaults: 8 h days, 40 h weeks, 20-day months. */
export const DEFAULT_DURATION_SETTINGS: Readonly<DurationSettings> = {
  minutesPerDay: 480,
  minutesPerWeek: 2400,
  minutesPerMonth: 9600,
};

/** A duration as written: a number and a unit. */
export interface DurationText {
  value: number;
  unit: DurationUnit;
}

const NUMBER = String.raw`\d+(?:\.\d+)?`;
const UNIT = 'emo|em|eh|ed|ew|mo|m|h|d|w';
const DURATION_RE = new RegExp(`^(${NUMBER})\\s*(${UNIT})$`);
const LAG_RE = new RegExp(`^([+-]?)(${NUMBER})\\s*(${UNIT}|%)$`);

/** For the JSON Schema: what a duration (never negative) looks like. */
export const DURATION_PATTERN = `^${NUMBER}\\s*(${UNIT})$`;
/** For the JSON Schema: what a lag looks like. */
export const LAG_PATTERN = `^[+-]?${NUMBER}\\s*(${UNIT}|%)$`;

function unitMinutes(unit: DurationUnit, settings: DurationSettings): number {
  switch (unit) {
    case 'm':
    case 'em':
      return 1;
    case 'h':
    case 'eh':
      return 60;
    case 'd':
      return settings.minutesPerDay;
    case 'w':
      return settings.minutesPerWeek;
    case 'mo':
      return settings.minutesPerMonth;
    case 'ed':
      return 1440;
    case 'ew':
      return 7 * 1440;
    case 'emo':
      return 30 * 1440;
  }
}

function isElapsed(unit: DurationUnit): unit is ElapsedUnit {
  return (ELAPSED_UNITS as readonly string[]).includes(unit);
}

/** `5d` → {value: 5, unit: 'd'}; null when it is not a duration. */
export function parseDurationText(text: string): DurationText | null {
  const m = DURATION_RE.exec(text);
  if (!m) return null;
  return { value: Number(m[1]), unit: m[2] as DurationUnit };
}

export function formatDurationText(d: DurationText): string {
  return `${d.value}${d.unit}`;
}

export function durationTextToSpan(d: DurationText, settings: DurationSettings): TimeSpan {
  const minutes = Math.round(d.value * unitMinutes(d.unit, settings));
  return { kind: isElapsed(d.unit) ? 'elapsed' : 'working', minutes };
}

/** `5d` → {kind: 'working', minutes: 2400}; null when it is not a duration (negative ones are not). */
export function parseDuration(text: string, settings: DurationSettings): TimeSpan | null {
  const d = parseDurationText(text);
  return d ? durationTextToSpan(d, settings) : null;
}

/** `-1d` → working −480; `50%` → percent 50; `3ed` → elapsed 4320; null when it is not a lag. */
export function parseLag(text: string, settings: DurationSettings): Lag | null {
  const m = LAG_RE.exec(text);
  if (!m) return null;
  const sign = m[1] === '-' ? -1 : 1;
  const value = Number(m[2]);
  const unit = m[3]!;
  if (unit === '%') return { kind: 'percent', percent: sign * value };
  const span = durationTextToSpan({ value, unit: unit as DurationUnit }, settings);
  // `-0d` is no lead at all.
  return { kind: span.kind, minutes: span.minutes === 0 ? 0 : sign * span.minutes };
}

/** The largest unit that divides the minutes exactly: 2400 working → `1w`, 90 → `90m`. */
export function formatTimeSpan(span: TimeSpan, settings: DurationSettings): string {
  const units: DurationUnit[] =
    span.kind === 'elapsed' ? ['emo', 'ew', 'ed', 'eh', 'em'] : ['mo', 'w', 'd', 'h', 'm'];
  const sign = span.minutes < 0 ? '-' : '';
  const minutes = Math.abs(span.minutes);
  for (const unit of units) {
    const size = unitMinutes(unit, settings);
    if (minutes !== 0 && minutes % size === 0) return `${sign}${minutes / size}${unit}`;
  }
  return `${sign}${minutes}${span.kind === 'elapsed' ? 'em' : 'm'}`;
}

export function formatLag(lag: Lag, settings: DurationSettings): string {
  if (lag.kind === 'percent') return `${lag.percent}%`;
  return formatTimeSpan(lag, settings);
}
