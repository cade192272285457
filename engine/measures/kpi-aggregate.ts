import { inPeriod, quarterSlices, type KpiPeriod } from './kpi-period.js';

/**
 * One thing a KPI counts, placed in time by `date`. `good` is whether it counts
 * for (true) or against (false) a share; null leaves it out of a share.
 * `value` and `weight` feed means, medians and ratios.
 */
export interface KpiFact {
  date: string;
  good: boolean | null;
  value: number | null;
  weight?: number;
  /** What the fact is about (a person): a ratio counts each one once across quarters. */
  key?: string;
}

/**
 * share: good / (good + bad); mean and median of the values; count of the facts;
 * ratio: Σ value / Σ weight; per_program: facts / programs in scope.
 */
export type KpiAggregation = 'share' | 'mean' | 'median' | 'count' | 'ratio' | 'per_program';

export interface KpiReading {
  value: number | null;
  count: number;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((s, v) => s + v, 0) / values.length : null;
}

/** The facts' reading; `programCount` is the number of programs in scope (per_program). */
export function aggregateFacts(
  how: KpiAggregation,
  facts: readonly KpiFact[],
  programCount = 0,
): KpiReading {
  const values = facts.flatMap((f) => (f.value === null ? [] : [f.value]));
  switch (how) {
    case 'share': {
      const judged = facts.filter((f) => f.good !== null);
      return {
        value: judged.length ? judged.filter((f) => f.good).length / judged.length : null,
        count: judged.length,
      };
    }
    case 'mean':
      return { value: mean(values), count: values.length };
    case 'median':
      return { value: median(values), count: values.length };
    case 'count':
      return { value: facts.length, count: facts.length };
    case 'ratio': {
      const weight = facts.reduce((s, f) => s + (f.weight ?? 0), 0);
      return {
        value: weight > 0 ? values.reduce((s, v) => s + v, 0) / weight : null,
        count: new Set(facts.map((f, i) => f.key ?? String(i))).size,
      };
    }
    case 'per_program':
      return { value: programCount > 0 ? facts.length / programCount : null, count: facts.length };
  }
}

export interface KpiTrendReading extends KpiReading {
  quarter: string;
  from: string;
  to: string;
}

/** The reading over the whole period and one per fiscal quarter of it. */
export function readPeriod(
  how: KpiAggregation,
  facts: readonly KpiFact[],
  period: KpiPeriod,
  programCount = 0,
): KpiReading & { trend: KpiTrendReading[] } {
  const inside = facts.filter((f) => inPeriod(f.date, period));
  return {
    ...aggregateFacts(how, inside, programCount),
    trend: quarterSlices(period).map((slice) => ({
      ...slice,
      ...aggregateFacts(
        how,
        inside.filter((f) => inPeriod(f.date, slice)),
        programCount,
      ),
    })),
  };
}
