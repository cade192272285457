import type { Queryable } from '../../db/database.js';
import type { SignInFailureStore } from './sign-in-throttle.js';

/** Expired rows are swept at most this often per process, as part of recording a failure. */
const SWEEP_EVERY_MS = 60_000;

/**
 * Failed sign-ins in PostgreSQL: one row per e-mail or address, shared by
 * every instance. Rows are never evicted to make room; a row goes only once
 * its newest failure has left the window, so growth is bounded by how many
 * distinct keys fail within one window.
 */
export function createSignInFailureStore(db: Queryable): SignInFailureStore {
  let lastSweepMs = -Infinity;
  return {
    async failures(keys) {
      const r = await db.query<{ key: string; failed_at_ms: string[] }>(
        'SELECT key, failed_at_ms FROM sign_in_failures WHERE key = ANY($1::text[])',
        [keys],
      );
      return new Map(r.rows.map((row) => [row.key, row.failed_at_ms.map(Number)]));
    },

    async record(keys, nowMs, windowMs) {
      // One upsert: the row lock taken by ON CONFLICT serialises simultaneous failures, so
      // each one appends to what the other wrote instead of overwriting it.
      await db.query(
        `INSERT INTO sign_in_failures AS f (key, failed_at_ms, expires_at_ms)
           SELECT k, ARRAY[$2::bigint], $2::bigint + $3::bigint FROM unnest($1::text[]) AS k
         ON CONFLICT (key) DO UPDATE SET
           failed_at_ms = ARRAY(
             SELECT t FROM unnest(f.failed_at_ms) AS t WHERE t > $2::bigint - $3::bigint ORDER BY t
           ) || $2::bigint,
           expires_at_ms = GREATEST(f.expires_at_ms, $2::bigint + $3::bigint)`,
        [keys, nowMs, windowMs],
      );
      if (nowMs - lastSweepMs >= SWEEP_EVERY_MS) {
        lastSweepMs = nowMs;
        await db.query('DELETE FROM sign_in_failures WHERE expires_at_ms <= $1', [nowMs]);
      }
    },

    async forget(key) {
      await db.query('DELETE FROM sign_in_failures WHERE key = $1', [key]);
    },
  };
}
