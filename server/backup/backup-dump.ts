import { chmod, rename, rm, stat } from 'node:fs/promises';
import { toolConnection } from './postgres-connection.js';
import { findPostgresTool, runPostgresTool } from './postgres-tools.js';

export interface BackupWritten {
  file: string;
  sizeBytes: number;
  tables: number;
}

/**
 * Writes a pg_dump custom-format archive of the database to `file`. pg_dump reads
 * everything in one snapshot, so the dump is consistent while Waymark keeps writing.
 * It goes to `file.partial` first: an interrupted backup never looks like a good one.
 */
export async function writeBackup(
  databaseUrl: string,
  file: string,
  options: { env?: NodeJS.ProcessEnv; onTable?: (table: string) => void } = {},
): Promise<BackupWritten> {
  const pgDump = findPostgresTool('pg_dump', options.env);
  const { dbname, env } = toolConnection(databaseUrl);
  const partial = `${file}.partial`;
  let tables = 0;
  try {
    await runPostgresTool(
      pgDump,
      ['--format=custom', '--verbose', '--no-password', `--file=${partial}`, `--dbname=${dbname}`],
      {
        env,
        onLine: (line) => {
          const table = /dumping contents of table "([^"]+)"/.exec(line)?.[1];
          if (!table) return;
          tables++;
          options.onTable?.(table);
        },
      },
    ).done;
    // A dump holds every account's password hash: readable by its owner only.
    await chmod(partial, 0o600);
    await rename(partial, file);
  } finally {
    await rm(partial, { force: true });
  }
  return { file, sizeBytes: (await stat(file)).size, tables };
}
