/** Nightly backups: where, how many, and from which database. */
export interface BackupSettings {
  enabled: boolean;
  keep: number;
  /** `<data folder>/backups`; null where there is no data folder (tests). */
  folder: string | null;
  /** The database the nightly job dumps (the embedded server's URL, or DATABASE_URL). */
  databaseUrl: string | null;
}

export const BACKUPS_OFF: BackupSettings = {
  enabled: false,
  keep: 7,
  folder: null,
  databaseUrl: null,
};

/** graphile-worker cron runs on UTC. */
export const NIGHTLY_BACKUP_SCHEDULE = 'every day at 02:30 UTC';
