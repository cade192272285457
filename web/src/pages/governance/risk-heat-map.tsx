import { HeatmapChart } from 'echarts/charts';
import { VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { useMemo } from 'react';
import { chartText } from '../../components/chart-text';
import { CHART_COLORS, EChart } from '../../components/echart';
import type { RegisterRisk, RiskCell } from './risk-register-types';

echarts.use([HeatmapChart, VisualMapComponent]);

const LEVELS = [1, 2, 3, 4, 5];
const LIKELIHOOD_NAMES = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'];
const IMPACT_NAMES = ['Negligible', 'Minor', 'Moderate', 'Major', 'Severe'];
/** The score bands' colours: low, medium, high, severe. */
const BAND_COLORS = { low: '#cfe8d8', medium: '#f6dd9a', high: '#f0a868', severe: '#e06666' };

/** Per cell: how many risks and, for the tooltip, the first few titles. */
function cellsOf(risks: readonly RegisterRisk[]) {
  const cells = new Map<string, RegisterRisk[]>();
  for (const r of risks) {
    const key = `${r.likelihood}:${r.impact}`;
    cells.set(key, [...(cells.get(key) ?? []), r]);
  }
  return cells;
}

/**
 * Likelihood (rows, 5 at the top) × impact (columns): each cell coloured by its
 * score's band and labelled with its count of risks. Clicking a cell picks it.
 */
export function RiskHeatMap({
  risks,
  selected,
  onSelect,
}: {
  risks: readonly RegisterRisk[];
  selected: RiskCell | null;
  onSelect(cell: RiskCell | null): void;
}) {
  const option = useMemo(() => {
    const cells = cellsOf(risks);
    const data = LEVELS.flatMap((likelihood) =>
      LEVELS.map((impact) => {
        const count = cells.get(`${likelihood}:${impact}`)?.length ?? 0;
        const isSelected = selected?.likelihood === likelihood && selected.impact === impact;
        return {
          value: [impact - 1, likelihood - 1, likelihood * impact, count],
          label: { show: true },
          itemStyle: isSelected ? { borderColor: CHART_COLORS.ink, borderWidth: 3 } : {},
        };
      }),
    );
    return {
      animation: false,
      grid: { left: 8, right: 16, top: 8, bottom: 84, containLabel: true },
      tooltip: {
        formatter: (params: { value: [number, number, number, number] }) => {
          const [x, y, score, count] = params.value;
          const titles = (cells.get(`${y + 1}:${x + 1}`) ?? []).map((r) => chartText(r.title));
          return [
            `Likelihood ${y + 1} (${LIKELIHOOD_NAMES[y]}) × impact ${x + 1} (${IMPACT_NAMES[x]}) = ${score}`,
            `${count} ${count === 1 ? 'risk' : 'risks'}`,
            ...titles.slice(0, 5),
            ...(titles.length > 5 ? [`and ${titles.length - 5} more`] : []),
          ].join('\n');
        },
      },
      xAxis: {
        type: 'category',
        name: 'Impact',
        nameLocation: 'middle',
        nameGap: 44,
        data: IMPACT_NAMES.map((n, i) => `${n}\n(${i + 1})`),
        axisLabel: { color: CHART_COLORS.muted, fontSize: 10, interval: 0, lineHeight: 13 },
        axisTick: { show: false },
      },
      yAxis: {
        type: 'category',
        data: LIKELIHOOD_NAMES.map((n, i) => `${n} (${i + 1})`),
        axisLabel: { color: CHART_COLORS.ink, fontSize: 10, interval: 0 },
        axisTick: { show: false },
      },
      visualMap: {
        type: 'piecewise',
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        dimension: 2,
        itemWidth: 12,
        itemHeight: 10,
        itemGap: 6,
        pieces: [
          { lte: 4, label: 'Low 1–4', color: BAND_COLORS.low },
          { gt: 4, lte: 9, label: 'Medium 5–9', color: BAND_COLORS.medium },
          { gt: 9, lte: 14, label: 'High 10–14', color: BAND_COLORS.high },
          { gt: 14, label: 'Severe 15–25', color: BAND_COLORS.severe },
        ],
        textStyle: { color: CHART_COLORS.muted, fontSize: 10 },
      },
      series: [
        {
          type: 'heatmap',
          data,
          label: {
            color: CHART_COLORS.ink,
            fontSize: 13,
            fontWeight: 'bold',
            formatter: (p: { value: [number, number, number, number] }) =>
              p.value[3] > 0 ? String(p.value[3]) : '',
          },
          itemStyle: { borderColor: '#fff', borderWidth: 2 },
          emphasis: { itemStyle: { borderColor: CHART_COLORS.ink } },
        },
      ],
    };
  }, [risks, selected]);

  const total = risks.length;
  return (
    <div className="risk-heat-map" data-testid="risk-heat-map" data-risk-count={total}>
      <EChart
        option={option}
        label={`Risk heat map: ${total} ${total === 1 ? 'risk' : 'risks'} by likelihood and impact`}
        height={340}
        onItemClick={(value) => {
          const [x, y] = value as [number, number];
          const cell = { likelihood: y + 1, impact: x + 1 };
          onSelect(
            selected?.likelihood === cell.likelihood && selected.impact === cell.impact
              ? null
              : cell,
          );
        }}
      />
    </div>
  );
}
