import pg from 'pg';
import { isConnectionError } from './connection-errors.js';
import { translateDatabaseError } from './constraint-issues.js';
import {
  createDatabaseAvailability,
  DatabaseUnavailableError,
  type DatabaseAvailability,
} from './database-availability.js';
import { UnwritableResultError, unwritableInResult } from './writable-result.js';

// Dates stay calendar dates ('2027-01-08'), not midnight in some time zone.
pg.types.setTypeParser(1082, (v) => v);
// timestamp without time zone holds program-local date-times: kept as YYYY-MM-DDTHH:MM:SS text.
pg.types.setTypeParser(1114, (v) => `${v.slice(0, 10)}T${v.slice(11, 19)}`);
// bigint and numeric values we store (cents, hours) fit a double exactly.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

/** Anything that runs SQL: the pool, or the client of an open transaction. */
export interface Queryable {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query<R extends pg.QueryResultRow = any>(
    sql: string,
    params?: unknown[],
  ): Promise<pg.QueryResult<R>>;
}

export interface Database extends Queryable {
  pool: pg.Pool;
  /** Whether the server is reachable; failed connections report here. */
  availability: DatabaseAvailability;
  /**
   * Runs `work` in one transaction; a thrown error rolls everything back, and so does
   * a result that could not be written back as JSON (checked before COMMIT).
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

function describeFailure(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  return [code, message].filter(Boolean).join(' ') || 'connection lost';
}

export function openDatabase(
  connectionString: string,
  options: { max?: number; availability?: DatabaseAvailability } = {},
): Database {
  const availability = options.availability ?? createDatabaseAvailability();
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    application_name: 'waymark',
  });
  // An idle client losing its server (restart, kill) must not crash the process.
  pool.on('error', () => {});
  /** Connection failures become one 503-shaped error (and mark the database down); the rest keep their mapping. */
  const translate = (error: unknown): unknown => {
    if (!isConnectionError(error)) return translateDatabaseError(error);
    // 57P03 (starting up, in recovery) follows an outage already seen, and in the moment
    // after a restart it reaches connections opened during recovery: on its own it
    // changes no state.
    if ((error as { code?: string }).code !== '57P03')
      availability.markDown(describeFailure(error));
    return new DatabaseUnavailableError();
  };
  // A success proves recovery only once a connection has been opened since the outage
  // began: after a postmaster is killed, its orphaned backends keep answering on the
  // connections already open for a moment, which would log a false "back up" (and a
  // second "down" when the supervisor notices the death a moment later).
  let connectedSinceOutage = true;
  availability.onChange((state) => {
    if (state === 'down') connectedSinceOutage = false;
  });
  pool.on('connect', () => {
    if (availability.state() === 'down') connectedSinceOutage = true;
  });
  const succeeded = () => {
    if (availability.state() === 'down' && connectedSinceOutage) availability.reportSuccess();
  };
  return {
    pool,
    availability,
    async query(sql, params) {
      try {
        const result = await pool.query(sql, params);
        succeeded();
        return result;
      } catch (error) {
        throw translate(error);
      }
    },
    async transaction(work) {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        throw translate(error);
      }
      // A checked-out client has no pool listener: its server vanishing between two
      // statements would otherwise be an unhandled 'error' event that ends the process.
      let lost: unknown;
      const onError = (error: unknown) => (lost = error);
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const result = await work(client);
        const problem = unwritableInResult(result);
        if (problem) throw new UnwritableResultError(problem);
        await client.query('COMMIT');
        succeeded();
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        lost ??= isConnectionError(error) ? error : undefined;
        throw translate(error);
      } finally {
        client.off('error', onError);
        // A broken connection is destroyed, never handed to the next request.
        client.release(lost ? (lost as Error) : undefined);
      }
    },
    async close() {
      await pool.end();
    },
  };
}
