import type { ForecastSummary } from '../../../contracts/forecast.schema.js';
import { formatLocalDateTime as local } from '../../../engine/calendar/local-time.js';
import type { ForecastResult } from '../../../engine/forecasting/forecast-result.js';
import { hasUnwritableDates } from '../../db/writable-result.js';

export { hasUnwritableDates };
import {
  isProgramFinishId,
  programFinishId,
  type PortfolioProgram,
} from './portfolio-forecast-input.js';

export const FINISH_TOO_FAR =
  'The forecast finishes after year 9999: look for huge estimates or lags, or a very long chain of tasks.';

/**
 * The engine's result as stored and served: dates project-local text, numbers
 * rounded for reading. With `programs` (a portfolio run), each program's finish
 * comes from its synthetic finish milestone, which is listed nowhere else.
 */
export function toForecastSummary(
  result: ForecastResult,
  programs?: readonly PortfolioProgram[],
): ForecastSummary {
  const real = <T extends { id: string }>(items: T[]) =>
    programs ? items.filter((i) => !isProgramFinishId(i.id)) : items;
  const milestoneById = new Map(result.milestones.map((m) => [m.id, m]));
  const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits + 0;
  return {
    iterations: result.iterations,
    percentileMethod: result.percentileMethod,
    deterministicFinish: local(result.deterministicFinish),
    finish: {
      mean: local(result.finish.mean),
      sdMinutes: Math.round(result.finish.sdMinutes),
      percentiles: result.finish.percentiles.map((p) => ({
        p: p.p,
        finish: local(p.finish),
        low: local(p.low),
        high: local(p.high),
      })),
    },
    sCurve: result.sCurve.map((s) => ({ p: s.p, finish: local(s.finish) })),
    histogram: result.histogram.map((h) => ({
      from: local(h.from),
      to: local(h.to),
      count: h.count,
    })),
    probabilityOfTarget:
      result.probabilityOfTarget === null ? null : round(result.probabilityOfTarget),
    milestones: real(result.milestones).map((m) => ({
      id: m.id,
      name: m.name,
      p50: local(m.p50),
      p80: local(m.p80),
      p95: local(m.p95),
    })),
    ...(programs && {
      programs: programs.flatMap((p) => {
        const m = milestoneById.get(programFinishId(p.id));
        return m
          ? [
              {
                programId: p.id,
                name: p.name,
                p50: local(m.p50),
                p80: local(m.p80),
                p95: local(m.p95),
                ...(m.probabilityOfTarget === null
                  ? {}
                  : { probabilityOfTarget: round(m.probabilityOfTarget) }),
              },
            ]
          : [];
      }),
    }),
    tasks: real(result.tasks).map((t) => ({
      id: t.id,
      name: t.name,
      criticalityIndex: round(t.criticalityIndex),
      meanFinish: local(t.meanFinish),
    })),
    sensitivity: real(result.sensitivity).map((s) => ({
      id: s.id,
      name: s.name,
      spearman: round(s.spearman),
    })),
    tornado: result.tornado.map((t) => ({
      id: t.id,
      name: t.name,
      effectMinutes: t.effectMinutes,
      p80Without: local(t.p80Without),
    })),
    cost: result.cost && {
      mean: round(result.cost.mean, 2),
      sd: round(result.cost.sd, 2),
      percentiles: result.cost.percentiles.map((c) => ({ p: c.p, cost: round(c.cost, 2) })),
    },
    jointConfidence: result.jointConfidence.map((j) => ({
      p: j.p,
      finish: local(j.finish),
      cost: round(j.cost, 2),
      probability: round(j.probability),
    })),
    diagnostics: result.diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      message: d.message,
      itemIds: d.taskIds,
    })),
  };
}
