import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { DomainError } from '../domain-errors.js';

export class DataFolderLockedError extends DomainError {
  constructor(dataDir: string, pid: number) {
    super(
      'data_folder_locked',
      `Another Waymark (process ${pid}) is already running on the data folder ${dataDir}. ` +
        'Stop it first, or set WAYMARK_DATA_DIR to another folder.',
    );
  }
}

export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Holds `<dataDir>/waymark.lock` for the life of the process: one Waymark per
 * data folder. A lock left by a process that no longer exists (kill -9, power
 * loss) is taken over.
 */
export function acquireDataFolderLock(dataDir: string): { release(): void } {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'waymark.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx', 0o644);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return {
        release() {
          try {
            if (readFileSync(lockPath, 'utf8').trim() === String(process.pid)) rmSync(lockPath);
          } catch {
            // already gone
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder = NaN;
      try {
        holder = Number(readFileSync(lockPath, 'utf8').trim());
      } catch {
        continue; // removed between our open and read: try again
      }
      if (holder !== process.pid && isProcessAlive(holder))
        throw new DataFolderLockedError(dataDir, holder);
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}
