import type { ErrorBody } from '../../../contracts/common.schema.js';
import {
  IMPORT_JOB_THRESHOLD_ROWS,
  type ImportJob,
  type ImportWarning,
  type PlanFormat,
} from '../../../contracts/plan-transfer.schema.js';
import type { Program } from '../../../contracts/program.schema.js';
import { systemClock, type Clock } from '../../clock/clock.js';
import type { Database, Queryable } from '../../db/database.js';
import { DomainError, NotFoundError } from '../../domain-errors.js';
import { enqueuePlanImport } from '../../jobs/plan-import.job.js';
import { enqueueProgramRollup } from '../../jobs/program-rollup.job.js';
import type { Actor, RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import { insertProgram, PROGRAM_ENTITY } from '../programs/program.repository.js';
import {
  claimImportJob,
  findImportJob,
  finishImportJob,
  insertImportJob,
  recordImportProgress,
  toImportJob,
} from './import-job.repository.js';
import { estimateImportRows } from './import-size.js';
import { insertPlan, rowsToInsert } from './plan-insert.repository.js';
import type { ImportedPlan } from './plan-mapping.js';
import { planReaderWorkerFile, readImportedPlan } from './read-plan-off-thread.js';

/** Progress is written at most this often while a job runs (as forecasts do). */
const PROGRESS_INTERVAL_MS = 250;

export type ImportOutcome =
  | { kind: 'program'; program: Program; warnings: ImportWarning[] }
  | { kind: 'job'; job: ImportJob };

/**
 * Creating a program from a plan file (mapping: plan-mapping.ts). A file of at
 * most IMPORT_JOB_THRESHOLD_ROWS rows or tasks is imported in the request; a
 * larger one is stored with a job row and imported by a background job that
 * records its progress. Either way the file is read without holding the event
 * loop (read-plan-off-thread.ts) and the program is written in one transaction:
 * all or nothing.
 */
export function createPlanImportService(
  db: Database,
  clock: Clock = systemClock,
  options: { readerWorkerFile?: URL | null; log?: { error(msg: string): void } } = {},
) {
  const workerFile =
    options.readerWorkerFile === undefined ? planReaderWorkerFile() : options.readerWorkerFile;
  const today = () => clock().toISOString().slice(0, 10);

  /** The program, its items, its rollup job and its audit row, in the caller's transaction. */
  async function writeProgram(
    tx: Queryable,
    ctx: RequestContext,
    format: PlanFormat,
    name: string,
    plan: ImportedPlan,
    onProgress?: (rowsWritten: number) => void,
  ): Promise<Program> {
    // A file carries no progress yet: its plan runs from its own start, not from today.
    const id = await insertProgram(
      tx,
      { name, startDate: plan.startDate, statusDate: plan.statusDate ?? plan.startDate },
      ctx.actor?.id ?? null,
    );
    const counts = await insertPlan(tx, id, plan, onProgress, clock());
    await enqueueProgramRollup(tx, id);
    const program = await PROGRAM_ENTITY.read(tx, id);
    await recordAudit(tx, ctx, {
      entityType: 'program',
      entityId: id,
      action: 'import',
      before: null,
      after: { program, format, ...counts },
    });
    return program;
  }

  return {
    async import(
      ctx: RequestContext,
      format: PlanFormat,
      name: string,
      text: string,
    ): Promise<ImportOutcome> {
      const estimatedRows = estimateImportRows(format, text);
      if (estimatedRows > IMPORT_JOB_THRESHOLD_ROWS) {
        const row = await db.transaction(async (tx) => {
          const job = await insertImportJob(tx, {
            format,
            programName: name,
            text,
            estimatedRows,
            requestedBy: ctx.actor?.id ?? null,
            requestId: ctx.requestId,
            requestedAt: clock(),
          });
          await enqueuePlanImport(tx, job.id);
          return job;
        });
        return { kind: 'job', job: toImportJob(row) };
      }
      const plan = await readImportedPlan(format, text, today(), undefined, workerFile);
      const program = await db.transaction((tx) => writeProgram(tx, ctx, format, name, plan));
      return { kind: 'program', program, warnings: plan.warnings };
    },

    /** A job, for the one who asked for it or an admin (anyone else: not found, as if it did not exist). */
    async getJob(actor: Actor | null, id: string): Promise<ImportJob> {
      const row = await findImportJob(db, id);
      if (!row || !actor || (actor.role !== 'admin' && row.requested_by !== actor.id))
        throw new NotFoundError('Import job', id);
      return toImportJob(row);
    },

    /** The background job: imports one stored file to the end (succeeded or failed, never left running). */
    async run(importJobId: string): Promise<void> {
      const job = await claimImportJob(db, importJobId, clock());
      if (!job) return;
      let lastWrite = -Infinity;
      let writing: Promise<void> = Promise.resolve();
      const progress = (phase: ImportJob['progress']['phase'], done: number, total: number) => {
        // An interval, not a date: the monotonic clock.
        const now = performance.now();
        if (now - lastWrite < PROGRESS_INTERVAL_MS) return;
        lastWrite = now;
        const step = { phase, done: Math.min(done, total), total };
        // Chained: in order, and never after the final write.
        writing = writing.then(() => recordImportProgress(db, importJobId, step));
      };
      try {
        const plan = await readImportedPlan(
          job.format,
          job.file_text,
          today(),
          (rows) => progress('reading', rows, job.progress_total),
          workerFile,
        );
        const total = rowsToInsert(plan);
        lastWrite = -Infinity;
        progress('writing', 0, total);
        const ctx = await jobContext(db, job.requested_by, job.request_id);
        await db.transaction(async (tx) => {
          const created = await writeProgram(tx, ctx, job.format, job.program_name, plan, (n) =>
            progress('writing', n, total),
          );
          await writing;
          // Committed with the program: a job never says succeeded for a program that is not there.
          await finishImportJob(
            tx,
            importJobId,
            { programId: created.id, total, warnings: plan.warnings },
            clock(),
          );
        });
      } catch (error) {
        await writing.catch(() => {});
        if (!(error instanceof DomainError))
          options.log?.error(
            `plan import job ${importJobId} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
          );
        await finishImportJob(db, importJobId, { error: errorBodyOf(error) }, clock());
      }
    },
  };
}
export type PlanImportService = ReturnType<typeof createPlanImportService>;

/** Who asked for the import, for the program's audit row. */
async function jobContext(
  db: Queryable,
  userId: string | null,
  requestId: string | null,
): Promise<RequestContext> {
  if (!userId) return { actor: null, requestId };
  const r = await db.query<Actor>('SELECT id, email, name, role FROM users WHERE id = $1', [
    userId,
  ]);
  return { actor: r.rows[0] ?? null, requestId };
}

/** The error contract's body, as a request would have answered (no internals for an unexpected error). */
function errorBodyOf(error: unknown): ErrorBody {
  if (error instanceof DomainError)
    return { error: { code: error.code, message: error.message, issues: error.issues } };
  return {
    error: {
      code: 'internal_error',
      message:
        'The import failed unexpectedly; nothing was imported. Try again, or ask an admin to look at the server log.',
      issues: [],
    },
  };
}
