/**
 * Failed sign-ins are counted per e-mail and per client address over a
 * sliding window; past the limit, sign-in is refused (even with the right
 * password) until the oldest counted failure leaves the window. Per e-mail
 * stops guessing one account's password; per address stops trying one
 * password on many accounts.
 *
 * This file is the policy alone, over lists of failure times; where the
 * failures are kept (PostgreSQL, shared by every instance) is the store's
 * business, so the rules can be tested without a database.
 */
export interface SignInThrottlePolicy {
  windowMs: number;
  maxFailuresPerEmail: number;
  maxFailuresPerAddress: number;
}

export const DEFAULT_SIGN_IN_THROTTLE: SignInThrottlePolicy = {
  windowMs: 15 * 60_000,
  maxFailuresPerEmail: 10,
  maxFailuresPerAddress: 50,
};

export interface SignInAttempt {
  email: string;
  address: string;
}

export interface ThrottleKey {
  key: string;
  max: number;
}

/** Where failures are kept. `record` must count two simultaneous failures as two. */
export interface SignInFailureStore {
  /** The failure times (ms) stored for each key; keys with none may be absent. */
  failures(keys: string[]): Promise<Map<string, number[]>>;
  /** Adds a failure at `nowMs` to each key, dropping times that left the window. */
  record(keys: string[], nowMs: number, windowMs: number): Promise<void>;
  forget(key: string): Promise<void>;
}

export function throttleKeys(attempt: SignInAttempt, policy: SignInThrottlePolicy): ThrottleKey[] {
  return [
    { key: `e:${attempt.email.trim().toLowerCase()}`, max: policy.maxFailuresPerEmail },
    { key: `a:${attempt.address}`, max: policy.maxFailuresPerAddress },
  ];
}

/** The failures still inside the window at `nowMs`, oldest first. */
export function failuresInWindow(times: readonly number[], nowMs: number, windowMs: number) {
  return times.filter((t) => nowMs - t < windowMs).sort((a, b) => a - b);
}

/** Milliseconds until a key with these failures may try again, or 0 when it may now. */
export function waitForKey(
  times: readonly number[],
  max: number,
  nowMs: number,
  windowMs: number,
): number {
  const recent = failuresInWindow(times, nowMs, windowMs);
  if (recent.length < max) return 0;
  // The window frees a slot when the (length - max + 1)-th newest failure ages out.
  return recent[recent.length - max]! + windowMs - nowMs;
}

export function createSignInThrottle(options: {
  policy: SignInThrottlePolicy;
  store: SignInFailureStore;
  now: () => number;
}) {
  const { policy, store } = options;
  return {
    /** Milliseconds until this attempt may be made, or 0 when it may be made now. */
    async waitBefore(attempt: SignInAttempt): Promise<number> {
      const keys = throttleKeys(attempt, policy);
      const stored = await store.failures(keys.map((k) => k.key));
      const now = options.now();
      return Math.max(
        0,
        ...keys.map(({ key, max }) => waitForKey(stored.get(key) ?? [], max, now, policy.windowMs)),
      );
    },

    async recordFailure(attempt: SignInAttempt): Promise<void> {
      const keys = throttleKeys(attempt, policy).map((k) => k.key);
      await store.record(keys, options.now(), policy.windowMs);
    },

    /** A correct password clears the e-mail's count (the address keeps its own). */
    async recordSuccess(attempt: SignInAttempt): Promise<void> {
      await store.forget(throttleKeys(attempt, policy)[0]!.key);
    },
  };
}
export type SignInThrottle = ReturnType<typeof createSignInThrottle>;
