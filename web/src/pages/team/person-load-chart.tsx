import { useMemo } from 'react';
import { CHART_COLORS, EChart } from '../../components/echart';
import './team-charts';
import type { CapacityRow } from './team-types';
import { formatCalendar } from '../../components/format';

const SERIES_COLORS = [
  CHART_COLORS.blue,
  CHART_COLORS.violet,
  CHART_COLORS.amber,
  '#3aa6a0',
  '#c76b98',
  CHART_COLORS.grey,
];

/** A person's weeks: hours per program stacked, against their capacity as a line. */
export function PersonLoadChart({ row }: { row: CapacityRow }) {
  const option = useMemo(() => {
    const programs = new Map<string, string>();
    for (const c of row.cells)
      for (const p of c.programs) programs.set(p.programId ?? 'run', p.programName);
    const hoursOf = (key: string) =>
      row.cells.map((c) => {
        const p = c.programs.find((x) => (x.programId ?? 'run') === key);
        return p ? p.loadHours : 0;
      });
    return {
      animation: false,
      grid: { left: 8, right: 16, top: 36, bottom: 4, containLabel: true },
      legend: {
        top: 0,
        left: 0,
        icon: 'circle',
        itemWidth: 10,
        textStyle: { color: CHART_COLORS.muted },
      },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: {
        type: 'category',
        data: row.cells.map((c) => formatCalendar(c.weekStart, 'day-month')),
        axisLabel: { color: CHART_COLORS.muted, fontSize: 10 },
      },
      yAxis: {
        type: 'value',
        name: 'hours',
        splitLine: { lineStyle: { color: CHART_COLORS.line } },
        axisLabel: { color: CHART_COLORS.muted },
      },
      series: [
        ...[...programs.entries()].map(([key, name], i) => ({
          type: 'bar',
          name,
          stack: 'load',
          barMaxWidth: 18,
          itemStyle: { color: SERIES_COLORS[i % SERIES_COLORS.length] },
          data: hoursOf(key),
        })),
        {
          type: 'line',
          name: 'Capacity',
          step: 'middle',
          symbol: 'none',
          lineStyle: { color: CHART_COLORS.red, width: 2 },
          itemStyle: { color: CHART_COLORS.red },
          data: row.cells.map((c) => c.capacityHours),
        },
      ],
    };
  }, [row]);
  return (
    <EChart
      option={option}
      label={`Weekly load of ${row.name} by program against capacity`}
      height={260}
    />
  );
}
