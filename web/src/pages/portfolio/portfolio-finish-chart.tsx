import { useMemo } from 'react';
import type { ProgramFinishForecast } from '../../api/types';
import { chartText } from '../../components/chart-text';
import { CHART_COLORS, EChart, type BarChartOption } from '../../components/echart';
import { formatForecastDate, formatShortDate } from '../forecast/forecast-format';

const DAY_MS = 86_400_000;

/** Project-local `YYYY-MM-DDTHH:MM:SS` as days on one line (read as UTC: no zone shifts it). */
function dayNumber(value: string): number {
  return Date.parse(`${value}Z`) / DAY_MS;
}

function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 19);
}

/**
 * Each program's finish as a horizontal range: a darker bar from P50 to P80
 * and a lighter one on to P95, so P80 is where the two meet. Stacked on an
 * invisible bar that reaches P50; the axis counts days from the earliest P50.
 */
export function PortfolioFinishChart({ programs }: { programs: ProgramFinishForecast[] }) {
  const option = useMemo<BarChartOption>(() => {
    const origin = Math.floor(Math.min(...programs.map((p) => dayNumber(p.p50)))) - 1;
    const at = (value: string) => Math.round((dayNumber(value) - origin) * 100) / 100;
    // The first program on top, as in the table.
    const rows = [...programs].reverse();
    return {
      // Colours set on each series: the invisible one must not shift the palette.
      color: [CHART_COLORS.blue, CHART_COLORS.violet],
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params: unknown) => {
          const index = (params as { dataIndex: number }[])[0]?.dataIndex ?? 0;
          const p = rows[index]!;
          return [
            chartText(p.name),
            `P50 ${formatForecastDate(p.p50)}`,
            `P80 ${formatForecastDate(p.p80)}`,
            `P95 ${formatForecastDate(p.p95)}`,
          ].join('\n');
        },
      },
      legend: { top: 0, data: ['P50 to P80', 'P80 to P95'] },
      grid: { left: 8, right: 32, top: 36, bottom: 32, containLabel: true },
      xAxis: {
        type: 'value',
        min: 0,
        axisLabel: { formatter: (day: number) => formatShortDate(dateOf(origin + day)) },
      },
      yAxis: {
        type: 'category',
        data: rows.map((p) => chartText(p.name)),
        axisLabel: { width: 220, overflow: 'truncate' },
      },
      series: [
        {
          name: 'Before P50',
          type: 'bar',
          stack: 'finish',
          silent: true,
          itemStyle: { color: 'transparent' },
          data: rows.map((p) => at(p.p50)),
        },
        {
          name: 'P50 to P80',
          type: 'bar',
          stack: 'finish',
          barMaxWidth: 26,
          itemStyle: { color: CHART_COLORS.blue },
          // At least a sliver: a program without variance has P50 = P80.
          data: rows.map((p) => Math.max(0.15, at(p.p80) - at(p.p50))),
        },
        {
          name: 'P80 to P95',
          type: 'bar',
          stack: 'finish',
          barMaxWidth: 26,
          itemStyle: { color: CHART_COLORS.violet, opacity: 0.6 },
          data: rows.map((p) => Math.max(0, at(p.p95) - at(p.p80))),
        },
      ],
    };
  }, [programs]);
  return (
    <EChart
      option={option}
      height={Math.max(180, 70 + programs.length * 44)}
      label={`Program finish dates: ${programs
        .map(
          (p) =>
            `${p.name} P50 ${formatForecastDate(p.p50, false)}, P80 ${formatForecastDate(p.p80, false)}, P95 ${formatForecastDate(p.p95, false)}`,
        )
        .join('; ')}`}
    />
  );
}
