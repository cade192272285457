import { Command } from 'commander';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { writeBackup } from '../../../server/backup/backup-dump.js';
import type { BackupTarget } from '../../../server/backup/backup-target.js';
import { CliError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { asCliError, dataDirOption, humanSize, openBackupTarget } from './backup-target-flags.js';

/**
 * `waymark backup FILE`: a consistent pg_dump of Waymark's database, whether the
 * server is running (its PostgreSQL is used) or not (the embedded one is started
 * for the dump and stopped again), or of DATABASE_URL.
 */
export function backupCommand(io: CliIo): Command {
  return new Command('backup')
    .description(
      "write a consistent backup of Waymark's database to FILE (pg_dump custom format), server running or not",
    )
    .argument('<file>', 'the backup file to write (e.g. waymark-before-upgrade.dump)')
    .addOption(dataDirOption())
    .option('--overwrite', 'replace FILE if it exists')
    .action(async (file: string, options: { dataDir?: string; overwrite?: boolean }) => {
      const target = path.resolve(file);
      if (existsSync(target) && !options.overwrite)
        throw CliError.usage(`waymark: ${target} already exists; pass --overwrite to replace it.`);
      let database: BackupTarget | undefined;
      try {
        database = (await openBackupTarget(io, options.dataDir, false)).database;
        io.err(`Backing up ${database.description} to ${target}…\n`);
        const started = performance.now();
        const written = await writeBackup(database.url, target, {
          env: io.env,
          onTable: (table) => io.err(`  ${table}\n`),
        });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        io.out(
          `Wrote ${written.file} (${humanSize(written.sizeBytes)}, ${written.tables} tables) in ${seconds} s.\n`,
        );
      } catch (error) {
        throw asCliError(error);
      } finally {
        await database?.close();
      }
    });
}
