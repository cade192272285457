/**
 * Statistics of a sample, each method named:
 * - quantiles: R-7 / Hyndman–Fan type 7 (linear interpolation between order
 *   statistics, as d3-array, NumPy and R default), on the sorted sample;
 * - the 95% confidence interval of a quantile: distribution-free, from order
 *   statistics (the binomial count below the true quantile, normal approximation);
 * - ranks: mid-ranks for ties (1-based).
 */

/** R-7 quantile of an ascending sample, p in [0, 1]. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * 95% interval for the p-quantile: the order statistics of ranks
 * np ∓ 1.96·√(np(1 − p)) (1-based, clamped), which hold the true quantile with
 * ≈ 95% probability whatever the distribution.
 */
export function quantileInterval(sorted: ArrayLike<number>, p: number): [number, number] {
  const n = sorted.length;
  if (n === 0) return [NaN, NaN];
  const spread = 1.96 * Math.sqrt(n * p * (1 - p));
  const lo = Math.max(1, Math.floor(n * p - spread));
  const hi = Math.min(n, Math.ceil(n * p + spread) + 1);
  return [sorted[lo - 1]!, sorted[hi - 1]!];
}

export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return values.length ? sum / values.length : NaN;
}

/** Sample standard deviation (n − 1). */
export function standardDeviation(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) return 0;
  const m = mean(values);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (values[i]! - m) ** 2;
  return Math.sqrt(sum / (n - 1));
}

/** 1-based mid-ranks: tied values share the mean of their ranks. */
export function midRanks(values: Float64Array): Float64Array {
  const n = values.length;
  const index = new Uint32Array(n);
  for (let i = 0; i < n; i++) index[i] = i;
  index.sort((a, b) => values[a]! - values[b]! || a - b);
  const ranks = new Float64Array(n);
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && values[index[end]!] === values[index[start]!]) end++;
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[index[k]!] = rank;
    start = end;
  }
  return ranks;
}

/** Share of the sample at or below x (the empirical CDF). */
export function shareAtOrBelow(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return sorted.length ? lo / sorted.length : NaN;
}
