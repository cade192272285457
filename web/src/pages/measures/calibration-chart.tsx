import { useMemo } from 'react';
import { chartText } from '../../components/chart-text';
import { CHART_COLORS, EChart, type BarChartOption } from '../../components/echart';
import type { KpiDetail } from './kpi-types';

type CalibrationPoint = NonNullable<KpiDetail['calibration']>[number];

/**
 * Observed against expected per P-level: a calibrated forecaster's points sit on
 * the diagonal (P80 met 80% of the time); below it, forecasts were too early.
 */
export function CalibrationChart({ points }: { points: CalibrationPoint[] }) {
  const option = useMemo<BarChartOption>(
    () => ({
      color: [CHART_COLORS.blue, CHART_COLORS.grey],
      legend: { top: 0 },
      tooltip: {
        trigger: 'item',
        formatter: (params: unknown) => {
          const { seriesName, value } = params as { seriesName: string; value: number[] };
          return chartText(`${seriesName}: P${value[0]} met ${value[1]}%`);
        },
      },
      grid: { left: 56, right: 24, top: 36, bottom: 40 },
      xAxis: {
        type: 'value',
        min: 0,
        max: 100,
        name: 'Expected (P-level)',
        nameLocation: 'middle',
        nameGap: 26,
        axisLabel: { formatter: '{value}%' },
      },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        {
          name: 'Observed',
          type: 'line',
          symbolSize: 10,
          data: points
            .filter((p) => p.observed !== null)
            .map((p) => [p.p, Math.round((p.observed ?? 0) * 1000) / 10]),
        },
        {
          name: 'Calibrated',
          type: 'line',
          symbol: 'none',
          lineStyle: { type: 'dashed' },
          data: [
            [0, 0],
            [100, 100],
          ],
        },
      ],
    }),
    [points],
  );
  const words = points
    .map((p) =>
      p.observed === null ? `P${p.p} not scored` : `P${p.p} met ${Math.round(p.observed * 100)}%`,
    )
    .join(', ');
  return <EChart option={option} height={260} label={`Forecast calibration: ${words}`} />;
}
