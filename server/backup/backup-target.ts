import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { acquireDataFolderLock, DataFolderLockedError } from '../db/data-folder-lock.js';
import {
  clusterDirOf,
  credentialsFileOf,
  startEmbeddedPostgres,
  type EmbeddedPostgresCredentials,
} from '../db/embedded-postgres-server.js';
import { DomainError } from '../domain-errors.js';

/** The database a backup is taken from or restored into, open for as long as the work takes. */
export interface BackupTarget {
  url: string;
  /** Where it is, in words, for the person at the terminal (never the password). */
  description: string;
  /** Set when a running Waymark holds the data folder (its own PostgreSQL is used). */
  runningWaymarkPid: number | null;
  /** Stops the PostgreSQL started for this work, if any, and gives the data folder back. */
  close(): Promise<void>;
}

export class BackupTargetError extends DomainError {
  constructor(message: string) {
    super('validation_failed', message);
  }
}

function readCredentials(dataDir: string): EmbeddedPostgresCredentials {
  const file = credentialsFileOf(dataDir);
  if (!existsSync(file))
    throw new BackupTargetError(
      `${file} is missing, so the database in ${clusterDirOf(dataDir)} cannot be opened.`,
    );
  return JSON.parse(readFileSync(file, 'utf8')) as EmbeddedPostgresCredentials;
}

/** The port of a running cluster, from the 4th line of its postmaster.pid. */
export function portFromPostmasterPid(text: string): number | null {
  const port = Number(text.split('\n')[3]);
  return Number.isInteger(port) && port > 0 ? port : null;
}

/**
 * The data folder's database. A Waymark running on it holds the folder's lock: then
 * its PostgreSQL (port in postmaster.pid, credentials in postgres-credentials.json)
 * is used as it is. Otherwise this process takes the lock and starts the embedded
 * server until close(); `create` lets a restore initialise a folder that has none.
 */
export async function openDataFolderDatabase(
  dataDir: string,
  options: { create: boolean; notice?: (message: string) => void },
): Promise<BackupTarget> {
  const initialised = existsSync(path.join(clusterDirOf(dataDir), 'PG_VERSION'));
  if (!initialised && !options.create)
    throw new BackupTargetError(
      `There is no Waymark database in ${dataDir} (no ${clusterDirOf(dataDir)}). ` +
        'Set WAYMARK_DATA_DIR to the data folder, or DATABASE_URL for an external database.',
    );
  let lock: { release(): void };
  try {
    lock = acquireDataFolderLock(dataDir);
  } catch (error) {
    if (!(error instanceof DataFolderLockedError)) throw error;
    const pid = Number(readFileSync(path.join(dataDir, 'waymark.lock'), 'utf8').trim());
    const pidFile = path.join(clusterDirOf(dataDir), 'postmaster.pid');
    const port = existsSync(pidFile) ? portFromPostmasterPid(readFileSync(pidFile, 'utf8')) : null;
    if (port === null)
      throw new BackupTargetError(
        `Waymark (process ${pid}) holds ${dataDir}, but its PostgreSQL is not running. Try again once it is up.`,
      );
    const c = readCredentials(dataDir);
    return {
      url: `postgres://${encodeURIComponent(c.user)}:${encodeURIComponent(c.password)}@127.0.0.1:${port}/${c.database}`,
      description: `the PostgreSQL of the Waymark running on ${dataDir} (process ${pid}, port ${port})`,
      runningWaymarkPid: pid,
      close: async () => {},
    };
  }
  try {
    options.notice?.(
      `Starting the embedded PostgreSQL of ${dataDir} for this (Waymark is not running)…`,
    );
    const postgres = await startEmbeddedPostgres(dataDir, () => {}, options.notice);
    return {
      url: postgres.url,
      description: `the embedded PostgreSQL of ${dataDir}, started for this`,
      runningWaymarkPid: null,
      async close() {
        try {
          await postgres.stop();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}
