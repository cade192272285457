import type { Queryable } from '../db/database.js';

export const PLAN_IMPORT_JOB = 'plan_import';

export interface PlanImportPayload {
  importJobId: string;
}

/**
 * Queues a large plan import in the transaction that stored its file. One
 * attempt: a bad file fails the same way every time, and the job records why.
 */
export async function enqueuePlanImport(tx: Queryable, importJobId: string): Promise<void> {
  await tx.query(
    `SELECT graphile_worker.add_job($1, json_build_object('importJobId', $2::text), job_key := $3, max_attempts := 1)`,
    [PLAN_IMPORT_JOB, importJobId, `${PLAN_IMPORT_JOB}:${importJobId}`],
  );
}
