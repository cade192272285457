import pg from 'pg';
import type { Queryable } from '../../server/db/database.js';

/** Per table (`schema.table`): its row count and the md5 of its rows' text in order. */
export type TableChecksums = Record<string, { rows: number; md5: string }>;

/**
 * Every table outside PostgreSQL's own schemas (Waymark's, schema_migrations,
 * graphile_worker's queue), so two snapshots or two databases compare row for row.
 */
export async function databaseTables(db: Queryable): Promise<string[]> {
  const r = await db.query<{ name: string }>(
    `SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND n.nspname <> 'information_schema'
        AND n.nspname NOT LIKE 'pg\\_%'
      ORDER BY 1`,
  );
  return r.rows.map((row) => row.name);
}

/**
 * Row count and an md5 of every row's text, in a stable order, per table (default:
 * all of them), in one statement: two equal snapshots mean not a byte changed.
 */
export async function tableChecksums(db: Queryable, tables?: string[]): Promise<TableChecksums> {
  const names = tables ?? (await databaseTables(db));
  if (names.length === 0) return {};
  const sql = names
    .map(
      (t) =>
        `SELECT '${t}' AS name, count(*)::int AS rows,
                coalesce(md5(string_agg(r::text, E'\\n' ORDER BY r::text)), '') AS md5
           FROM ${t} r`,
    )
    .join(' UNION ALL ');
  const r = await db.query<{ name: string; rows: number; md5: string }>(sql);
  return Object.fromEntries(r.rows.map((row) => [row.name, { rows: row.rows, md5: row.md5 }]));
}

/** Every table of the database at `databaseUrl`, on a connection of its own. */
export async function tableChecksumsAt(databaseUrl: string): Promise<TableChecksums> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await tableChecksums(client);
  } finally {
    await client.end();
  }
}

/** The tables whose count or checksum differ between two snapshots. */
export function changedTables(before: TableChecksums, after: TableChecksums): string[] {
  return Object.keys(before).filter((t) => {
    const a = before[t]!;
    const b = after[t];
    return !b || a.rows !== b.rows || a.md5 !== b.md5;
  });
}
