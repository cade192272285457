import { useEffect, useRef } from 'react';
import { BarChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { withTextTooltips } from './chart-text';

// Only what the pages draw is registered, which keeps the bundle small.
echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  SVGRenderer,
]);

export type BarChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
>;

interface EChartProps {
  /** Any registered chart's option; pages register the chart types they add (see pages/team/team-charts.ts). */
  option: BarChartOption | echarts.EChartsCoreOption;
  /** What the chart shows, for people who cannot see it. */
  label: string;
  height?: number;
  /** Called with the clicked item's data value (e.g. a heatmap cell's [x, y, …]). */
  onItemClick?: (value: unknown) => void;
}

/** An ECharts instance bound to a div; follows its container's width. */
export function EChart({ option, label, height = 260, onItemClick }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  // Read through a ref: the instance is made once, the handler changes with each render.
  const clickHandler = useRef(onItemClick);
  useEffect(() => {
    clickHandler.current = onItemClick;
  });

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (params) => clickHandler.current?.((params as { value?: unknown }).value));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(withTextTooltips(option), { notMerge: true });
  }, [option]);

  // The label sits on a wrapper: ECharts owns the inner element and rewrites its attributes.
  return (
    <div className="chart" role="img" aria-label={label}>
      <div ref={container} style={{ height }} />
    </div>
  );
}

/** The palette the charts share with the badges in app.css. */
export const CHART_COLORS = {
  green: '#2f9e6b',
  amber: '#e0a030',
  red: '#d64545',
  blue: '#3b6fd4',
  violet: '#7b61c9',
  grey: '#a3acb9',
  ink: '#1f2733',
  muted: '#6b7687',
  line: '#e6e9ef',
};
