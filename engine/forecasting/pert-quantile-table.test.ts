import { describe, expect, it } from 'vitest';
import { pertDistributionQuantile, triangularQuantile } from './duration-distribution.js';
import { pertQuantile } from './pert-quantile-table.js';

const probabilities = Array.from({ length: 999 }, (_, k) => (k + 1) / 1000);

describe('PERT quantile table', () => {
  it('matches Beta(3, 3) (mode in the middle): I_x = 10x³ − 15x⁴ + 6x⁵', () => {
    for (const u of probabilities) {
      const x = pertQuantile(0.5, u);
      expect(Math.abs(10 * x ** 3 - 15 * x ** 4 + 6 * x ** 5 - u)).toBeLessThan(2e-4);
    }
    expect(pertQuantile(0.5, 0.5)).toBeCloseTo(0.5, 6);
  });

  it('matches Beta(1, 5) (mode at the optimistic end): Q(u) = 1 − (1 − u)^(1/5)', () => {
    for (const u of probabilities)
      expect(Math.abs(pertQuantile(0, u) - (1 - (1 - u) ** 0.2))).toBeLessThan(2e-4);
  });

  it('matches Beta(5, 1) (mode at the pessimistic end): Q(u) = u^(1/5), within 0.01 even in the lowest tail', () => {
    for (const u of probabilities)
      expect(Math.abs(pertQuantile(1, u) - u ** 0.2)).toBeLessThan(0.01);
  });

  it('is monotone in u and scales to the estimate', () => {
    let previous = -1;
    for (const u of probabilities) {
      const x = pertDistributionQuantile(480, 960, 2400, u);
      expect(x).toBeGreaterThanOrEqual(previous);
      expect(x).toBeGreaterThanOrEqual(480);
      expect(x).toBeLessThanOrEqual(2400);
      previous = x;
    }
  });
});

describe('triangular quantile', () => {
  it('is the exact inverse of the triangular CDF', () => {
    const [a, m, b] = [2, 3, 8];
    for (const u of probabilities) {
      const x = triangularQuantile(a, m, b, u);
      const cdf =
        x <= m ? (x - a) ** 2 / ((b - a) * (m - a)) : 1 - (b - x) ** 2 / ((b - a) * (b - m));
      expect(cdf).toBeCloseTo(u, 10);
    }
  });
});
