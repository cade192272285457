import pg from 'pg';

/** Per table (`schema.table`): its row count and the md5 of its rows' text in order. */
export type TableChecksums = Record<string, { rows: number; md5: string }>;

/**
 * Every table outside PostgreSQL's own schemas (Waymark's, schema_migrations,
 * graphile_worker's queue), so two databases can be compared row for row.
 */
export async function tableChecksums(databaseUrl: string): Promise<TableChecksums> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = (
      await client.query<{ schema: string; name: string }>(
        `SELECT n.nspname AS schema, c.relname AS name
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind IN ('r', 'p') AND n.nspname <> 'information_schema'
            AND n.nspname NOT LIKE 'pg\\_%'
          ORDER BY 1, 2`,
      )
    ).rows;
    const result: TableChecksums = {};
    for (const { schema, name } of tables) {
      const qualified = `${client.escapeIdentifier(schema)}.${client.escapeIdentifier(name)}`;
      const r = await client.query<{ rows: number; md5: string }>(
        `SELECT count(*)::int AS rows,
                coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '') AS md5
           FROM ${qualified} t`,
      );
      result[`${schema}.${name}`] = r.rows[0]!;
    }
    return result;
  } finally {
    await client.end();
  }
}
