/** Nightly backups are named by their UTC date; anything else in the folder is someone's own. */
const NIGHTLY = /^waymark-(\d{4}-\d{2}-\d{2})\.dump$/;

export const nightlyBackupName = (at: Date): string =>
  `waymark-${at.toISOString().slice(0, 10)}.dump`;

export const isNightlyBackup = (name: string): boolean => NIGHTLY.test(name);

/**
 * The nightly backups to delete so that the newest `keep` remain. Files the nightly
 * job did not write (a manual `waymark backup`, anything else) are never touched.
 */
export function nightlyBackupsToPrune(names: readonly string[], keep: number): string[] {
  if (!Number.isInteger(keep) || keep < 1) throw new RangeError('keep must be a whole number ≥ 1');
  return names.filter(isNightlyBackup).sort().reverse().slice(keep);
}
