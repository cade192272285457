import { Type, type Static } from 'typebox';
import { ClosedObject, Nullable } from './common.schema.js';

export const BackupFile = ClosedObject({
  name: Type.String({ description: 'File name in the backups folder.' }),
  kind: Type.Enum(['nightly', 'other'], {
    description:
      'nightly: written by the nightly job (waymark-YYYY-MM-DD.dump) and pruned by retention; other: anything else put in the folder, never pruned.',
  }),
  sizeBytes: Type.Integer({ minimum: 0 }),
  modifiedAt: Type.String({ format: 'date-time' }),
});
export type BackupFile = Static<typeof BackupFile>;

export const BackupList = ClosedObject({
  enabled: Type.Boolean({ description: 'Nightly backups are on (WAYMARK_BACKUPS).' }),
  schedule: Type.String({ description: 'When the nightly backup runs.' }),
  keep: Type.Integer({
    minimum: 1,
    description: 'Nightly backups kept; older ones are deleted (WAYMARK_BACKUP_KEEP).',
  }),
  folder: Nullable(Type.String({ description: 'Where the backups are, on the server.' })),
  items: Type.Array(BackupFile, { description: 'Newest first.' }),
});
export type BackupList = Static<typeof BackupList>;
