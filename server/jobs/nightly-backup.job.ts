import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Clock } from '../clock/clock.js';
import { writeBackup, type BackupWritten } from '../backup/backup-dump.js';
import { nightlyBackupName, nightlyBackupsToPrune } from '../backup/backup-retention.js';
import type { BackupSettings } from '../backup/backup-settings.js';

export const NIGHTLY_BACKUP_JOB = 'nightly_backup';
/** graphile-worker crontab line (UTC): 02:30 daily; a night missed while down is caught up within 12 h. */
export const NIGHTLY_BACKUP_CRONTAB = `30 2 * * * ${NIGHTLY_BACKUP_JOB} ?fill=12h&max=3`;

/**
 * Dumps the database to `<data folder>/backups/waymark-<date>.dump` (the date read
 * from the injected clock), then deletes the nightly backups beyond `keep`.
 */
export async function runNightlyBackup(
  settings: BackupSettings,
  clock: Clock,
): Promise<{ written: BackupWritten; pruned: string[] }> {
  if (!settings.folder || !settings.databaseUrl)
    throw new Error('nightly backups need a backups folder and a database URL');
  await mkdir(settings.folder, { recursive: true, mode: 0o700 });
  const written = await writeBackup(
    settings.databaseUrl,
    path.join(settings.folder, nightlyBackupName(clock())),
  );
  const pruned = nightlyBackupsToPrune(await readdir(settings.folder), settings.keep);
  for (const name of pruned) await rm(path.join(settings.folder, name), { force: true });
  return { written, pruned };
}
