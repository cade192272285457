/**
 * The risk register's 5×5 scale. Likelihood comes from the probability the
 * forecast uses, in bands (upper bounds inclusive):
 *   ≤ 0.1 → 1 (rare), ≤ 0.3 → 2 (unlikely), ≤ 0.5 → 3 (possible),
 *   ≤ 0.7 → 4 (likely), above → 5 (almost certain).
 * Score = likelihood × impact, 1 to 25.
 */
export const LIKELIHOOD_BANDS = [0.1, 0.3, 0.5, 0.7] as const;

export function likelihoodOf(probability: number): number {
  const band = LIKELIHOOD_BANDS.findIndex((upper) => probability <= upper);
  return band === -1 ? 5 : band + 1;
}

export function riskScore(probability: number, impact: number): number {
  return likelihoodOf(probability) * impact;
}
