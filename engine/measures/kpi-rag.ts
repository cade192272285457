export type KpiDirectionKind = 'higher_is_better' | 'lower_is_better';
export type KpiRagKind = 'green' | 'amber' | 'red' | 'none';

export interface KpiThresholds {
  target: number;
  green: number;
  amber: number;
}

/**
 * Green at or beyond `green`, amber at or beyond `amber`, red past it ("beyond"
 * is upwards when higher is better, downwards otherwise); none without a value.
 */
export function kpiRag(
  value: number | null,
  thresholds: Pick<KpiThresholds, 'green' | 'amber'>,
  direction: KpiDirectionKind,
): KpiRagKind {
  if (value === null || !Number.isFinite(value)) return 'none';
  const atLeast = (limit: number) =>
    direction === 'higher_is_better' ? value >= limit : value <= limit;
  if (atLeast(thresholds.green)) return 'green';
  if (atLeast(thresholds.amber)) return 'amber';
  return 'red';
}
