import { useMemo } from 'react';
import { CHART_COLORS, EChart } from '../../components/echart';
import './team-charts';
import type { HeadcountPlan } from './team-types';

const round = (x: number) => Math.round(x * 100) / 100;

/** Per quarter: supply (staff and roles due) as stacked bars, demand as a line, the gap as its own bar. */
export function HeadcountGapChart({ plan }: { plan: HeadcountPlan }) {
  const option = useMemo(
    () => ({
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
        data: plan.quarters.map((q) => q.quarter),
        axisLabel: { color: CHART_COLORS.ink },
      },
      yAxis: {
        type: 'value',
        name: 'FTE',
        splitLine: { lineStyle: { color: CHART_COLORS.line } },
        axisLabel: { color: CHART_COLORS.muted },
      },
      series: [
        {
          type: 'bar',
          name: 'Staff',
          stack: 'supply',
          barMaxWidth: 36,
          itemStyle: { color: CHART_COLORS.blue },
          data: plan.quarters.map((q) => q.staffFte),
        },
        {
          type: 'bar',
          name: 'Roles due (open + planned)',
          stack: 'supply',
          barMaxWidth: 36,
          itemStyle: { color: '#9bb8ee' },
          data: plan.quarters.map((q) => round(q.demandFte - q.gapFte - q.staffFte)),
        },
        {
          type: 'bar',
          name: 'Gap',
          barMaxWidth: 20,
          data: plan.quarters.map((q) => ({
            value: q.gapFte,
            itemStyle: { color: q.gapFte > 0 ? CHART_COLORS.red : CHART_COLORS.green },
          })),
          label: {
            show: true,
            position: 'top',
            color: CHART_COLORS.ink,
            formatter: (p: { value: number }) => (p.value > 0 ? `+${p.value}` : `${p.value}`),
          },
        },
        {
          type: 'line',
          name: 'Demand',
          symbolSize: 7,
          lineStyle: { color: CHART_COLORS.ink, width: 2 },
          itemStyle: { color: CHART_COLORS.ink },
          data: plan.quarters.map((q) => q.demandFte),
        },
      ],
    }),
    [plan],
  );
  return (
    <EChart
      option={option}
      label={`Headcount demand against supply per quarter of ${plan.fiscalYear}, with the gap`}
      height={300}
    />
  );
}
