import { useMemo } from 'react';
import { CHART_COLORS, EChart, type BarChartOption } from '../../components/echart';
import { formatDate } from '../../components/format';
import type { StatusReport } from './status-report-types';

const timeOf = (day: string) => Date.parse(`${day}T00:00:00Z`);
const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);
const DAY_MS = 86_400_000;

/** P50 and P80 finish at the last published report and now, as bars on a date axis. */
export function ForecastMovementChart({ report }: { report: StatusReport }) {
  const f = report.facts.changes.forecast;
  const option = useMemo<BarChartOption>(() => {
    const points = [f.p50Before, f.p80Before, f.p50After, f.p80After].filter(
      (d): d is string => d !== null,
    );
    const times = points.map(timeOf);
    const value = (day: string | null) => (day ? timeOf(day) : null);
    return {
      color: [CHART_COLORS.grey, CHART_COLORS.blue],
      legend: { top: 0, data: ['Last report', 'Now'] },
      tooltip: {
        trigger: 'item',
        formatter: (params: unknown) => {
          const p = params as { seriesName: string; name: string; value: number };
          return `${p.seriesName}\n${p.name}: ${formatDate(dayOf(p.value))}`;
        },
      },
      grid: { left: 96, right: 24, top: 36, bottom: 40 },
      xAxis: { type: 'category', data: ['P50 finish', 'P80 finish'] },
      yAxis: {
        type: 'time',
        min: Math.min(...times) - 7 * DAY_MS,
        max: Math.max(...times) + 7 * DAY_MS,
        axisLabel: { hideOverlap: true, formatter: (v: number) => formatDate(dayOf(v)) },
      },
      series: [
        { name: 'Last report', type: 'bar', data: [value(f.p50Before), value(f.p80Before)] },
        { name: 'Now', type: 'bar', data: [value(f.p50After), value(f.p80After)] },
      ],
    };
  }, [f]);
  if (!f.p50After && !f.p50Before)
    return (
      <p className="empty" data-testid="forecast-movement">
        No forecast has run: the scheduled finish is {formatDate(report.facts.schedule.cpmFinish)}.
      </p>
    );
  return (
    <div data-testid="forecast-movement">
      <EChart
        option={option}
        height={240}
        label={`P50 finish ${formatDate(f.p50Before)} at the last report, ${formatDate(f.p50After)} now; P80 ${formatDate(f.p80Before)} then, ${formatDate(f.p80After)} now`}
      />
    </div>
  );
}
