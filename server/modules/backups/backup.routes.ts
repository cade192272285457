import { BackupList } from '../../../contracts/backup.schema.js';
import { ErrorResponses } from '../../../contracts/common.schema.js';
import { listBackupFiles } from '../../backup/backup-folder.js';
import { NIGHTLY_BACKUP_SCHEDULE } from '../../backup/backup-settings.js';
import type { Container } from '../../container.js';
import { ForbiddenError } from '../../domain-errors.js';
import type { App } from '../../http/typed-app.js';

export async function backupRoutes(app: App, { backups }: Container) {
  app.get('/api/backups', {
    schema: {
      operationId: 'listBackups',
      tags: ['backups'],
      summary:
        'The backups in the data folder, with the nightly schedule and retention (admin only). Backups are made and restored with "waymark backup" / "waymark restore".',
      response: { 200: BackupList, ...ErrorResponses },
    },
    handler: async (req) => {
      // A backup holds every account's data: only an admin may know what exists.
      if (req.actor?.role !== 'admin')
        throw new ForbiddenError('Only an admin can see the backups.');
      return {
        enabled: backups.enabled,
        schedule: NIGHTLY_BACKUP_SCHEDULE,
        keep: backups.keep,
        folder: backups.folder,
        items: await listBackupFiles(backups.folder),
      };
    },
  });
}
