import type { Queryable } from '../../../server/db/database.js';

export type TableChecksums = Map<string, { rows: number; md5: string }>;

/**
 * Counters that requests write by design, refused ones included: the API rate limits
 * (`rate_limit_hits`) and the sign-in throttle (`sign_in_failures`) count every attempt.
 */
const COUNTS_EVERY_REQUEST = /rate_limit|throttle|attempt|sign_in_failures/;

/**
 * Every base table of the application and of its job queue (a refused request must
 * not queue a job either), less the counters above.
 */
export async function applicationTables(db: Queryable): Promise<string[]> {
  const r = await db.query<{ name: string }>(
    `SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) AS name
       FROM information_schema.tables
      WHERE table_schema IN ('public', 'graphile_worker') AND table_type = 'BASE TABLE'
      ORDER BY 1`,
  );
  return r.rows.map((row) => row.name).filter((name) => !COUNTS_EVERY_REQUEST.test(name));
}

/**
 * Row count and an md5 of every row's text, in a stable order, per table: two
 * equal snapshots mean not a byte of stored data changed in between.
 */
export async function tableChecksums(db: Queryable, tables: string[]): Promise<TableChecksums> {
  const sql = tables
    .map(
      (t) =>
        `SELECT '${t}' AS name, count(*)::int AS rows,
                coalesce(md5(string_agg(r::text, E'\\n' ORDER BY r::text)), '') AS md5
           FROM ${t} r`,
    )
    .join(' UNION ALL ');
  const r = await db.query<{ name: string; rows: number; md5: string }>(sql);
  return new Map(r.rows.map((row) => [row.name, { rows: row.rows, md5: row.md5 }]));
}

/** The tables whose count or checksum differ between two snapshots. */
export function changedTables(before: TableChecksums, after: TableChecksums): string[] {
  return [...before.keys()].filter((t) => {
    const a = before.get(t)!;
    const b = after.get(t);
    return !b || a.rows !== b.rows || a.md5 !== b.md5;
  });
}
