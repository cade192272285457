import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createSignInThrottle,
  failuresInWindow,
  waitForKey,
  type SignInFailureStore,
} from './sign-in-throttle.js';

const MINUTE = 60_000;
const WINDOW = 15 * MINUTE;

/** The store's contract in memory: the PostgreSQL one is tested over HTTP in the db tier. */
function memoryStore(): SignInFailureStore {
  const rows = new Map<string, number[]>();
  return {
    async failures(keys) {
      return new Map(keys.filter((k) => rows.has(k)).map((k) => [k, rows.get(k)!]));
    },
    async record(keys, nowMs, windowMs) {
      for (const k of keys)
        rows.set(k, [...failuresInWindow(rows.get(k) ?? [], nowMs, windowMs), nowMs]);
    },
    async forget(key) {
      rows.delete(key);
    },
  };
}

function throttleAt(start = 0, limits = { email: 3, address: 5 }) {
  let now = start;
  const throttle = createSignInThrottle({
    policy: {
      windowMs: WINDOW,
      maxFailuresPerEmail: limits.email,
      maxFailuresPerAddress: limits.address,
    },
    store: memoryStore(),
    now: () => now,
  });
  return { throttle, advance: (ms: number) => (now += ms) };
}

const ada = { email: 'ada@example.test', address: '10.0.0.1' };

describe('sign-in throttle', () => {
  it('refuses the attempt after the limit of failures for one e-mail, until the oldest ages out', async () => {
    const { throttle, advance } = throttleAt();
    for (let i = 0; i < 3; i++) {
      expect(await throttle.waitBefore(ada)).toBe(0);
      await throttle.recordFailure(ada);
      advance(MINUTE);
    }
    // Failures at 0, 1 and 2 minutes; now is 3 minutes: the first leaves the window at 15.
    expect(await throttle.waitBefore(ada)).toBe(12 * MINUTE);
    advance(12 * MINUTE - 1);
    expect(await throttle.waitBefore(ada)).toBe(1);
    advance(1);
    expect(await throttle.waitBefore(ada)).toBe(0);
  });

  it('counts the e-mail in any case and spacing, and not other e-mails', async () => {
    const { throttle } = throttleAt();
    for (let i = 0; i < 3; i++)
      await throttle.recordFailure({ ...ada, email: ' ADA@example.test ' });
    expect(await throttle.waitBefore(ada)).toBeGreaterThan(0);
    expect(await throttle.waitBefore({ email: 'bo@example.test', address: ada.address })).toBe(0);
  });

  it('refuses an address that failed on many e-mails', async () => {
    const { throttle } = throttleAt();
    for (let i = 0; i < 5; i++)
      await throttle.recordFailure({ email: `u${i}@x.test`, address: 'a' });
    expect(await throttle.waitBefore({ email: 'new@x.test', address: 'a' })).toBeGreaterThan(0);
    expect(await throttle.waitBefore({ email: 'new@x.test', address: 'b' })).toBe(0);
  });

  it('forgets the e-mail failures after a success', async () => {
    const { throttle } = throttleAt();
    for (let i = 0; i < 2; i++) await throttle.recordFailure(ada);
    await throttle.recordSuccess(ada);
    for (let i = 0; i < 2; i++) await throttle.recordFailure(ada);
    expect(await throttle.waitBefore(ada)).toBe(0);
  });

  it('waits for the slot that frees first, whatever order the store returns the times in', () => {
    // Two instances may append out of clock order; the policy must not care.
    expect(waitForKey([5 * MINUTE, 0, 2 * MINUTE], 3, 6 * MINUTE, WINDOW)).toBe(9 * MINUTE);
    expect(waitForKey([5 * MINUTE, 0, 2 * MINUTE], 4, 6 * MINUTE, WINDOW)).toBe(0);
    // A failure exactly one window old no longer counts.
    expect(waitForKey([0, MINUTE], 2, WINDOW, WINDOW)).toBe(0);
  });

  it('never allows more than the limit of failures for one e-mail inside any window', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 20 * MINUTE }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 6 }),
        async (gaps, limit) => {
          const { throttle, advance } = throttleAt(0, { email: limit, address: 1e6 });
          const failedAt: number[] = [];
          for (const gap of gaps) {
            const now = advance(gap);
            if ((await throttle.waitBefore(ada)) > 0) continue;
            await throttle.recordFailure(ada);
            failedAt.push(now);
          }
          for (const t of failedAt) {
            const inWindow = failedAt.filter((u) => u >= t && u - t < WINDOW);
            expect(inWindow.length).toBeLessThanOrEqual(limit);
          }
        },
      ),
    );
  });

  it('lets an attempt through once the wait it announced has passed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 5 * MINUTE }), { minLength: 1, maxLength: 40 }),
        async (gaps) => {
          const { throttle, advance } = throttleAt(0, { email: 3, address: 1e6 });
          for (const gap of gaps) {
            advance(gap);
            const wait = await throttle.waitBefore(ada);
            if (wait > 0) {
              advance(wait);
              expect(await throttle.waitBefore(ada)).toBe(0);
            }
            await throttle.recordFailure(ada);
          }
        },
      ),
    );
  });
});
