/**
 * Forecast accuracy: how the P-dates forecast for a milestone or a program
 * compare with when it actually finished. Dates are compared as calendar days
 * (`YYYY-MM-DD`, the day an actual finish was recorded); a forecast counts only
 * when it was made before that day.
 */
export interface ForecastOutcome {
  forecastId: string;
  /** The milestone's or program's id. */
  itemId: string;
  itemName: string;
  kind: 'milestone' | 'program';
  /** When the forecast was made, `YYYY-MM-DD`. */
  forecastOn: string;
  p50: string;
  p80: string;
  p95: string;
  actual: string;
}

export interface ScoredForecast extends ForecastOutcome {
  /** actual − P50 in calendar days: positive = later than the P50. */
  p50ErrorDays: number;
  withinP50: boolean;
  withinP80: boolean;
  withinP95: boolean;
}

export interface Calibration {
  /** The forecast's level, 50, 80 or 95. */
  p: number;
  /** Share of actuals at or before their P-date; a calibrated forecaster has p/100. */
  observed: number | null;
  count: number;
}

export interface AccuracyReport {
  scored: ScoredForecast[];
  calibration: Calibration[];
  /** Mean absolute P50 error in calendar days; null without scored forecasts. */
  meanAbsoluteP50ErrorDays: number | null;
}

const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

export function scoreForecasts(outcomes: readonly ForecastOutcome[]): AccuracyReport {
  const scored: ScoredForecast[] = [];
  for (const o of outcomes) {
    const actual = dayNumber(o.actual);
    if (!(dayNumber(o.forecastOn) < actual)) continue; // made after the fact: not a forecast
    scored.push({
      ...o,
      p50ErrorDays: actual - dayNumber(o.p50),
      withinP50: actual <= dayNumber(o.p50),
      withinP80: actual <= dayNumber(o.p80),
      withinP95: actual <= dayNumber(o.p95),
    });
  }
  const share = (hit: (s: ScoredForecast) => boolean) =>
    scored.length ? scored.filter(hit).length / scored.length : null;
  return {
    scored,
    calibration: [
      { p: 50, observed: share((s) => s.withinP50), count: scored.length },
      { p: 80, observed: share((s) => s.withinP80), count: scored.length },
      { p: 95, observed: share((s) => s.withinP95), count: scored.length },
    ],
    meanAbsoluteP50ErrorDays: scored.length
      ? scored.reduce((sum, s) => sum + Math.abs(s.p50ErrorDays), 0) / scored.length
      : null,
  };
}
