import { formatLocalDateTime } from '../../../engine/calendar/local-time.js';
import type { ForecastResult } from '../../../engine/forecasting/forecast-result.js';
import type { ScheduleDiagnostic } from '../../../engine/scheduling/schedule-result.js';
import { renderTable } from '../../output.js';
import { formatSlack, formatTableDate } from '../schedule/format-schedule.js';

/**
 * What `waymark forecast FILE --json` prints: the keys first, in its
 * order (iterations, finish {mean, p50, p80, p95}, probabilityOfTarget, tasks,
 * sensitivity), then more. Dates project-local `YYYY-MM-DDTHH:MM:SS`.
 */
export function toForecastJson(result: ForecastResult) {
  const at = (p: number) => result.finish.percentiles.find((row) => row.p === p);
  const date = (p: number) => {
    const row = at(p);
    return row ? formatLocalDateTime(row.finish) : null;
  };
  return {
    iterations: result.iterations,
    finish: {
      mean: formatLocalDateTime(result.finish.mean),
      p50: date(50),
      p80: date(80),
      p95: date(95),
      p10: date(10),
      sdWorkingMinutes: Math.round(result.finish.sdMinutes),
      deterministic: formatLocalDateTime(result.deterministicFinish),
      percentiles: result.finish.percentiles.map((row) => ({
        p: row.p,
        finish: formatLocalDateTime(row.finish),
        low: formatLocalDateTime(row.low),
        high: formatLocalDateTime(row.high),
      })),
    },
    probabilityOfTarget: result.probabilityOfTarget,
    tasks: result.tasks.map((t) => ({
      id: t.id,
      criticalityIndex: t.criticalityIndex,
      meanFinish: formatLocalDateTime(t.meanFinish),
    })),
    sensitivity: result.sensitivity.map((s) => ({ id: s.id, spearman: round(s.spearman, 4) })),
    seed: result.seed,
    target: result.target === null ? null : formatLocalDateTime(result.target),
    milestones: result.milestones.map((m) => ({
      id: m.id,
      p50: formatLocalDateTime(m.p50),
      p80: formatLocalDateTime(m.p80),
      p95: formatLocalDateTime(m.p95),
    })),
    tornado: result.tornado.map((t) => ({
      id: t.id,
      effectOnP80WorkingMinutes: t.effectMinutes,
      p80Without: formatLocalDateTime(t.p80Without),
    })),
    cost: result.cost && {
      mean: round(result.cost.mean, 2),
      p50: costAt(result, 50),
      p80: costAt(result, 80),
      p95: costAt(result, 95),
      probabilityOfTarget: result.cost.probabilityOfTarget,
    },
    jointConfidence: result.jointConfidence.map((j) => ({
      p: j.p,
      finish: formatLocalDateTime(j.finish),
      cost: round(j.cost, 2),
      probability: j.probability,
    })),
    convergence: result.convergence,
    percentileMethod: result.percentileMethod,
    sensitivityMethod: result.sensitivityMethod,
    diagnostics: result.diagnostics.map(diagnosticJson),
  };
}

function costAt(result: ForecastResult, p: number): number | null {
  const row = result.cost?.percentiles.find((c) => c.p === p);
  return row ? round(row.cost, 2) : null;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f + 0;
}

function diagnosticJson(d: ScheduleDiagnostic) {
  return { code: d.code, severity: d.severity, message: d.message, taskIds: [...d.taskIds] };
}

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

/** The readable forecast: finish percentiles, target, milestones, criticality, sensitivity, risks, cost. */
export function renderForecastText(
  result: ForecastResult,
  options: { file: string; distribution: string; minutesPerDay: number; top?: number },
): string {
  const top = options.top ?? 10;
  const perDay = options.minutesPerDay;
  const out: string[] = [];
  out.push(
    `Forecast of ${options.file}: ${result.iterations} iterations, seed ${result.seed}, ${options.distribution} estimates`,
  );
  out.push(`Likely-duration (CPM) finish: ${formatTableDate(result.deterministicFinish)}`);
  out.push(
    `Mean finish: ${formatTableDate(result.finish.mean)} (sd ${formatSlack(result.finish.sdMinutes, perDay)})`,
  );
  out.push('');
  out.push(
    renderTable(
      [
        { header: 'P', value: (r) => `P${r.p}` },
        { header: 'FINISH', value: (r) => formatTableDate(r.finish) },
        {
          header: '95% INTERVAL',
          value: (r) => `${formatTableDate(r.low)} – ${formatTableDate(r.high)}`,
        },
      ],
      result.finish.percentiles,
    ).trimEnd(),
  );
  if (result.target !== null && result.probabilityOfTarget !== null)
    out.push(
      '',
      `Probability of finishing by ${formatTableDate(result.target)}: ${percent(result.probabilityOfTarget)}`,
    );
  if (result.milestones.length) {
    out.push('', 'Milestones');
    out.push(
      renderTable(
        [
          { header: 'ID', value: (m) => m.id },
          { header: 'NAME', value: (m) => m.name, maxWidth: 40 },
          { header: 'P50', value: (m) => formatTableDate(m.p50) },
          { header: 'P80', value: (m) => formatTableDate(m.p80) },
          { header: 'P95', value: (m) => formatTableDate(m.p95) },
        ],
        result.milestones,
      ).trimEnd(),
    );
  }
  const critical = result.tasks
    .filter((t) => t.criticalityIndex > 0)
    .sort((a, b) => b.criticalityIndex - a.criticalityIndex)
    .slice(0, top);
  out.push('', `Criticality index (share of iterations on the critical path), top ${top}`);
  out.push(
    critical.length
      ? renderTable(
          [
            { header: 'CRITICAL', value: (t) => percent(t.criticalityIndex) },
            { header: 'ID', value: (t) => t.id },
            { header: 'NAME', value: (t) => t.name, maxWidth: 40 },
          ],
          critical,
        ).trimEnd()
      : 'none',
  );
  out.push('', `Sensitivity (Spearman ρ of duration with finish), top ${top}`);
  out.push(
    result.sensitivity.length
      ? renderTable(
          [
            { header: 'SPEARMAN', value: (s) => s.spearman.toFixed(3) },
            { header: 'ID', value: (s) => s.id },
            { header: 'NAME', value: (s) => s.name, maxWidth: 40 },
          ],
          result.sensitivity.slice(0, top),
        ).trimEnd()
      : 'no task has a three-point estimate',
  );
  if (result.tornado.length) {
    out.push('', 'Risks: effect on P80 (same draws with the risk switched off)');
    out.push(
      renderTable(
        [
          { header: 'EFFECT', value: (t) => formatSlack(t.effectMinutes, perDay) },
          { header: 'ID', value: (t) => t.id },
          { header: 'NAME', value: (t) => t.name, maxWidth: 40 },
        ],
        result.tornado,
      ).trimEnd(),
    );
  }
  if (result.cost) {
    const c = result.cost;
    out.push('', `Cost: mean ${c.mean.toFixed(2)}, sd ${c.sd.toFixed(2)}`);
    out.push(
      renderTable(
        [
          { header: 'P', value: (r) => `P${r.p}` },
          { header: 'COST', value: (r) => r.cost.toFixed(2) },
        ],
        c.percentiles,
      ).trimEnd(),
    );
    for (const j of result.jointConfidence)
      out.push(`Joint P${j.p} (finish and cost both within): ${percent(j.probability)}`);
  }
  out.push('', `Percentiles: ${result.percentileMethod}.`);
  for (const d of result.diagnostics) out.push(`${d.severity}: ${d.code}: ${d.message}`);
  return `${out.join('\n')}\n`;
}
