import pg from 'pg';
import { translateDatabaseError } from './constraint-issues.js';
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
  /**
   * Runs `work` in one transaction; a thrown error rolls everything back, and so does
   * a result that could not be written back as JSON (checked before COMMIT).
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function openDatabase(connectionString: string, options: { max?: number } = {}): Database {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    application_name: 'waymark',
  });
  // An idle client losing its server (restart, kill) must not crash the process.
  pool.on('error', () => {});
  return {
    pool,
    async query(sql, params) {
      try {
        return await pool.query(sql, params);
      } catch (error) {
        throw translateDatabaseError(error);
      }
    },
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(client);
        const problem = unwritableInResult(result);
        if (problem) throw new UnwritableResultError(problem);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw translateDatabaseError(error);
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}
