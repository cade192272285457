import { Command } from 'commander';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { restoreBackup } from '../../../server/backup/backup-restore.js';
import type { BackupTarget } from '../../../server/backup/backup-target.js';
import { CliError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { asCliError, dataDirOption, openBackupTarget } from './backup-target-flags.js';

/**
 * `waymark restore FILE [--force]`: into an empty data folder (created if need be)
 * or an empty DATABASE_URL; a database holding data only with --force. Waymark must
 * not be running on the data folder.
 */
export function restoreCommand(io: CliIo): Command {
  return new Command('restore')
    .description(
      'restore a backup written by "waymark backup" into an empty data folder or database (Waymark stopped)',
    )
    .argument('<file>', 'the backup file')
    .addOption(dataDirOption())
    .option('--force', 'replace everything in a database that already holds data')
    .action(async (file: string, options: { dataDir?: string; force?: boolean }) => {
      const source = path.resolve(file);
      if (!existsSync(source)) throw CliError.usage(`waymark: ${source} does not exist.`);
      let database: BackupTarget | undefined;
      try {
        const opened = await openBackupTarget(io, options.dataDir, true);
        const { dataDir } = opened;
        database = opened.database;
        if (database.runningWaymarkPid !== null)
          throw CliError.usage(
            `waymark: Waymark (process ${database.runningWaymarkPid}) is running on ${dataDir}. Stop it before restoring into its database.`,
          );
        io.err(`Restoring ${source} into ${database.description}…\n`);
        const started = performance.now();
        const restored = await restoreBackup(database.url, source, {
          force: options.force ?? false,
          env: io.env,
          onTable: (table) => io.err(`  ${table}\n`),
        });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        if (restored.replaced)
          io.err(`Replaced what was there (${restored.replaced.tables.length} tables).\n`);
        io.out(
          `Restored ${restored.tables} tables from ${source} in ${seconds} s. Start Waymark on it; pending migrations apply at start.\n`,
        );
      } catch (error) {
        throw asCliError(error);
      } finally {
        await database?.close();
      }
    });
}
