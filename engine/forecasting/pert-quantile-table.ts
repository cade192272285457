/**
 * The inverse CDF of the PERT distribution, tabulated. PERT(a, m, b) is
 * a + (b − a)·Beta(α, β) with α = 1 + 4r, β = 1 + 4(1 − r), r = (m − a)/(b − a):
 * its shape depends on r alone. The beta quantile has no closed form, and a
 * rejection sampler would draw a variable number of random numbers (breaking
 * common random numbers and the rank-based sensitivity), so the quantile is
 * tabulated once for 101 values of r and 4,097 probabilities and read back by
 * bilinear interpolation (`pert-quantile-table.test.ts` bounds the error).
 */
export const PERT_MODE_STEPS = 100;
export const PERT_PROBABILITY_STEPS = 4096;
const ROW = PERT_PROBABILITY_STEPS + 1;
const GRID = 16384;

let table: Float64Array | null = null;

/** Row r·100 holds Q(k / 4096) for k = 0…4096, as a fraction of the range. */
export function pertQuantileTable(): Float64Array {
  if (table) return table;
  const built = new Float64Array((PERT_MODE_STEPS + 1) * ROW);
  const cdf = new Float64Array(GRID + 1);
  for (let row = 0; row <= PERT_MODE_STEPS; row++) {
    const r = row / PERT_MODE_STEPS;
    const alpha = 4 * r; // exponents α − 1 and β − 1
    const beta = 4 * (1 - r);
    // Cumulative midpoint rule on a fine grid, normalised (so no beta function is needed).
    cdf[0] = 0;
    for (let g = 0; g < GRID; g++) {
      const x = (g + 0.5) / GRID;
      cdf[g + 1] = cdf[g]! + Math.pow(x, alpha) * Math.pow(1 - x, beta);
    }
    const total = cdf[GRID]!;
    const base = row * ROW;
    let g = 0;
    for (let k = 0; k <= PERT_PROBABILITY_STEPS; k++) {
      const target = (k / PERT_PROBABILITY_STEPS) * total;
      while (g < GRID && cdf[g + 1]! < target) g++;
      if (g >= GRID) {
        built[base + k] = 1;
        continue;
      }
      const lo = cdf[g]!;
      const hi = cdf[g + 1]!;
      const within = hi > lo ? (target - lo) / (hi - lo) : 0;
      built[base + k] = (g + within) / GRID;
    }
    built[base] = 0;
    built[base + PERT_PROBABILITY_STEPS] = 1;
  }
  table = built;
  return built;
}

/** Q(r, u) as a fraction of the range: bilinear in r and u. */
export function pertQuantile(r: number, u: number): number {
  const t = pertQuantileTable();
  const rowPosition = Math.min(Math.max(r, 0), 1) * PERT_MODE_STEPS;
  const row = Math.min(Math.floor(rowPosition), PERT_MODE_STEPS - 1);
  const w = rowPosition - row;
  const position = u * PERT_PROBABILITY_STEPS;
  const k = Math.min(Math.floor(position), PERT_PROBABILITY_STEPS - 1);
  const f = position - k;
  const a = row * ROW + k;
  const b = a + ROW;
  const lower = t[a]! + f * (t[a + 1]! - t[a]!);
  const upper = t[b]! + f * (t[b + 1]! - t[b]!);
  return lower + w * (upper - lower);
}
