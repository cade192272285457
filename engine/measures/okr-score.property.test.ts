import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyResultScore, objectiveScore } from './okr-score.js';

const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });

describe('keyResultScore properties', () => {
  it('is always within [0, 1]', () => {
    fc.assert(
      fc.property(value, value, value, (start, target, current) => {
        const s = keyResultScore(start, target, current);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('never falls as the current value moves in the target’s direction', () => {
    fc.assert(
      fc.property(value, value, value, value, (start, target, a, b) => {
        fc.pre(start !== target);
        // `nearer` is a step from `farther` in the direction of the target (up or down).
        const up = target > start;
        const [farther, nearer] = (up ? a <= b : a >= b) ? [a, b] : [b, a];
        expect(keyResultScore(start, target, nearer)).toBeGreaterThanOrEqual(
          keyResultScore(start, target, farther),
        );
      }),
    );
  });

  it('scores a decreasing target as the mirrored increasing one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e5, max: 1e5 }),
        fc.integer({ min: -1e5, max: 1e5 }),
        fc.integer({ min: -1e5, max: 1e5 }),
        (start, target, current) => {
          expect(keyResultScore(-start, -target, -current)).toBeCloseTo(
            keyResultScore(start, target, current),
            9,
          );
        },
      ),
    );
  });

  it('means of scores stay in [0, 1]', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1 }), (xs) => {
        const s = objectiveScore(xs)!;
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });
});
