import { useMemo } from 'react';
import { ScatterChart } from 'echarts/charts';
import * as echarts from 'echarts/core';
import { chartText } from '../../components/chart-text';
import { CHART_COLORS, EChart } from '../../components/echart';
import { formatDate } from '../../components/format';
import { KIND_LABEL, type TimelineEvent, type TimelineKind } from './post-mortem-types';

// The timeline chart is a scatter by date and kind; registered here, where it is drawn.
echarts.use([ScatterChart]);

const KINDS: TimelineKind[] = [
  'baseline',
  'milestone_slip',
  'milestone_completed',
  'change_request',
  'risk_occurred',
  'decision',
  'issue',
];
const KIND_COLOR: Record<TimelineKind, string> = {
  baseline: CHART_COLORS.grey,
  milestone_slip: CHART_COLORS.red,
  milestone_completed: CHART_COLORS.green,
  change_request: CHART_COLORS.violet,
  risk_occurred: CHART_COLORS.amber,
  decision: CHART_COLORS.blue,
  issue: CHART_COLORS.ink,
};
const DAY_MS = 86_400_000;

/** Each event a dot: when (across) and what kind (down); the tooltip says which. */
export function PostMortemTimelineChart({ events }: { events: TimelineEvent[] }) {
  const option = useMemo(() => {
    const times = events.map((e) => Date.parse(e.at));
    return {
      tooltip: {
        trigger: 'item',
        formatter: (params: unknown) => {
          const { value } = params as { value: [number, number, string] };
          return `${formatDate(new Date(value[0]).toISOString().slice(0, 10))}\n${value[2]}`;
        },
      },
      grid: { left: 130, right: 24, top: 16, bottom: 36 },
      xAxis: {
        type: 'time',
        min: Math.min(...times) - DAY_MS,
        max: Math.max(...times) + DAY_MS,
        axisLabel: {
          hideOverlap: true,
          formatter: (value: number) => formatDate(new Date(value).toISOString().slice(0, 10)),
        },
      },
      yAxis: {
        type: 'category',
        data: KINDS.map((k) => KIND_LABEL[k]),
        inverse: true,
      },
      series: KINDS.map((kind) => ({
        name: KIND_LABEL[kind],
        type: 'scatter',
        symbolSize: 12,
        itemStyle: { color: KIND_COLOR[kind] },
        data: events
          .filter((e) => e.kind === kind)
          .map((e) => [Date.parse(e.at), KINDS.indexOf(kind), chartText(e.title)]),
      })),
    };
  }, [events]);
  if (events.length === 0) return null;
  return (
    <EChart
      option={option}
      height={240}
      label={`Timeline chart: ${events.length} events by date and kind`}
    />
  );
}
