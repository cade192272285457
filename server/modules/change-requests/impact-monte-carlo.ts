import { formatLocalDateTime, parseLocalDateTime } from '../../../engine/calendar/local-time.js';
import { compileForecastCalendars } from '../../../engine/forecasting/forecast-plan.js';
import { forecastOnWorkers } from '../../../runtime/forecast-workers/forecast-on-workers.js';
import type { ImpactForecastSettings, PlanSide } from './impact-model.js';

export interface ImpactMonteCarlo {
  p80: string | null;
  targetProbability: number | null;
  pCurve: { p: number; finish: string }[];
}

/**
 * The same plan with the same settings gives the same result (the seed is
 * fixed), so the last few are kept: every change request of a program shares
 * the plan's "before" side, and a second request on an unchanged plan runs
 * only its "after".
 */
const KEPT = 16;
const kept = new Map<string, Promise<ImpactMonteCarlo>>();

/**
 * One side's Monte Carlo on worker threads (the event loop stays free),
 * finishes only (no tornado, criticality, milestones, cost or sensitivity): P80, the probability of finishing by the
 * target date (17:00 on it) and the finish at every whole percentile.
 */
export function impactMonteCarlo(
  side: PlanSide,
  settings: ImpactForecastSettings,
  targetDate: string | null,
  workerFile?: URL | null,
): Promise<ImpactMonteCarlo> {
  const key = `${side.forecast.inputHash}|${JSON.stringify(settings)}|${targetDate}`;
  const known = kept.get(key);
  if (known) return known;
  const running = run(side, settings, targetDate, workerFile);
  kept.set(key, running);
  // A failure is not kept: the next request tries again.
  running.catch(() => kept.delete(key));
  if (kept.size > KEPT) kept.delete(kept.keys().next().value!);
  return running;
}

async function run(
  side: PlanSide,
  settings: ImpactForecastSettings,
  targetDate: string | null,
  workerFile: URL | null | undefined,
): Promise<ImpactMonteCarlo> {
  const input = side.forecast.input;
  const outcome = await forecastOnWorkers(
    input,
    {
      iterations: settings.iterations,
      seed: settings.seed,
      tornado: false,
      // The impact reads the finishes only: no criticality walk, milestones, cost or sensitivity replay.
      finishOnly: true,
      ...(targetDate ? { target: parseLocalDateTime(targetDate)! + 17 * 60 } : {}),
    },
    {
      calendars: compileForecastCalendars(input),
      ...(workerFile !== undefined ? { workerFile } : {}),
    },
  );
  if (!outcome.ok) return { p80: null, targetProbability: null, pCurve: [] };
  const result = outcome.result;
  const p80 = result.sCurve.find((s) => s.p === 80)?.finish;
  return {
    p80: p80 === undefined ? null : formatLocalDateTime(p80),
    targetProbability: result.probabilityOfTarget,
    pCurve: result.sCurve.map((s) => ({ p: s.p, finish: formatLocalDateTime(s.finish) })),
  };
}
