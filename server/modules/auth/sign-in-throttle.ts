/**
 * Failed sign-ins are counted per e-mail and per client address over a
 * sliding window; past the limit, sign-in is refused (even with the right
 * password) until the oldest counted failure leaves the window. Per e-mail
 * stops guessing one account's password; per address stops trying one
 * password on many accounts. Kept in memory: one Waymark process serves a
 * data folder, and a restart forgetting the counts is acceptable.
 */
export interface SignInThrottleOptions {
  windowMs: number;
  maxFailuresPerEmail: number;
  maxFailuresPerAddress: number;
  /** Bounds memory under a flood of distinct e-mails or addresses. */
  maxKeys: number;
  now: () => number;
}

export const DEFAULT_SIGN_IN_THROTTLE: Omit<SignInThrottleOptions, 'now'> = {
  windowMs: 15 * 60_000,
  maxFailuresPerEmail: 10,
  maxFailuresPerAddress: 50,
  maxKeys: 10_000,
};

export interface SignInAttempt {
  email: string;
  address: string;
}

export function createSignInThrottle(options: SignInThrottleOptions) {
  // Insertion order of a Map is the order keys were last failed, oldest first.
  const failures = new Map<string, number[]>();
  const keysOf = ({ email, address }: SignInAttempt) => [
    { key: `e:${email.trim().toLowerCase()}`, max: options.maxFailuresPerEmail },
    { key: `a:${address}`, max: options.maxFailuresPerAddress },
  ];
  const recent = (key: string, now: number) => {
    const times = failures.get(key);
    if (!times) return [];
    const kept = times.filter((t) => now - t < options.windowMs);
    if (kept.length === 0) failures.delete(key);
    else if (kept.length !== times.length) failures.set(key, kept);
    return kept;
  };

  return {
    /** Milliseconds until this attempt may be made, or 0 when it may be made now. */
    waitBefore(attempt: SignInAttempt): number {
      const now = options.now();
      let wait = 0;
      for (const { key, max } of keysOf(attempt)) {
        const times = recent(key, now);
        if (times.length >= max) {
          // The window frees a slot when the (length - max + 1)-th newest failure ages out.
          const freeing = times[times.length - max]!;
          wait = Math.max(wait, freeing + options.windowMs - now);
        }
      }
      return wait;
    },

    recordFailure(attempt: SignInAttempt): void {
      const now = options.now();
      for (const { key } of keysOf(attempt)) {
        const times = recent(key, now);
        failures.delete(key);
        failures.set(key, [...times, now]);
      }
      while (failures.size > options.maxKeys) {
        const oldest = failures.keys().next().value as string;
        failures.delete(oldest);
      }
    },

    /** A correct password clears the e-mail's count (the address keeps its own). */
    recordSuccess(attempt: SignInAttempt): void {
      failures.delete(keysOf(attempt)[0]!.key);
    },
  };
}
export type SignInThrottle = ReturnType<typeof createSignInThrottle>;
