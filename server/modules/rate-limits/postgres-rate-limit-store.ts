import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Clock } from '../../clock/clock.js';
import type { Queryable } from '../../db/database.js';

/** Windows that have ended are swept at most this often per process. */
const SWEEP_EVERY_MS = 60_000;

// A window that has ended starts afresh at one hit; otherwise the hit is added.
// SET expressions all read the row as it was, so both CASEs test the old window.
const COUNT_HIT = `
  INSERT INTO rate_limit_hits AS r (key, hits, resets_at_ms) VALUES ($1, 1, $2::bigint + $3::bigint)
  ON CONFLICT (key) DO UPDATE SET
    hits = CASE WHEN r.resets_at_ms <= $2::bigint THEN 1 ELSE r.hits + 1 END,
    resets_at_ms = CASE WHEN r.resets_at_ms <= $2::bigint THEN $2::bigint + $3::bigint ELSE r.resets_at_ms END
  RETURNING hits, resets_at_ms`;

/**
 * A store for @fastify/rate-limit that counts in PostgreSQL, so every Waymark
 * instance on one database shares the counts. One upsert per request on an
 * UNLOGGED table; time comes from the server's clock, not the database's.
 */
export function postgresRateLimitStore(db: Queryable, clock: Clock): FastifyRateLimitStoreCtor {
  let lastSweepMs = -Infinity;
  const sweep = (nowMs: number) => {
    if (nowMs - lastSweepMs < SWEEP_EVERY_MS) return;
    lastSweepMs = nowMs;
    // Not awaited: the request need not wait for other keys' housekeeping.
    db.query('DELETE FROM rate_limit_hits WHERE resets_at_ms <= $1', [nowMs]).catch(() => {
      lastSweepMs = -Infinity;
    });
  };

  class PostgresRateLimitStore implements FastifyRateLimitStore {
    private readonly namespace: string;

    /** The plugin passes its options; a child passes the prefix its route counts under. */
    constructor(namespaceOrOptions: unknown) {
      this.namespace = typeof namespaceOrOptions === 'string' ? namespaceOrOptions : '';
    }

    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ): void {
      const nowMs = clock().getTime();
      db.query<{ hits: number; resets_at_ms: number }>(COUNT_HIT, [
        this.namespace + key,
        nowMs,
        timeWindow,
      ]).then(
        (r) => {
          const row = r.rows[0]!;
          callback(null, { current: row.hits, ttl: Math.max(0, row.resets_at_ms - nowMs) });
          sweep(nowMs);
        },
        (error: Error) => callback(error),
      );
    }

    /** Routes with a limit of their own count apart from the global one. */
    child(options: object): FastifyRateLimitStore {
      // At run time the plugin passes the route's merged limit options, which carry routeInfo.
      const route = (options as { routeInfo?: { method?: unknown; url?: string } }).routeInfo;
      return new PostgresRateLimitStore(`${String(route?.method)} ${route?.url}|`);
    }
  }
  return PostgresRateLimitStore as unknown as FastifyRateLimitStoreCtor;
}
