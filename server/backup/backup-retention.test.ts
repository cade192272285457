import { describe, expect, it } from 'vitest';
import { isNightlyBackup, nightlyBackupName, nightlyBackupsToPrune } from './backup-retention.js';

describe('nightly backup retention', () => {
  it('names a nightly backup by its UTC date', () => {
    expect(nightlyBackupName(new Date('2027-03-01T02:30:00Z'))).toBe('waymark-2027-03-01.dump');
    expect(nightlyBackupName(new Date('2027-02-28T23:59:59-05:00'))).toBe(
      'waymark-2027-03-01.dump',
    );
  });

  it('keeps the newest N nightly backups and prunes the older ones', () => {
    const names = [
      'waymark-2027-01-03.dump',
      'waymark-2027-01-01.dump',
      'waymark-2027-01-05.dump',
      'waymark-2027-01-02.dump',
      'waymark-2027-01-04.dump',
    ];
    expect(nightlyBackupsToPrune(names, 3).sort()).toEqual([
      'waymark-2027-01-01.dump',
      'waymark-2027-01-02.dump',
    ]);
    expect(nightlyBackupsToPrune(names, 5)).toEqual([]);
    expect(nightlyBackupsToPrune(names, 7)).toEqual([]);
  });

  it('never prunes files the nightly job did not write', () => {
    const names = [
      'before-upgrade.dump',
      'waymark-2027-01-01.dump.partial',
      'waymark-2027-01-01.dump',
      'waymark-2027-01-02.dump',
      'notes.txt',
    ];
    expect(nightlyBackupsToPrune(names, 1)).toEqual(['waymark-2027-01-01.dump']);
    expect(isNightlyBackup('before-upgrade.dump')).toBe(false);
  });

  it('refuses to keep nothing', () => {
    expect(() => nightlyBackupsToPrune([], 0)).toThrow(RangeError);
  });
});
