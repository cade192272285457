import type { BadgeTone } from '../../components/badge';
import type { KpiSummary, KpiUnit } from './kpi-types';

/** A KPI number as people read it: shares as %, scores out of 5, hours, days and counts. */
export function formatKpiValue(value: number | null, unit: KpiUnit): string {
  if (value === null) return '—';
  switch (unit) {
    case 'share':
      return `${Math.round(value * 1000) / 10}%`;
    case 'score':
      return `${value.toFixed(1)} / 5`;
    case 'hours':
      return `${Math.round(value * 10) / 10} h`;
    case 'days':
      return `${Math.round(value * 10) / 10} d`;
    case 'count':
      return String(Math.round(value * 10) / 10);
  }
}

/** The number a chart plots: shares as percentages, the rest as they are. */
export function chartValue(value: number | null, unit: KpiUnit): number | null {
  if (value === null) return null;
  return unit === 'share' ? Math.round(value * 1000) / 10 : Math.round(value * 100) / 100;
}

export function ragTone(rag: KpiSummary['rag']): BadgeTone {
  return rag === 'none' ? 'muted' : rag;
}

export const RAG_WORDS: Record<KpiSummary['rag'], string> = {
  green: 'On target',
  amber: 'Watch',
  red: 'Off target',
  none: 'No data',
};

/** "Target 90% (green ≥ 90%, amber ≥ 75%)", the comparison turned for lower-is-better KPIs. */
export function targetInWords(kpi: Pick<KpiSummary, 'target' | 'unit' | 'direction'>): string {
  const sign = kpi.direction === 'higher_is_better' ? '≥' : '≤';
  const f = (v: number) => formatKpiValue(v, kpi.unit);
  return `Target ${f(kpi.target.target)} (green ${sign} ${f(kpi.target.green)}, amber ${sign} ${f(kpi.target.amber)})`;
}
