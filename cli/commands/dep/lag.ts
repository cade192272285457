import {
  DEFAULT_DURATION_SETTINGS,
  formatTimeSpan,
  parseLag,
} from '../../../interchange/plan-file/duration.js';
import { CliError } from '../../errors.js';

/**
 * `--lag` in the plan file's notation (2d, -1d, 4h, 30m, 1w), converted with its
 * default 8-hour day as the API stores lags: working minutes. The API has no
 * elapsed or percent lags, so those are refused rather than approximated.
 */
export function lagMinutesOf(text: string): number {
  const lag = parseLag(text.trim(), DEFAULT_DURATION_SETTINGS);
  if (lag === null)
    throw CliError.usage(
      `lag: "${text}" is not a lag; write a number and a unit, e.g. 2d, -1d (a lead), 4h or 30m`,
    );
  if (lag.kind !== 'working')
    throw CliError.usage(
      `lag: "${text}" is ${lag.kind === 'percent' ? 'a percent' : 'an elapsed'} lag, which Waymark does not store yet; give working time, e.g. 2d or 4h`,
    );
  return lag.minutes;
}

/** 960 -> `2d`, -480 -> `-1d`, 90 -> `90m`: the notation `--lag` accepts. */
export function formatLagMinutes(minutes: number): string {
  return formatTimeSpan({ kind: 'working', minutes }, DEFAULT_DURATION_SETTINGS);
}
