import { useMemo } from 'react';
import { chartText } from '../../components/chart-text';
import { CHART_COLORS, EChart, type BarChartOption } from '../../components/echart';
import { formatDate, formatDateTime } from '../../components/format';
import type { ChangeRequestImpact } from './change-request-types';

/** A program-clock date-time (no zone) as a point on the chart's time axis. */
function timeOf(localDateTime: string): number {
  return Date.parse(`${localDateTime.length > 10 ? localDateTime : `${localDateTime}T00:00:00`}Z`);
}

const DAY_MS = 86_400_000;

/** The axis's dates are read back as the program's calendar days. */
function dayOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * The finish-date distribution before and after the change, as two cumulative curves:
 * for each date, the chance of finishing by then. A curve moved right is a later finish.
 */
export function PCurveChart({ impact, label }: { impact: ChangeRequestImpact; label: string }) {
  const option = useMemo<BarChartOption>(() => {
    const points = (curve: ChangeRequestImpact['pCurve']['before']) =>
      curve.map((point) => [timeOf(point.finish), point.p]);
    const times = [...impact.pCurve.before, ...impact.pCurve.after].map((p) => timeOf(p.finish));
    const before = 'Today’s plan';
    const after = chartText(`With ${label}`);
    return {
      color: [CHART_COLORS.grey, CHART_COLORS.blue],
      legend: { top: 0, data: [before, after] },
      tooltip: {
        trigger: 'item',
        formatter: (params: unknown) => {
          const { seriesName, value } = params as { seriesName: string; value: [number, number] };
          return `${seriesName}\nP${value[1]}: ${formatDateTime(new Date(value[0]).toISOString().slice(0, 19))}`;
        },
      },
      grid: { left: 48, right: 24, top: 36, bottom: 40 },
      xAxis: {
        type: 'time',
        // A day's margin each side: a plan without spread draws upright lines, not the axes.
        min: Math.min(...times) - DAY_MS,
        max: Math.max(...times) + DAY_MS,
        axisLabel: { hideOverlap: true, formatter: (value: number) => formatDate(dayOf(value)) },
      },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        { name: before, type: 'line', showSymbol: false, data: points(impact.pCurve.before) },
        {
          name: after,
          type: 'line',
          showSymbol: false,
          lineStyle: { width: 3 },
          data: points(impact.pCurve.after),
        },
      ],
    };
  }, [impact, label]);
  const p80 = (value: string | null) => formatDateTime(value);
  return (
    <div data-testid="p-curve">
      <EChart
        option={option}
        height={280}
        label={`Chance of finishing by each date, before and after ${label}: P80 ${p80(impact.p80.before)} before, ${p80(impact.p80.after)} after`}
      />
    </div>
  );
}
