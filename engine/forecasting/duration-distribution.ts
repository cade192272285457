import { inverseNormalCdf } from './normal-distribution.js';
import { pertQuantile } from './pert-quantile-table.js';

/**
 * How a task's duration varies: fixed (no estimate, or optimistic = pessimistic),
 * triangular or PERT (beta with λ = 4) over the three-point estimate. Each is
 * sampled by its inverse CDF from one uniform draw, so a duration's rank among
 * the iterations is the rank of its draw (used by the sensitivity) and the
 * same draws can be replayed with a risk switched off (the tornado).
 */
export type DistributionKind = 'triangular' | 'pert' | 'lognormal';

export const FIXED = 0;
export const TRIANGULAR = 1;
export const PERT = 2;
export const LOGNORMAL = 3;

export function distributionCode(kind: DistributionKind): number {
  return kind === 'pert' ? PERT : kind === 'lognormal' ? LOGNORMAL : TRIANGULAR;
}

/**
 * Lognormal over a three-point estimate: the PERT mean (a + 4m + b)/6 and
 * standard deviation (b − a)/6, matched by a lognormal's; unbounded above, so
 * it allows overruns past the pessimistic estimate. Returns ln-space μ and σ.
 */
export function lognormalParameters(
  a: number,
  m: number,
  b: number,
): { mu: number; sigma: number } {
  const mean = (a + 4 * m + b) / 6;
  const sd = (b - a) / 6;
  if (mean <= 0) return { mu: -Infinity, sigma: 0 };
  const sigma2 = Math.log(1 + (sd * sd) / (mean * mean));
  return { mu: Math.log(mean) - sigma2 / 2, sigma: Math.sqrt(sigma2) };
}

/** Triangular(a, m, b) at probability u (exact inverse CDF). */
export function triangularQuantile(a: number, m: number, b: number, u: number): number {
  const range = b - a;
  if (range <= 0) return a;
  const split = (m - a) / range;
  return u < split ? a + Math.sqrt(u * range * (m - a)) : b - Math.sqrt((1 - u) * range * (b - m));
}

/** PERT(a, m, b) at probability u (tabulated beta inverse CDF). */
export function pertDistributionQuantile(a: number, m: number, b: number, u: number): number {
  const range = b - a;
  if (range <= 0) return a;
  return a + range * pertQuantile((m - a) / range, u);
}

/**
 * Any kind at probability u (exact or tabulated inverse CDF): how a risk's
 * three-point delay is drawn, once per iteration, with the run's distribution.
 * FIXED gives the mode.
 */
export function distributionQuantile(
  code: number,
  a: number,
  m: number,
  b: number,
  u: number,
): number {
  if (code === FIXED || b <= a) return m;
  if (code === TRIANGULAR) return triangularQuantile(a, m, b, u);
  if (code === PERT) return pertDistributionQuantile(a, m, b, u);
  const { mu, sigma } = lognormalParameters(a, m, b);
  return Math.exp(mu + sigma * inverseNormalCdf(u));
}

/** Mean of the distribution: (a + m + b)/3 for triangular, (a + 4m + b)/6 for PERT. */
export function distributionMean(code: number, a: number, m: number, b: number): number {
  if (code === TRIANGULAR) return (a + m + b) / 3;
  if (code === PERT) return (a + 4 * m + b) / 6;
  return m;
}
