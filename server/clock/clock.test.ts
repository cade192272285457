import { describe, expect, it } from 'vitest';
import { clockStartingAt, utcDay } from './clock.js';

describe('clockStartingAt', () => {
  it('reads the pinned instant first and then runs on with real time', () => {
    let real = 1_000_000;
    const clock = clockStartingAt(new Date('2026-11-20T09:00:00Z'), () => real);
    expect(clock().toISOString()).toBe('2026-11-20T09:00:00.000Z');
    real += 90_000;
    expect(clock().toISOString()).toBe('2026-11-20T09:01:30.000Z');
    expect(utcDay(clock)).toBe('2026-11-20');
  });
});
