import { describe, expect, it } from 'vitest';
import { keyResultScore, milestoneShare, objectiveScore } from './okr-score.js';

describe('keyResultScore, worked examples', () => {
  it('scores an increasing target by the distance travelled', () => {
    // Start 10, target 50, now 30: (30 − 10) / (50 − 10) = 20 / 40 = 0.5.
    expect(keyResultScore(10, 50, 30)).toBe(0.5);
    expect(keyResultScore(0, 4, 3)).toBe(0.75);
  });
  it('scores a decreasing target the same way', () => {
    // Cycle time from 20 days to 5 days, now 11: (11 − 20) / (5 − 20) = −9 / −15 = 0.6.
    expect(keyResultScore(20, 5, 11)).toBeCloseTo(0.6, 12);
    // Incidents from 12 to 0, now 3: (3 − 12) / (0 − 12) = 0.75.
    expect(keyResultScore(12, 0, 3)).toBe(0.75);
  });
  it('clamps overshooting and going backwards', () => {
    expect(keyResultScore(10, 50, 80)).toBe(1);
    expect(keyResultScore(10, 50, 0)).toBe(0);
    expect(keyResultScore(20, 5, 2)).toBe(1);
    expect(keyResultScore(20, 5, 25)).toBe(0);
  });
  it('scores start = target as reached or not', () => {
    expect(keyResultScore(7, 7, 7)).toBe(1);
    expect(keyResultScore(7, 7, 6)).toBe(0);
  });
  it('scores a key result with no value yet as 0', () => {
    expect(keyResultScore(0, 10, null)).toBe(0);
  });
});

describe('milestoneShare and objectiveScore', () => {
  it('shares achieved milestones among those linked', () => {
    expect(milestoneShare(3, 4)).toBe(0.75);
    expect(milestoneShare(0, 0)).toBeNull();
  });
  it('means the key results, and is null with none', () => {
    // (0.5 + 0.6 + 1) / 3 = 0.7.
    expect(objectiveScore([0.5, 0.6, 1])).toBeCloseTo(0.7, 12);
    expect(objectiveScore([])).toBeNull();
  });
});
