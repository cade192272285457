import type { Database, Queryable } from './database.js';
import { translateDatabaseError } from './constraint-issues.js';

/**
 * A Database whose every query and "transaction" runs in the transaction `tx`
 * already open: services built on it write through their normal paths, and
 * all of it commits or rolls back with the caller's transaction (a change
 * request's approval applies many edits as one). Errors are translated as
 * the outer transaction would, so a caller can see which write failed.
 */
export function joinedTransaction(db: Database, tx: Queryable): Database {
  const run = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw translateDatabaseError(error);
    }
  };
  return {
    pool: db.pool,
    availability: db.availability,
    query: (sql, params) => run(() => tx.query(sql, params)),
    transaction: (work) => run(() => work(tx)),
    close: () => Promise.resolve(),
  };
}
