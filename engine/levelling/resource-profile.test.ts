import { describe, expect, it } from 'vitest';
import { ResourceProfile } from './resource-profile.js';

describe('ResourceProfile', () => {
  it('keeps a step function of load, finds the first overload and the next instant that fits', () => {
    const p = new ResourceProfile();
    p.add(10, 20, 1, 0);
    p.add(15, 30, 0.5, 1);
    expect(p.times).toEqual([10, 15, 20, 30]);
    expect(p.loads).toEqual([1, 1.5, 0.5, 0]);
    // Capacity 2, asking 1: limit 1 → [15, 20) at 1.5 is the first overload.
    expect(p.firstOverload(0, 40, 1)).toBe(1);
    expect(p.nextFit(1, 1)).toBe(20);
    // Asking 1.5: limit 0.5 → from 10; fits again from 20 (load 0.5).
    expect(p.firstOverload(5, 12, 0.5)).toBe(0);
    expect(p.nextFit(0, 0.5)).toBe(20);
    expect(p.firstOverload(0, 10, 0)).toBe(-1);
    expect(p.firstOverload(30, 50, 0)).toBe(-1);
    expect(p.tasksOverlapping(15, 20)).toEqual([0, 1]);
    expect(p.tasksOverlapping(20, 30)).toEqual([1]);
  });

  it('sums fractional units without drifting over capacity', () => {
    const p = new ResourceProfile();
    for (let i = 0; i < 9; i++) p.add(0, 10, 0.1, i);
    // A tenth 0.1 fits a capacity of 1 (0.1 × 9 is not exactly 0.9 in floating point).
    expect(p.firstOverload(0, 10, 1 - 0.1)).toBe(-1);
    expect(p.firstOverload(0, 10, 1 - 0.2)).toBe(0);
  });
});
