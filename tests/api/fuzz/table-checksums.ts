import type { Queryable } from '../../../server/db/database.js';
import { databaseTables } from '../../support/table-checksums.js';

/**
 * Counters that requests write by design, refused ones included: the API rate limits
 * (`rate_limit_hits`) and the sign-in throttle (`sign_in_failures`) count every attempt.
 */
const COUNTS_EVERY_REQUEST = /rate_limit|throttle|attempt|sign_in_failures/;

/**
 * Every table of the application and of its job queue (a refused request must not
 * queue a job either), less the counters above.
 */
export async function applicationTables(db: Queryable): Promise<string[]> {
  return (await databaseTables(db)).filter((name) => !COUNTS_EVERY_REQUEST.test(name));
}
