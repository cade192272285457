import { useMemo } from 'react';
import type { TaskState } from '../../api/types';
import { TASK_STATE_LABEL, TASK_STATES } from '../../api/vocabulary';
import { chartText } from '../../components/chart-text';
import { CHART_COLORS, EChart, type BarChartOption } from '../../components/echart';
import { usePlan } from './plan-context';

const STATE_COLOR: Record<TaskState, string> = {
  todo: CHART_COLORS.grey,
  in_progress: CHART_COLORS.blue,
  blocked: CHART_COLORS.red,
  done: CHART_COLORS.green,
  cancelled: '#d5dae2',
};

/** Tasks by state in each workstream: where the work is done, moving or stuck. */
export function TaskProgressChart() {
  const { plan } = usePlan();
  const option = useMemo<BarChartOption>(() => {
    const groups = [
      ...plan.workstreams.map((w) => ({ id: w.id as string | null, name: w.name })),
      ...(plan.tasks.some((t) => t.workstreamId === null)
        ? [{ id: null, name: 'No workstream' }]
        : []),
    ];
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
        data: groups.map((g) => chartText(g.name)),
        axisTick: { show: false },
        axisLine: { lineStyle: { color: CHART_COLORS.line } },
        axisLabel: { color: CHART_COLORS.ink, width: 140, overflow: 'truncate' },
      },
      series: TASK_STATES.map((state) => ({
        type: 'bar' as const,
        name: TASK_STATE_LABEL[state],
        stack: 'tasks',
        barMaxWidth: 22,
        itemStyle: { color: STATE_COLOR[state] },
        data: groups.map(
          (g) => plan.tasks.filter((t) => t.workstreamId === g.id && t.state === state).length,
        ),
      })),
    };
  }, [plan]);

  const rows = plan.workstreams.length + (plan.tasks.some((t) => t.workstreamId === null) ? 1 : 0);
  return (
    <section className="card chart-card" aria-labelledby="task-chart-title">
      <div className="card__header">
        <h2 id="task-chart-title">Tasks by workstream</h2>
      </div>
      {plan.tasks.length === 0 ? (
        <p className="empty muted">No tasks yet — the chart fills in as tasks are added.</p>
      ) : (
        <EChart
          option={option}
          label="Stacked bar chart: tasks in each workstream by state"
          height={Math.max(160, 56 + rows * 40)}
        />
      )}
    </section>
  );
}
