import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSignInThrottle } from './sign-in-throttle.js';

const MINUTE = 60_000;

function throttleAt(start = 0, limits = { email: 3, address: 5, keys: 100 }) {
  let now = start;
  const throttle = createSignInThrottle({
    windowMs: 15 * MINUTE,
    maxFailuresPerEmail: limits.email,
    maxFailuresPerAddress: limits.address,
    maxKeys: limits.keys,
    now: () => now,
  });
  return { throttle, advance: (ms: number) => (now += ms) };
}

const ada = { email: 'ada@example.test', address: '10.0.0.1' };

describe('sign-in throttle', () => {
  it('refuses the attempt after the limit of failures for one e-mail, until the oldest ages out', () => {
    const { throttle, advance } = throttleAt();
    for (let i = 0; i < 3; i++) {
      expect(throttle.waitBefore(ada)).toBe(0);
      throttle.recordFailure(ada);
      advance(MINUTE);
    }
    // Failures at 0, 1 and 2 minutes; now is 3 minutes: the first leaves the window at 15.
    expect(throttle.waitBefore(ada)).toBe(12 * MINUTE);
    advance(12 * MINUTE - 1);
    expect(throttle.waitBefore(ada)).toBe(1);
    advance(1);
    expect(throttle.waitBefore(ada)).toBe(0);
  });

  it('counts the e-mail in any case and spacing, and not other e-mails', () => {
    const { throttle } = throttleAt();
    for (let i = 0; i < 3; i++) throttle.recordFailure({ ...ada, email: ' ADA@example.test ' });
    expect(throttle.waitBefore(ada)).toBeGreaterThan(0);
    expect(throttle.waitBefore({ email: 'bo@example.test', address: ada.address })).toBe(0);
  });

  it('refuses an address that failed on many e-mails', () => {
    const { throttle } = throttleAt();
    for (let i = 0; i < 5; i++) throttle.recordFailure({ email: `u${i}@x.test`, address: 'a' });
    expect(throttle.waitBefore({ email: 'new@x.test', address: 'a' })).toBeGreaterThan(0);
    expect(throttle.waitBefore({ email: 'new@x.test', address: 'b' })).toBe(0);
  });

  it('forgets the e-mail failures after a success', () => {
    const { throttle } = throttleAt();
    for (let i = 0; i < 2; i++) throttle.recordFailure(ada);
    throttle.recordSuccess(ada);
    for (let i = 0; i < 2; i++) throttle.recordFailure(ada);
    expect(throttle.waitBefore(ada)).toBe(0);
  });

  it('keeps at most maxKeys keys, dropping the longest quiet first', () => {
    const { throttle } = throttleAt(0, { email: 1, address: 1000, keys: 4 });
    throttle.recordFailure({ email: 'old@x.test', address: 'a' });
    for (let i = 0; i < 3; i++) throttle.recordFailure({ email: `n${i}@x.test`, address: 'a' });
    // Keys: the address, then the three newest e-mails; the oldest e-mail was dropped.
    expect(throttle.waitBefore({ email: 'old@x.test', address: 'z' })).toBe(0);
    expect(throttle.waitBefore({ email: 'n2@x.test', address: 'z' })).toBeGreaterThan(0);
  });

  it('never allows more than the limit of failures for one e-mail inside any window', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 * MINUTE }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 6 }),
        (gaps, limit) => {
          const { throttle, advance } = throttleAt(0, { email: limit, address: 1e6, keys: 100 });
          const failedAt: number[] = [];
          let now = 0;
          for (const gap of gaps) {
            now = advance(gap);
            if (throttle.waitBefore(ada) > 0) continue;
            throttle.recordFailure(ada);
            failedAt.push(now);
          }
          for (const t of failedAt) {
            const inWindow = failedAt.filter((u) => u >= t && u - t < 15 * MINUTE);
            expect(inWindow.length).toBeLessThanOrEqual(limit);
          }
        },
      ),
    );
  });
});
