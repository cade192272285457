import type { ForecastSummary } from '../../api/types';
import { localMs, type GanttRow } from './gantt-model';
import { formatDate } from '../../components/format';

/** The latest forecast, as the Gantt draws it. */
export interface GanttForecast {
  /** Program finish P50 and P80: dashed vertical lines. */
  p50: string;
  p80: string;
  /** Per milestone: a whisker from its P50 to its P95, with a tick at P80. */
  milestones: ReadonlyMap<string, { p50: string; p80: string; p95: string }>;
  /** Per item: share of iterations on the critical path (label shading). */
  criticality: ReadonlyMap<string, number>;
}

export function ganttForecastOf(summary: ForecastSummary): GanttForecast {
  const at = (p: number) => summary.finish.percentiles.find((x) => x.p === p)?.finish ?? '';
  return {
    p50: at(50),
    p80: at(80),
    milestones: new Map(summary.milestones.map((m) => [m.id, m])),
    criticality: new Map(summary.tasks.map((t) => [t.id, t.criticalityIndex])),
  };
}

/** The latest P-date the Gantt must have room for. */
export function forecastHorizonMs(forecast: GanttForecast | undefined): number {
  if (!forecast) return -Infinity;
  let hi = forecast.p80 ? localMs(forecast.p80) : -Infinity;
  for (const m of forecast.milestones.values()) hi = Math.max(hi, localMs(m.p95));
  return hi;
}

/** Label shading: a red tint as deep as the share of iterations in which the item was critical. */
export function criticalityShade(
  forecast: GanttForecast | undefined,
  id: string,
): { background: string } | undefined {
  const index = forecast?.criticality.get(id);
  if (!index || index < 0.01) return undefined;
  return { background: `rgba(214, 69, 69, ${(0.04 + 0.22 * index).toFixed(3)})` };
}

/** SVG layer over the bars: program P50/P80 lines and milestone whiskers of the visible rows. */
export function GanttForecastLayer({
  forecast,
  rows,
  first,
  rowHeight,
  height,
  x,
}: {
  forecast: GanttForecast;
  rows: readonly GanttRow[];
  first: number;
  rowHeight: number;
  height: number;
  x(ms: number): number;
}) {
  return (
    <g className="gantt__forecast" data-testid="gantt-forecast">
      {rows.map((row, i) => {
        if (row.kind !== 'milestone') return null;
        const m = forecast.milestones.get(row.item.id);
        if (!m) return null;
        const y = (first + i) * rowHeight + rowHeight / 2;
        const [a, b, c] = [x(localMs(m.p50)), x(localMs(m.p80)), x(localMs(m.p95))];
        return (
          <g key={row.key} className="gantt__whisker" data-item-id={row.item.id}>
            <title>{`P50 ${formatDate(m.p50)} · P80 ${formatDate(m.p80)} · P95 ${formatDate(m.p95)}`}</title>
            <line x1={a} x2={c} y1={y} y2={y} />
            <line x1={a} x2={a} y1={y - 4} y2={y + 4} />
            <line x1={b} x2={b} y1={y - 6} y2={y + 6} className="gantt__whisker-p80" />
            <line x1={c} x2={c} y1={y - 4} y2={y + 4} />
          </g>
        );
      })}
      {[
        ['P50', forecast.p50],
        ['P80', forecast.p80],
      ].map(([label, date]) =>
        date ? (
          <g key={label} className={`gantt__pdate gantt__pdate--${label!.toLowerCase()}`}>
            <line x1={x(localMs(date))} x2={x(localMs(date))} y1={0} y2={height} />
            <text x={x(localMs(date)) + 4} y={12}>
              {label}
            </text>
          </g>
        ) : null,
      )}
    </g>
  );
}
