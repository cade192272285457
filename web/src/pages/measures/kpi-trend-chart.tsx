import { useMemo } from 'react';
import { chartText } from '../../components/chart-text';
import { CHART_COLORS, EChart, type BarChartOption } from '../../components/echart';
import { chartValue, formatKpiValue } from './kpi-format';
import type { KpiSummary } from './kpi-types';

/**
 * The KPI per fiscal quarter as a line; `detailed` adds axes, a tooltip per
 * quarter (as text) and the target as a dashed line.
 */
export function KpiTrendChart({ kpi, detailed = false }: { kpi: KpiSummary; detailed?: boolean }) {
  const option = useMemo<BarChartOption>(() => {
    const target = chartValue(kpi.target.target, kpi.unit);
    const values = kpi.trend.map((t) => chartValue(t.value, kpi.unit));
    return {
      color: [CHART_COLORS.blue],
      tooltip: {
        trigger: 'axis',
        formatter: (params: unknown) => {
          const first = (Array.isArray(params) ? params[0] : params) as { dataIndex: number };
          const point = kpi.trend[first.dataIndex];
          if (!point) return '';
          return chartText(
            `${point.quarter}: ${formatKpiValue(point.value, kpi.unit)} (${point.count} counted)`,
          );
        },
      },
      grid: detailed
        ? { left: 56, right: 24, top: 24, bottom: 32 }
        : { left: 4, right: 4, top: 8, bottom: 20 },
      xAxis: {
        type: 'category',
        data: kpi.trend.map((t) => t.quarter.replace(/^FY\d{2}/, '')),
        axisLabel: { fontSize: detailed ? 12 : 10, color: CHART_COLORS.muted },
        axisTick: { show: false },
      },
      yAxis: {
        type: 'value',
        show: detailed,
        ...(kpi.unit === 'share' ? { min: 0, max: 100, axisLabel: { formatter: '{value}%' } } : {}),
        ...(kpi.unit === 'score' ? { min: 1, max: 5 } : {}),
        splitLine: { lineStyle: { color: CHART_COLORS.line } },
      },
      series: [
        {
          name: kpi.name,
          type: 'line',
          data: values,
          connectNulls: true,
          symbolSize: detailed ? 8 : 5,
          markLine: detailed
            ? {
                symbol: 'none',
                silent: true,
                lineStyle: { color: CHART_COLORS.green, type: 'dashed' },
                label: { formatter: 'Target', position: 'insideEndTop', color: CHART_COLORS.green },
                data: [{ yAxis: target ?? 0 }],
              }
            : undefined,
        },
      ],
    };
  }, [kpi, detailed]);
  const words = kpi.trend
    .map((t) => `${t.quarter} ${formatKpiValue(t.value, kpi.unit)}`)
    .join(', ');
  return (
    <EChart
      option={option}
      height={detailed ? 260 : 90}
      label={`${kpi.name} per quarter: ${words}; target ${formatKpiValue(kpi.target.target, kpi.unit)}`}
    />
  );
}
