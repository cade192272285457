/**
 * OKR scoring (issue 18): a key result scores 0.0–1.0 by how far its current value
 * has moved from its start towards its target. Pure; no I/O.
 */

/**
 * clamp((current − start) / (target − start), 0, 1). Works for decreasing targets
 * (target < start) as the ratio's signs cancel. When start = target there is no
 * distance to travel: 1 once current has reached the target, else 0.
 * With no current value yet, nothing has moved: 0.
 */
export function keyResultScore(start: number, target: number, current: number | null): number {
  if (current === null || !Number.isFinite(current)) return 0;
  if (start === target) return current === target ? 1 : 0;
  const ratio = (current - start) / (target - start);
  return Math.min(1, Math.max(0, ratio));
}

/** A milestone-bound key result: the share of its linked milestones achieved; null with none. */
export function milestoneShare(achieved: number, linked: number): number | null {
  if (linked <= 0) return null;
  return Math.min(1, Math.max(0, achieved / linked));
}

/** An objective's score: the mean of its key results' scores; null with none. */
export function objectiveScore(keyResultScores: readonly number[]): number | null {
  if (keyResultScores.length === 0) return null;
  return keyResultScores.reduce((sum, s) => sum + s, 0) / keyResultScores.length;
}
