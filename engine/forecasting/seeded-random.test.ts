import { describe, expect, it } from 'vitest';
import { blockStream } from './seeded-random.js';

const draws = (seed: number, block: number, stream: number, n: number) => {
  const s = blockStream(seed, block, stream);
  return Array.from({ length: n }, () => s.next());
};

describe('blockStream', () => {
  it('is reproducible: the same (seed, block, stream) gives the same draws', () => {
    expect(draws(42, 3, 1, 50)).toEqual(draws(42, 3, 1, 50));
  });

  it('gives different draws for a different seed, block or stream', () => {
    const base = draws(42, 3, 1, 20);
    expect(draws(43, 3, 1, 20)).not.toEqual(base);
    expect(draws(42, 4, 1, 20)).not.toEqual(base);
    expect(draws(42, 3, 2, 20)).not.toEqual(base);
  });

  it('draws in (0, 1), uniformly: mean, variance and deciles of 100,000 draws', () => {
    const values = draws(7, 0, 0, 100_000);
    expect(Math.min(...values)).toBeGreaterThan(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.002);
    const deciles = new Array<number>(10).fill(0);
    for (const v of values) deciles[Math.floor(v * 10)]!++;
    for (const count of deciles) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });
});
