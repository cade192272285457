import type { ErrorBody } from '../../../contracts/common.schema.js';
import type {
  ImportJob,
  ImportWarning,
  PlanFormat,
} from '../../../contracts/plan-transfer.schema.js';
import type { Queryable } from '../../db/database.js';

export interface ImportJobRow {
  id: string;
  status: ImportJob['status'];
  phase: ImportJob['progress']['phase'];
  progress_done: number;
  progress_total: number;
  format: PlanFormat;
  program_name: string;
  program_id: string | null;
  error: ErrorBody | null;
  warnings: ImportWarning[];
  requested_by: string | null;
  request_id: string | null;
  requested_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

/** Every column but the file itself (read only by the job that imports it). */
const COLUMNS = `id, status, phase, progress_done, progress_total, format, program_name, program_id,
  error, warnings, requested_by, request_id, requested_at, started_at, finished_at`;

export function toImportJob(r: ImportJobRow): ImportJob {
  return {
    id: r.id,
    status: r.status,
    format: r.format,
    programName: r.program_name,
    progress: { phase: r.phase, done: r.progress_done, total: r.progress_total },
    programId: r.program_id,
    warnings: r.warnings,
    error: r.error,
    requestedById: r.requested_by,
    requestedAt: r.requested_at.toISOString(),
    startedAt: r.started_at?.toISOString() ?? null,
    finishedAt: r.finished_at?.toISOString() ?? null,
  };
}

export async function insertImportJob(
  tx: Queryable,
  job: {
    format: PlanFormat;
    programName: string;
    text: string;
    estimatedRows: number;
    requestedBy: string | null;
    requestId: string | null;
    requestedAt: Date;
  },
): Promise<ImportJobRow> {
  const r = await tx.query<ImportJobRow>(
    `INSERT INTO plan_import_jobs (format, program_name, file_text, progress_total, requested_by, request_id, requested_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
    [
      job.format,
      job.programName,
      job.text,
      job.estimatedRows,
      job.requestedBy,
      job.requestId,
      job.requestedAt,
    ],
  );
  return r.rows[0]!;
}

export async function findImportJob(db: Queryable, id: string): Promise<ImportJobRow | undefined> {
  return (
    await db.query<ImportJobRow>(`SELECT ${COLUMNS} FROM plan_import_jobs WHERE id = $1`, [id])
  ).rows[0];
}

/**
 * queued → running, with the file; also a job left running by a process that
 * stopped mid-import (its transaction rolled back, so running it again is safe).
 * Undefined when it already finished.
 */
export async function claimImportJob(
  db: Queryable,
  id: string,
  startedAt: Date,
): Promise<(ImportJobRow & { file_text: string }) | undefined> {
  const r = await db.query<ImportJobRow & { file_text: string }>(
    `UPDATE plan_import_jobs SET status = 'running', phase = 'reading', progress_done = 0, started_at = $2
      WHERE id = $1 AND status IN ('queued', 'running') AND file_text IS NOT NULL
      RETURNING ${COLUMNS}, file_text`,
    [id, startedAt],
  );
  return r.rows[0];
}

export async function recordImportProgress(
  db: Queryable,
  id: string,
  progress: ImportJob['progress'],
): Promise<void> {
  await db.query(
    `UPDATE plan_import_jobs SET phase = $2, progress_done = $3, progress_total = $4
      WHERE id = $1 AND status = 'running'`,
    [id, progress.phase, progress.done, progress.total],
  );
}

/** The end of a job: the program it made, or why not. The file is no longer kept. */
export async function finishImportJob(
  db: Queryable,
  id: string,
  outcome: { programId: string; total: number; warnings: ImportWarning[] } | { error: ErrorBody },
  finishedAt: Date,
): Promise<void> {
  if ('programId' in outcome)
    await db.query(
      `UPDATE plan_import_jobs SET status = 'succeeded', phase = 'finished', program_id = $2,
         progress_done = $3, progress_total = $3, file_text = NULL, finished_at = $4, warnings = $5
       WHERE id = $1`,
      [id, outcome.programId, outcome.total, finishedAt, JSON.stringify(outcome.warnings)],
    );
  else
    await db.query(
      `UPDATE plan_import_jobs SET status = 'failed', phase = 'finished', error = $2,
         file_text = NULL, finished_at = $3 WHERE id = $1`,
      [id, JSON.stringify(outcome.error), finishedAt],
    );
}
