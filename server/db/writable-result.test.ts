import { describe, expect, it } from 'vitest';
import { hasUnwritableDates, unwritableInResult } from './writable-result.js';

describe('unwritableInResult', () => {
  it('finds the first value JSON cannot hold, with its path', () => {
    expect(unwritableInResult({ task: { fixedCost: Infinity } })).toBe(
      'result.task.fixedCost is Infinity, which JSON cannot hold',
    );
    expect(unwritableInResult([{ at: new Date(NaN) }])).toBe('result[0].at is an invalid date');
    expect(unwritableInResult({ n: NaN })).toMatch(/result\.n is NaN/);
  });

  it('passes ordinary results, cycles included', () => {
    const cyclic: Record<string, unknown> = { n: 1, when: new Date(0), none: null };
    cyclic.self = cyclic;
    expect(unwritableInResult(cyclic)).toBeNull();
    expect(unwritableInResult(undefined)).toBeNull();
  });
});

describe('hasUnwritableDates', () => {
  it('spots the extended years Date#toISOString writes past 9999', () => {
    expect(hasUnwritableDates({ finish: new Date(Date.UTC(10000, 0, 1)).toISOString() })).toBe(
      true,
    );
    expect(hasUnwritableDates({ finish: '9999-12-31T17:00:00' })).toBe(false);
  });
});
