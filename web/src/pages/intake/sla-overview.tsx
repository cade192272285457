import { useMemo } from 'react';
import { CHART_COLORS, EChart, type BarChartOption } from '../../components/echart';
import { SLA_LABEL, type IntakeRequest, type SlaClock } from './intake-types';

const ORDER: SlaClock['state'][] = [
  'breached',
  'due_soon',
  'on_track',
  'paused',
  'met_late',
  'met',
];
const COLOR: Record<SlaClock['state'], string> = {
  breached: CHART_COLORS.red,
  due_soon: CHART_COLORS.amber,
  on_track: CHART_COLORS.green,
  paused: CHART_COLORS.grey,
  met_late: CHART_COLORS.amber,
  met: CHART_COLORS.blue,
};

/** How the open queue stands against both SLA targets: counts by clock state, side by side. */
export function SlaOverview({ requests }: { requests: IntakeRequest[] }) {
  const option = useMemo<BarChartOption>(() => {
    const states = ORDER.filter((s) =>
      requests.some((r) => r.firstResponse.state === s || r.triage.state === s),
    );
    return {
      grid: { left: 8, right: 16, top: 32, bottom: 4, containLabel: true },
      legend: {
        top: 0,
        left: 0,
        icon: 'circle',
        itemWidth: 10,
        textStyle: { color: CHART_COLORS.muted },
      },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: {
        type: 'value',
        minInterval: 1,
        splitLine: { lineStyle: { color: CHART_COLORS.line } },
        axisLabel: { color: CHART_COLORS.muted },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: ['First response', 'Triage decision'],
        axisTick: { show: false },
        axisLine: { lineStyle: { color: CHART_COLORS.line } },
        axisLabel: { color: CHART_COLORS.ink },
      },
      series: states.map((state) => ({
        type: 'bar' as const,
        name: SLA_LABEL[state],
        stack: 'sla',
        barMaxWidth: 22,
        itemStyle: { color: COLOR[state] },
        data: [
          requests.filter((r) => r.firstResponse.state === state).length,
          requests.filter((r) => r.triage.state === state).length,
        ],
      })),
    };
  }, [requests]);
  return (
    <section className="card chart-card" aria-labelledby="sla-chart-title">
      <div className="card__header">
        <h2 id="sla-chart-title">SLA clocks of the open queue</h2>
      </div>
      <EChart
        option={option}
        label="Stacked bar chart: open requests by SLA state, for first response and for triage"
        height={150}
      />
    </section>
  );
}
