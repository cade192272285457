import { useMemo } from 'react';
import type { ForecastSummary } from '../../api/types';
import { chartText } from '../../components/chart-text';
import { CHART_COLORS, EChart, type BarChartOption } from '../../components/echart';
import { formatForecastDate, formatShortDate, workDays } from './forecast-format';

/** Where a date falls among the histogram's bars (the bar that holds it). */
function binOf(summary: ForecastSummary, date: string): number {
  const bins = summary.histogram;
  for (let i = 0; i < bins.length; i++) if (date <= bins[i]!.to) return i;
  return bins.length - 1;
}

/**
 * The finish-date distribution: a bar per date range (share of iterations)
 * and the S-curve (cumulative probability) over it, with P50, P80 and the
 * target marked.
 */
export function FinishDistributionChart({
  summary,
  targetDate,
}: {
  summary: ForecastSummary;
  targetDate: string | null;
}) {
  const option = useMemo<BarChartOption>(() => {
    const total = summary.iterations;
    const labels = summary.histogram.map((b) => formatShortDate(b.to));
    let cumulative = 0;
    const curve = summary.histogram.map((b) => {
      cumulative += b.count;
      return Math.round((1000 * cumulative) / total) / 10;
    });
    const at = (p: number) => summary.finish.percentiles.find((x) => x.p === p)?.finish;
    const marks: { name: string; xAxis: number; lineStyle: { color: string } }[] = [];
    const p50 = at(50);
    const p80 = at(80);
    if (p50)
      marks.push({
        name: 'P50',
        xAxis: binOf(summary, p50),
        lineStyle: { color: CHART_COLORS.blue },
      });
    if (p80)
      marks.push({
        name: 'P80',
        xAxis: binOf(summary, p80),
        lineStyle: { color: CHART_COLORS.violet },
      });
    if (targetDate)
      marks.push({
        name: 'Target',
        xAxis: binOf(summary, `${targetDate}T17:00:00`),
        lineStyle: { color: CHART_COLORS.red },
      });
    return {
      color: [CHART_COLORS.grey, CHART_COLORS.ink],
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: ['Share of iterations', 'Probability of finishing by'] },
      grid: { left: 48, right: 56, top: 36, bottom: 40 },
      xAxis: { type: 'category', data: labels, axisLabel: { hideOverlap: true } },
      yAxis: [
        { type: 'value', name: '%', axisLabel: { formatter: '{value}%' } },
        {
          type: 'value',
          min: 0,
          max: 100,
          axisLabel: { formatter: '{value}%' },
          splitLine: { show: false },
        },
      ],
      series: [
        {
          name: 'Share of iterations',
          type: 'bar',
          barCategoryGap: '8%',
          data: summary.histogram.map((b) => Math.round((1000 * b.count) / total) / 10),
          markLine: {
            symbol: 'none',
            label: { formatter: '{b}', position: 'end' },
            data: marks,
          },
        },
        {
          name: 'Probability of finishing by',
          type: 'line',
          yAxisIndex: 1,
          smooth: true,
          showSymbol: false,
          data: curve,
        },
      ],
    };
  }, [summary, targetDate]);
  return (
    <EChart
      option={option}
      height={300}
      label={`Finish date distribution: P50 ${formatForecastDate(summary.finish.percentiles.find((p) => p.p === 50)?.finish ?? null)}, P80 ${formatForecastDate(summary.finish.percentiles.find((p) => p.p === 80)?.finish ?? null)}`}
    />
  );
}

/** Each risk's effect on P80 in working days, largest at the top. */
export function TornadoChart({ summary }: { summary: ForecastSummary }) {
  const option = useMemo<BarChartOption>(() => {
    const rows = [...summary.tornado].reverse();
    return {
      color: [CHART_COLORS.red],
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 40, top: 8, bottom: 28, containLabel: true },
      xAxis: { type: 'value', name: 'days', nameLocation: 'end' },
      yAxis: {
        type: 'category',
        data: rows.map((r) => chartText(r.name)),
        axisLabel: { width: 180, overflow: 'truncate' },
      },
      series: [
        {
          name: 'P80 later by (working days)',
          type: 'bar',
          data: rows.map((r) => workDays(r.effectMinutes)),
          label: { show: true, position: 'right', formatter: '{c} d' },
        },
      ],
    };
  }, [summary]);
  return (
    <EChart
      option={option}
      height={Math.max(120, 36 * summary.tornado.length + 40)}
      label={`Risks by effect on P80: ${summary.tornado.map((t) => `${t.name} ${workDays(t.effectMinutes)} days`).join(', ')}`}
    />
  );
}

/** Share of iterations in which each task was on the critical path (the most critical first). */
export function CriticalityChart({
  summary,
  top = 12,
}: {
  summary: ForecastSummary;
  top?: number;
}) {
  const rows = useMemo(
    () =>
      summary.tasks
        .filter((t) => t.criticalityIndex > 0)
        .sort((a, b) => b.criticalityIndex - a.criticalityIndex)
        .slice(0, top),
    [summary, top],
  );
  const option = useMemo<BarChartOption>(() => {
    const shown = [...rows].reverse();
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 48, top: 8, bottom: 28, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: {
        type: 'category',
        data: shown.map((r) => chartText(r.name)),
        axisLabel: { width: 180, overflow: 'truncate' },
      },
      series: [
        {
          name: 'Critical in',
          type: 'bar',
          data: shown.map((r) => ({
            value: Math.round(r.criticalityIndex * 1000) / 10,
            // Shading: the more often critical, the deeper the red.
            itemStyle: {
              color:
                r.criticalityIndex >= 0.8
                  ? CHART_COLORS.red
                  : r.criticalityIndex >= 0.3
                    ? CHART_COLORS.amber
                    : CHART_COLORS.grey,
            },
          })),
          label: { show: true, position: 'right', formatter: '{c}%' },
        },
      ],
    };
  }, [rows]);
  return (
    <EChart
      option={option}
      height={Math.max(120, 30 * rows.length + 40)}
      label={`Criticality index: ${rows.map((r) => `${r.name} ${Math.round(r.criticalityIndex * 100)}%`).join(', ')}`}
    />
  );
}
