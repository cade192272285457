import { setTimeout as sleep } from 'node:timers/promises';
import type { DatabaseAvailability } from './database-availability.js';
import type { EmbeddedPostgresHandle } from './embedded-postgres-server.js';

export interface SupervisorOptions {
  log: { warn(message: string): void; debug(message: string): void };
  /** First wait between restart attempts; doubles up to maxDelayMs. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  wait?: (ms: number) => Promise<unknown>;
}

/** The wait before attempt `attempt` (1-based): exponential, capped. Pure. */
export function restartDelayMs(attempt: number, initialMs: number, maxMs: number): number {
  return Math.min(maxMs, initialMs * 2 ** Math.max(0, attempt - 1));
}

/**
 * Keeps the embedded PostgreSQL running: when the postmaster dies, the database
 * is marked down (requests get 503) and the server is started again, retrying
 * with capped backoff until it is back or Waymark stops. The data-folder lock
 * stays held throughout, so nothing else can claim the folder meanwhile.
 */
export function superviseEmbeddedPostgres(
  postgres: EmbeddedPostgresHandle,
  availability: DatabaseAvailability,
  options: SupervisorOptions,
): { stop(): void } {
  const initial = options.initialDelayMs ?? 100;
  const max = options.maxDelayMs ?? 5_000;
  const wait = options.wait ?? sleep;
  let stopped = false;
  let restarting = false;

  const restartUntilBack = async () => {
    restarting = true;
    try {
      for (let attempt = 1; !stopped; attempt++) {
        await wait(restartDelayMs(attempt, initial, max));
        if (stopped) return;
        try {
          await postgres.restart();
          availability.countRestart();
          availability.markUp(`embedded PostgreSQL restarted, attempt ${attempt}`);
          return;
        } catch (error) {
          const reason = (error as Error).message ?? String(error);
          // Still the same outage: the state change was logged once already.
          options.log.debug(`embedded PostgreSQL restart attempt ${attempt} failed: ${reason}`);
          if (
            restartDelayMs(attempt, initial, max) < max &&
            restartDelayMs(attempt + 1, initial, max) >= max
          )
            options.log.warn(
              `embedded PostgreSQL has not come back after ${attempt} attempts; retrying every ${max / 1000} s (last error: ${reason})`,
            );
        }
      }
    } finally {
      restarting = false;
    }
  };

  postgres.onUnexpectedExit((how) => {
    if (stopped) return;
    availability.markDown(`the embedded PostgreSQL stopped (${how})`, { held: true });
    if (!restarting) void restartUntilBack();
  });
  return {
    stop() {
      stopped = true;
    },
  };
}
