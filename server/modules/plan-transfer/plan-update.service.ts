import type { PlanFormat } from '../../../contracts/plan-transfer.schema.js';
import type {
  PlanUpdateApplied,
  PlanUpdatePreview,
} from '../../../contracts/plan-update.schema.js';
import { systemClock, type Clock } from '../../clock/clock.js';
import type { Database } from '../../db/database.js';
import { DomainError, NotFoundError } from '../../domain-errors.js';
import { enqueueProgramRollup } from '../../jobs/program-rollup.job.js';
import type { RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import { findProgram } from '../programs/program.repository.js';
import type { ImportedPlan } from './plan-mapping.js';
import { diffPlan } from './plan-update-diff.js';
import { previewOf } from './plan-update-preview.js';
import { applyPlanUpdate, readExistingPlan } from './plan-update.repository.js';
import { planReaderWorkerFile, readImportedPlan } from './read-plan-off-thread.js';

/**
 * Updating an existing program from its plan file, matched by UID
 * (plan-update-diff.ts): a preview that writes nothing, then an apply at the
 * previewed program version that recomputes the same diff and writes it in one
 * transaction. The file is read as an import reads it (same errors, off the
 * event loop).
 */
export function createPlanUpdateService(
  db: Database,
  clock: Clock = systemClock,
  options: { readerWorkerFile?: URL | null } = {},
) {
  const workerFile =
    options.readerWorkerFile === undefined ? planReaderWorkerFile() : options.readerWorkerFile;
  const today = () => clock().toISOString().slice(0, 10);

  async function read(programId: string, format: PlanFormat, text: string): Promise<ImportedPlan> {
    // A missing program is said before the file is read (its errors would hide it).
    if (!(await findProgram(db, programId))) throw new NotFoundError('Program', programId);
    return readImportedPlan(format, text, today(), undefined, workerFile);
  }

  return {
    async preview(programId: string, format: PlanFormat, text: string): Promise<PlanUpdatePreview> {
      const plan = await read(programId, format, text);
      // One snapshot: the rows and the version they are at.
      return db.transaction(async (tx) => {
        await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
        const existing = await readExistingPlan(tx, programId);
        return previewOf(diffPlan(existing, plan), existing, plan, existing.version);
      });
    },

    async apply(
      ctx: RequestContext,
      programId: string,
      format: PlanFormat,
      text: string,
      programVersion: number,
    ): Promise<PlanUpdateApplied> {
      const plan = await read(programId, format, text);
      return db.transaction(async (tx) => {
        const locked = await tx.query<{ version: number }>(
          'SELECT version FROM programs WHERE id = $1 FOR UPDATE',
          [programId],
        );
        const current = locked.rows[0];
        if (!current) throw new NotFoundError('Program', programId);
        if (current.version !== programVersion) {
          const message = `Program ${programId} changed since the preview (it was at version ${programVersion}, it is now at ${current.version}); nothing was applied. Preview the file again.`;
          throw new DomainError(
            'version_conflict',
            message,
            [{ path: 'querystring.programVersion', code: 'stale', message }],
            { currentVersion: current.version },
          );
        }
        const existing = await readExistingPlan(tx, programId);
        const update = diffPlan(existing, plan);
        const applied = await applyPlanUpdate(tx, ctx, programId, existing, plan, update);
        // Bumped even when nothing changed: a second apply of the same preview is refused.
        const bumped = await tx.query<{ version: number }>(
          'UPDATE programs SET version = version + 1, updated_at = now() WHERE id = $1 RETURNING version',
          [programId],
        );
        await enqueueProgramRollup(tx, programId);
        const version = bumped.rows[0]!.version;
        await recordAudit(tx, ctx, {
          entityType: 'program',
          entityId: programId,
          action: 'update_from_file',
          before: { version: current.version },
          after: { version, format, program: update.program, ...applied },
        });
        return {
          programVersion: version,
          programChanged: update.program.length > 0,
          applied,
          warnings: previewOf(update, existing, plan, current.version).warnings,
        };
      });
    },
  };
}
export type PlanUpdateService = ReturnType<typeof createPlanUpdateService>;
