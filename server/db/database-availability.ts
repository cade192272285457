import { systemClock, type Clock } from '../clock/clock.js';
import { DomainError } from '../domain-errors.js';

export type DatabaseState = 'up' | 'down';

/** Answered (503) while the database cannot be reached; clients retry, nothing was written. */
export class DatabaseUnavailableError extends DomainError {
  constructor() {
    super(
      'database_unavailable',
      'The database is not available right now, so nothing was read or saved. Waymark is reconnecting; try again in a few seconds.',
    );
  }
}

/**
 * Whether the database is reachable, as far as this process knows. Connection
 * failures and the embedded server's supervisor report here; the log gets one
 * line per change of state, never one per failed request.
 */
export interface DatabaseAvailability {
  state(): DatabaseState;
  /** When the current outage began (null while up). */
  downSince(): Date | null;
  /** Automatic restarts of the embedded server since this process started. */
  restarts(): number;
  /**
   * `held`: only markUp() ends this outage, not a query that happens to succeed. The
   * supervisor holds it while the postmaster is dead: its orphaned backends may still
   * answer on open connections for a moment, which does not mean the server is back.
   */
  markDown(reason: string, options?: { held?: boolean }): void;
  markUp(note?: string): void;
  /** A query went through: ends an outage that was only inferred from failed connections. */
  reportSuccess(): void;
  countRestart(): void;
  onChange(listener: (state: DatabaseState) => void): void;
}

export function createDatabaseAvailability(
  options: {
    /** One line per change of state; both directions at the same level, so the recovery is seen wherever the outage was. */
    log?: (message: string) => void;
    clock?: Clock;
  } = {},
): DatabaseAvailability {
  const clock = options.clock ?? systemClock;
  let state: DatabaseState = 'up';
  let downSince: Date | null = null;
  let restarts = 0;
  let held = false;
  const listeners: Array<(state: DatabaseState) => void> = [];
  const notify = () => {
    for (const listener of listeners) listener(state);
  };
  return {
    state: () => state,
    downSince: () => downSince,
    restarts: () => restarts,
    markDown(reason, markOptions = {}) {
      if (markOptions.held) held = true;
      if (state === 'down') return;
      state = 'down';
      downSince = clock();
      options.log?.(
        `database is down: ${reason}; requests are answered 503 database_unavailable until it is back`,
      );
      notify();
    },
    markUp(note) {
      held = false;
      if (state === 'up') return;
      const seconds = downSince ? (clock().getTime() - downSince.getTime()) / 1000 : 0;
      state = 'up';
      downSince = null;
      options.log?.(`database is back up after ${seconds.toFixed(1)} s${note ? ` (${note})` : ''}`);
      notify();
    },
    reportSuccess() {
      if (state === 'down' && !held) this.markUp();
    },
    countRestart() {
      restarts++;
    },
    onChange(listener) {
      listeners.push(listener);
    },
  };
}
