import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inverseNormalCdf, normalCdf, spearmanOfGaussianCopula } from './normal-distribution.js';

describe('normal distribution', () => {
  it('known values of Φ and Φ⁻¹', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959963985)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1.644853627)).toBeCloseTo(0.05, 6);
    expect(inverseNormalCdf(0.975)).toBeCloseTo(1.959963985, 6);
    expect(inverseNormalCdf(0.001)).toBeCloseTo(-3.090232306, 6);
    expect(inverseNormalCdf(0.5)).toBe(0);
  });

  it('Φ(Φ⁻¹(p)) = p across (0, 1), tails included', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }), (p) => {
        expect(Math.abs(normalCdf(inverseNormalCdf(p)) - p)).toBeLessThan(2e-7);
      }),
    );
  });

  it('Spearman of the copula: 0 → 0, 1 → 1, and below Pearson in between', () => {
    expect(spearmanOfGaussianCopula(0)).toBe(0);
    expect(spearmanOfGaussianCopula(1)).toBeCloseTo(1, 12);
    expect(spearmanOfGaussianCopula(0.5)).toBeLessThan(0.5);
  });
});
