import type { Dependency } from '../../api/types';
import { formatLag } from '../../components/format';

export type LagKind = Dependency['lagKind'];

export const LAG_KIND_LABEL: Record<LagKind, string> = {
  working: 'Working time (h)',
  elapsed: 'Elapsed time (h, 24 × 7)',
  percent: 'Share of the predecessor (%)',
};

const signed = (n: number, text: string) => (n >= 0 ? `+${text}` : `−${text}`);

/**
 * A link's lag as MS Project writes it after the type: "FS+50%" for a share of the
 * predecessor's duration, "+2 ed" for elapsed days (wall-clock), hours of working time.
 */
export function lagText(d: Pick<Dependency, 'lagKind' | 'lagMinutes' | 'lagPercent'>): string {
  if (d.lagKind === 'percent') {
    const p = d.lagPercent ?? 0;
    return signed(p, `${Math.abs(p)}%`);
  }
  if (d.lagKind === 'elapsed') {
    if (d.lagMinutes === 0) return 'no lag';
    const hours = Math.abs(d.lagMinutes) / 60;
    const days = hours / 24;
    return signed(
      d.lagMinutes,
      Number.isInteger(days)
        ? `${days} ed`
        : `${Number.isInteger(hours) ? hours : hours.toFixed(1)} h elapsed`,
    );
  }
  return formatLag(d.lagMinutes);
}

/** The value a lag is edited as: a percentage, or hours. */
export function lagInput(d: Pick<Dependency, 'lagKind' | 'lagMinutes' | 'lagPercent'>): string {
  return d.lagKind === 'percent' ? String(d.lagPercent ?? 0) : String(d.lagMinutes / 60);
}
