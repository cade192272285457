import { useMemo } from 'react';
import { chartText } from '../../components/chart-text';
import { CHART_COLORS, EChart } from '../../components/echart';
import { LOAD_COLORS } from './team-charts';
import type { CapacityCell, CapacityHeatmap } from './team-types';
import { formatCalendar, formatDate } from '../../components/format';

/** Value the heatmap colours by: load percent, or −1 for a week without capacity. */
function cellValue(c: CapacityCell): number {
  if (c.loadPercent === null) return c.loadHours > 0 ? 999 : -1;
  return c.loadPercent;
}

/** Plain lines: the chart draws its tooltips as text (components/chart-text.ts). */
function tooltipOf(name: string, c: CapacityCell): string {
  const load =
    c.loadPercent === null
      ? c.loadHours > 0
        ? `${c.loadHours} h booked with no capacity`
        : 'not available'
      : `${c.loadPercent}% — ${c.loadHours} h of ${c.capacityHours} h`;
  const away = c.timeOffHours + c.holidayHours;
  return [
    `${chartText(name)} · week of ${formatDate(c.weekStart)}`,
    load,
    ...(away > 0 ? [`away ${away} h`] : []),
    ...c.programs.map((p) => `${chartText(p.programName)}: ${p.loadHours} h`),
  ].join('\n');
}

/**
 * People × weeks coloured by load over capacity: blue under-used, green healthy,
 * red over 100%, grey without capacity. Over-allocated cells carry their
 * percentage as a label so they read without colour too.
 */
export function CapacityHeatmapChart({ heatmap }: { heatmap: CapacityHeatmap }) {
  const option = useMemo(() => {
    const names = heatmap.people.map((p) => p.name);
    const data = heatmap.people.flatMap((p, y) =>
      p.cells.map((c, x) => ({
        value: [x, y, cellValue(c)],
        label: c.status === 'over' ? { show: true } : { show: false },
      })),
    );
    return {
      animation: false,
      grid: { left: 8, right: 16, top: 8, bottom: 64, containLabel: true },
      tooltip: {
        position: 'top',
        formatter: (params: { value: [number, number, number] }) => {
          const [x, y] = params.value;
          return tooltipOf(names[y]!, heatmap.people[y]!.cells[x]!);
        },
      },
      xAxis: {
        type: 'category',
        data: heatmap.weeks.map((w) => formatCalendar(w, 'day-month')),
        splitArea: { show: false },
        axisLabel: { color: CHART_COLORS.muted, fontSize: 10 },
        axisTick: { show: false },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: names.map(chartText),
        axisLabel: { color: CHART_COLORS.ink, fontSize: 11 },
        axisTick: { show: false },
      },
      visualMap: {
        type: 'piecewise',
        orient: 'horizontal',
        left: 'center',
        bottom: 8,
        dimension: 2,
        pieces: [
          { lt: 0, label: 'No capacity', color: LOAD_COLORS.unavailable },
          { gte: 0, lt: 1, label: 'Idle', color: LOAD_COLORS.idle },
          { gte: 1, lt: 50, label: 'Under 50%', color: LOAD_COLORS.under },
          { gte: 50, lt: 90, label: '50–90%', color: LOAD_COLORS.ok },
          { gte: 90, lte: 100, label: '90–100%', color: LOAD_COLORS.full },
          { gt: 100, label: 'Over 100%', color: LOAD_COLORS.over },
        ],
        textStyle: { color: CHART_COLORS.muted },
      },
      series: [
        {
          type: 'heatmap',
          data,
          label: {
            color: '#fff',
            fontSize: 9,
            formatter: (p: { value: [number, number, number] }) =>
              p.value[2] >= 999 ? '!' : `${Math.round(p.value[2])}`,
          },
          itemStyle: { borderColor: '#fff', borderWidth: 1 },
          emphasis: { itemStyle: { borderColor: CHART_COLORS.ink } },
        },
      ],
    };
  }, [heatmap]);
  return (
    <EChart
      option={option}
      label={`Capacity heatmap: ${heatmap.people.length} people over ${heatmap.weeks.length} weeks, ${heatmap.overAllocatedCells} over-allocated weeks`}
      height={Math.max(240, 96 + heatmap.people.length * 22)}
    />
  );
}
