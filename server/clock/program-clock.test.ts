import { describe, expect, it } from 'vitest';
import { effectiveStatusDate, programNow, programToday } from './program-clock.js';

describe('program clock', () => {
  const clock = () => new Date('2026-12-07T06:30:15Z');
  it("reads now in the program's zone", () => {
    expect(programNow(clock, 'America/Los_Angeles')).toBe('2026-12-06T22:30:00');
    expect(programNow(clock, 'Asia/Tokyo')).toBe('2026-12-07T15:30:00');
    expect(programToday(clock, 'America/Los_Angeles')).toBe('2026-12-06');
  });
  it('a set status date wins over today', () => {
    expect(effectiveStatusDate('2026-11-30', clock, 'UTC')).toBe('2026-11-30');
    expect(effectiveStatusDate(null, clock, 'UTC')).toBe('2026-12-07');
  });
});
