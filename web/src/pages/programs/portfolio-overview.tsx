import { useMemo } from 'react';
import type { Program } from '../../api/types';
import {
  HEALTH_LABEL,
  PROGRAM_HEALTHS,
  PROGRAM_STATUSES,
  STATUS_LABEL,
} from '../../api/vocabulary';
import { CHART_COLORS, EChart, type BarChartOption } from '../../components/echart';

const HEALTH_COLOR = {
  green: CHART_COLORS.green,
  amber: CHART_COLORS.amber,
  red: CHART_COLORS.red,
};

function Stat({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="stat">
      <span className="stat__label">{label}</span>
      <span className="stat__value">{value}</span>
      {note ? <span className="stat__note">{note}</span> : null}
    </div>
  );
}

/** Headline numbers and programs by status and health, over every program (not just the page shown). */
export function PortfolioOverview({ programs, total }: { programs: Program[]; total: number }) {
  const option = useMemo<BarChartOption>(() => {
    const series = PROGRAM_HEALTHS.map((health) => ({
      type: 'bar' as const,
      name: HEALTH_LABEL[health],
      stack: 'health',
      barMaxWidth: 36,
      itemStyle: { color: HEALTH_COLOR[health] },
      emphasis: { focus: 'series' as const },
      data: PROGRAM_STATUSES.map(
        (status) => programs.filter((p) => p.status === status && p.health === health).length,
      ),
    }));
    return {
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      legend: {
        top: 0,
        right: 0,
        icon: 'circle',
        itemWidth: 10,
        textStyle: { color: CHART_COLORS.muted },
      },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: {
        type: 'category',
        data: PROGRAM_STATUSES.map((s) => STATUS_LABEL[s]),
        axisTick: { show: false },
        axisLine: { lineStyle: { color: CHART_COLORS.line } },
        axisLabel: { color: CHART_COLORS.muted },
      },
      yAxis: {
        type: 'value',
        minInterval: 1,
        splitLine: { lineStyle: { color: CHART_COLORS.line } },
        axisLabel: { color: CHART_COLORS.muted },
      },
      series,
    };
  }, [programs]);

  const countWith = (status: Program['status']) =>
    programs.filter((p) => p.status === status).length;
  const active = countWith('active');
  const proposed = countWith('proposed');
  const onHold = countWith('on_hold');
  const atRisk = programs.filter(
    (p) => p.health !== 'green' && p.status !== 'completed' && p.status !== 'cancelled',
  ).length;
  const tasks = programs.reduce((n, p) => n + p.taskCount, 0);
  const done = programs.reduce((n, p) => n + p.doneTaskCount, 0);

  return (
    <section className="overview" aria-label="Portfolio overview">
      <div className="stats">
        <Stat label="Programs" value={String(total)} note={`${proposed} proposed`} />
        <Stat label="Active" value={String(active)} note={`${onHold} on hold`} />
        <Stat label="At risk or off track" value={String(atRisk)} note="excluding finished" />
        <Stat
          label="Tasks done"
          value={tasks === 0 ? '—' : `${Math.round((done / tasks) * 100)}%`}
          note={`${done} of ${tasks}`}
        />
      </div>
      <div className="card chart-card">
        <div className="card__header">
          <h2>Programs by status and health</h2>
        </div>
        <EChart
          option={option}
          label="Bar chart: number of programs in each status, split by health"
          height={220}
        />
      </div>
    </section>
  );
}
