import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { BackupFile } from '../../contracts/backup.schema.js';
import { isNightlyBackup } from './backup-retention.js';

/** The finished backups in the folder (not `.partial` ones being written), newest first. */
export async function listBackupFiles(folder: string | null): Promise<BackupFile[]> {
  if (!folder) return [];
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const files: BackupFile[] = [];
  for (const name of names.filter((n) => !n.endsWith('.partial'))) {
    const s = await stat(path.join(folder, name)).catch(() => null);
    if (!s?.isFile()) continue;
    files.push({
      name,
      kind: isNightlyBackup(name) ? 'nightly' : 'other',
      sizeBytes: s.size,
      modifiedAt: s.mtime.toISOString(),
    });
  }
  return files.sort(
    (a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || b.name.localeCompare(a.name),
  );
}
