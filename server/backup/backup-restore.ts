import pg from 'pg';
import { DomainError } from '../domain-errors.js';
import { describeDatabase, toolConnection } from './postgres-connection.js';
import { findPostgresTool, runPostgresTool } from './postgres-tools.js';

export class RestoreRefusedError extends DomainError {
  constructor(message: string) {
    super('validation_failed', message);
  }
}

export interface ExistingData {
  /** Tables outside PostgreSQL's own schemas, `schema.table`. */
  tables: string[];
  users: number | null;
  programs: number | null;
}

/** What a database already holds: a restore only goes into an empty one unless forced. */
export async function describeExistingData(databaseUrl: string): Promise<ExistingData> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = (
      await client.query<{ name: string }>(
        `SELECT n.nspname || '.' || c.relname AS name
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind IN ('r', 'p') AND n.nspname <> 'information_schema'
            AND n.nspname NOT LIKE 'pg\\_%'
          ORDER BY 1`,
      )
    ).rows.map((r) => r.name);
    const count = async (table: string) =>
      tables.includes(`public.${table}`)
        ? Number((await client.query(`SELECT count(*) AS n FROM public.${table}`)).rows[0].n)
        : null;
    return { tables, users: await count('users'), programs: await count('programs') };
  } finally {
    await client.end();
  }
}

function describeExisting(existing: ExistingData): string {
  const counts = [
    existing.users !== null ? `${existing.users} users` : null,
    existing.programs !== null ? `${existing.programs} programs` : null,
  ].filter(Boolean);
  return `${existing.tables.length} tables${counts.length ? ` (${counts.join(', ')})` : ''}`;
}

/** Empties the database for a forced restore; runs in the restore's own transaction. */
const DROP_EVERYTHING = `DO $$
DECLARE s text;
BEGIN
  FOR s IN SELECT nspname FROM pg_namespace
            WHERE nspname <> 'information_schema' AND nspname NOT LIKE 'pg\\_%'
  LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', s);
  END LOOP;
  CREATE SCHEMA public;
END $$;`;

/**
 * Restores a pg_dump custom-format archive into the database: into an empty one, or
 * with `force` over whatever is there. pg_restore writes the SQL, psql runs it as one
 * transaction (the forced wipe included), so a failed restore changes nothing.
 */
export async function restoreBackup(
  databaseUrl: string,
  file: string,
  options: { force: boolean; env?: NodeJS.ProcessEnv; onTable?: (table: string) => void },
): Promise<{ tables: number; replaced: ExistingData | null }> {
  const pgRestore = findPostgresTool('pg_restore', options.env);
  const psql = findPostgresTool('psql', options.env);
  try {
    await runPostgresTool(pgRestore, ['--list', file]).done;
  } catch (error) {
    throw new RestoreRefusedError(
      `${file} is not a backup that pg_restore can read (${(error as Error).message}).`,
    );
  }
  const existing = await describeExistingData(databaseUrl);
  const occupied = existing.tables.length > 0;
  if (occupied && !options.force)
    throw new RestoreRefusedError(
      `The database ${describeDatabase(databaseUrl)} is not empty: it holds ${describeExisting(existing)}. ` +
        'Restore into an empty data folder or database, or pass --force to replace everything in it.',
    );
  const { dbname, env } = toolConnection(databaseUrl);
  let tables = 0;
  const restore = runPostgresTool(
    pgRestore,
    ['--no-owner', '--no-privileges', '--verbose', '--file=-', file],
    {
      stdout: 'pipe',
      onLine: (line) => {
        const table = /processing data for table "([^"]+)"/.exec(line)?.[1];
        if (!table) return;
        tables++;
        options.onTable?.(table);
      },
    },
  );
  const apply = runPostgresTool(
    psql,
    [
      '--no-psqlrc',
      '--quiet',
      '--no-password',
      '--set=ON_ERROR_STOP=1',
      '--single-transaction',
      ...(occupied ? [`--command=${DROP_EVERYTHING}`] : []),
      '--file=-',
      `--dbname=${dbname}`,
    ],
    { env, stdin: restore.stdout!, stdout: 'ignore' },
  );
  const [restored, applied] = await Promise.allSettled([restore.done, apply.done]);
  // When psql stops at an error, pg_restore only sees a closed pipe: psql's reason comes first.
  if (applied.status === 'rejected') throw applied.reason;
  if (restored.status === 'rejected') throw restored.reason;
  return { tables, replaced: occupied ? existing : null };
}
