import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { likelihoodOf, riskScore } from './risk-score.js';

describe('risk likelihood and score', () => {
  it('puts each band edge in the lower band', () => {
    expect([0, 0.1, 0.1001, 0.3, 0.31, 0.5, 0.51, 0.7, 0.71, 1].map(likelihoodOf)).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4, 5, 5,
    ]);
  });

  it('never lowers the likelihood as the probability rises, and scores 1 to 25', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 5 }),
        (p, q, impact) => {
          const [low, high] = p <= q ? [p, q] : [q, p];
          expect(likelihoodOf(low)).toBeLessThanOrEqual(likelihoodOf(high));
          const score = riskScore(p, impact);
          expect(score).toBeGreaterThanOrEqual(1);
          expect(score).toBeLessThanOrEqual(25);
          expect(score % impact).toBe(0);
        },
      ),
    );
  });
});
