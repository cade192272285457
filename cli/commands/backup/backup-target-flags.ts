import { Option } from 'commander';
import path from 'node:path';
import { openDataFolderDatabase, type BackupTarget } from '../../../server/backup/backup-target.js';
import { describeDatabase } from '../../../server/backup/postgres-connection.js';
import { DataFolderLockedError } from '../../../server/db/data-folder-lock.js';
import { DomainError } from '../../../server/domain-errors.js';
import {
  PostgresToolFailedError,
  PostgresToolMissingError,
} from '../../../server/backup/postgres-tools.js';
import { CliError } from '../../errors.js';
import type { CliIo } from '../../io.js';

export const dataDirOption = () =>
  new Option(
    '--data-dir <folder>',
    "Waymark's data folder (default: $WAYMARK_DATA_DIR, else ./data); ignored when DATABASE_URL is set",
  );

/** Where the database is, exactly as the server decides it: DATABASE_URL, else the data folder. */
export function databaseLocation(
  io: CliIo,
  dataDirFlag: string | undefined,
): { databaseUrl: string | undefined; dataDir: string } {
  return {
    databaseUrl: io.env.DATABASE_URL || undefined,
    dataDir: path.resolve(dataDirFlag ?? (io.env.WAYMARK_DATA_DIR || 'data')),
  };
}

/**
 * The database to back up or restore into: DATABASE_URL as it is, else the data
 * folder's (a running Waymark's PostgreSQL, or the embedded one started for the work;
 * `create` makes an empty folder for a restore).
 */
export async function openBackupTarget(
  io: CliIo,
  dataDirFlag: string | undefined,
  create: boolean,
): Promise<{ database: BackupTarget; dataDir: string }> {
  const { databaseUrl, dataDir } = databaseLocation(io, dataDirFlag);
  const database: BackupTarget = databaseUrl
    ? {
        url: databaseUrl,
        description: `${describeDatabase(databaseUrl)} (DATABASE_URL)`,
        runningWaymarkPid: null,
        close: async () => {},
      }
    : await openDataFolderDatabase(dataDir, { create, notice: (m) => io.err(`${m}\n`) });
  return { database, dataDir };
}

export const humanSize = (bytes: number): string =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 ** 2
      ? `${(bytes / 1024).toFixed(1)} KB`
      : `${(bytes / 1024 ** 2).toFixed(1)} MB`;

/** Backup and restore failures as the CLI reports them: refusals exit 2, the rest 1. */
export function asCliError(error: unknown): unknown {
  if (error instanceof CliError) return error;
  if (error instanceof PostgresToolMissingError || error instanceof PostgresToolFailedError)
    return CliError.failure(`waymark: ${error.message}`);
  if (error instanceof DataFolderLockedError || error instanceof DomainError)
    return CliError.usage(`waymark: ${error.message}`);
  return error;
}
