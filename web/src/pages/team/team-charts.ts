import { HeatmapChart, LineChart } from 'echarts/charts';
import { MarkLineComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';

// The team pages draw a heatmap and lines besides bars; registered once, here.
echarts.use([HeatmapChart, LineChart, VisualMapComponent, MarkLineComponent]);

/** Load colours: idle, under-used, healthy, full, over, and no capacity. */
export const LOAD_COLORS = {
  idle: '#eef1f6',
  under: '#b9d3f5',
  ok: '#7cc7a0',
  full: '#2f9e6b',
  over: '#d64545',
  unavailable: '#d5dae2',
};
