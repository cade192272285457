import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../config.js';

describe('backup settings from the environment', () => {
  it('keeps 7 nightly backups by default, in the data folder', () => {
    expect(readConfig({}, '/srv').backups).toEqual({ enabled: true, keep: 7 });
  });

  it('reads WAYMARK_BACKUPS=off and WAYMARK_BACKUP_KEEP', () => {
    expect(
      readConfig({ WAYMARK_BACKUPS: 'off', WAYMARK_BACKUP_KEEP: '30' }, '/srv').backups,
    ).toEqual({ enabled: false, keep: 30 });
  });

  it.each(['0', '-1', '2.5', 'seven'])(
    'refuses WAYMARK_BACKUP_KEEP=%s with a plain message',
    (keep) => {
      expect(() => readConfig({ WAYMARK_BACKUP_KEEP: keep }, '/srv')).toThrow(ConfigError);
      expect(() => readConfig({ WAYMARK_BACKUP_KEEP: keep }, '/srv')).toThrow(
        /WAYMARK_BACKUP_KEEP must be the number of nightly backups to keep/,
      );
    },
  );
});
