/**
 * API-wide request limits, counted in fixed windows. Signed-in requests count
 * per user; requests to routes that need no account (sign-in, calendar feeds,
 * Slack and GitLab intake, health excepted) count per client address, with a
 * lower limit because anyone can send them.
 */
export interface RateLimits {
  windowMs: number;
  /** Requests per window for one signed-in user (session or API token). */
  perUser: number;
  /** Requests per window from one client address to routes that need no account. */
  publicPerAddress: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  windowMs: 60_000,
  perUser: 600,
  publicPerAddress: 120,
};
