import {
  DEFAULT_DURATION_SETTINGS,
  formatTimeSpan,
  parseLag,
} from '../../../interchange/plan-file/duration.js';
import { CliError } from '../../errors.js';

/** A lag as the API takes it: working or elapsed minutes, or a percent of the predecessor. */
export type LagBody =
  | { lagKind: 'working' | 'elapsed'; lagMinutes: number; lagPercent: null }
  | { lagKind: 'percent'; lagMinutes: 0; lagPercent: number };

/**
 * `--lag` in the plan file's notation: working time (2d, -1d, 4h, 30m, 1w, with its
 * default 8-hour day), elapsed time (3ed, 12eh) or a share of the predecessor's
 * duration (50%, -25% for a lead).
 */
export function lagOf(text: string): LagBody {
  const lag = parseLag(text.trim(), DEFAULT_DURATION_SETTINGS);
  if (lag === null)
    throw CliError.usage(
      `lag: "${text}" is not a lag; write a number and a unit, e.g. 2d, -1d (a lead), 4h, 3ed (elapsed) or 50%`,
    );
  if (lag.kind === 'percent') return { lagKind: 'percent', lagMinutes: 0, lagPercent: lag.percent };
  return { lagKind: lag.kind, lagMinutes: lag.minutes, lagPercent: null };
}

/** Working minutes only (the `--lag-minutes` counterpart); elapsed and percent lags are refused. */
export function lagMinutesOf(text: string): number {
  const lag = lagOf(text);
  if (lag.lagKind !== 'working')
    throw CliError.usage(
      `lag: "${text}" is ${lag.lagKind === 'percent' ? 'a percent' : 'an elapsed'} lag; give working time here, e.g. 2d or 4h`,
    );
  return lag.lagMinutes;
}

/** 960 -> `2d`, -480 -> `-1d`, 90 -> `90m`: the notation `--lag` accepts. */
export function formatLagMinutes(minutes: number): string {
  return formatTimeSpan({ kind: 'working', minutes }, DEFAULT_DURATION_SETTINGS);
}

/** A dependency's lag in that notation, whatever its kind: `2d`, `3ed`, `50%`. */
export function formatLag(d: {
  lagKind?: string;
  lagMinutes: number;
  lagPercent?: number | null;
}): string {
  if (d.lagKind === 'percent') return `${d.lagPercent ?? 0}%`;
  return formatTimeSpan(
    { kind: d.lagKind === 'elapsed' ? 'elapsed' : 'working', minutes: d.lagMinutes },
    DEFAULT_DURATION_SETTINGS,
  );
}
