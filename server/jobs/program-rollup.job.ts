import type { Queryable } from '../db/database.js';

export const PROGRAM_ROLLUP_JOB = 'program_rollup';

export interface ProgramRollupPayload {
  programId: string;
}

/**
 * Queues a rollup inside the caller's transaction, so the job exists exactly
 * when the write that needs it commits. The job key folds a burst of task
 * edits into one pending run per program.
 */
export async function enqueueProgramRollup(tx: Queryable, programId: string): Promise<void> {
  await tx.query(
    `SELECT graphile_worker.add_job($1, json_build_object('programId', $2::text), job_key := $3, max_attempts := 5)`,
    [PROGRAM_ROLLUP_JOB, programId, `${PROGRAM_ROLLUP_JOB}:${programId}`],
  );
}

/**
 * Recounts a program's tasks (a summary task is its children's progress, so it is not
 * counted itself); rollup_runs counts executions (the exactly-once test reads it).
 */
export async function runProgramRollup(
  db: Queryable,
  payload: ProgramRollupPayload,
): Promise<void> {
  await db.query(
    `UPDATE programs p SET
        task_count = c.total, done_task_count = c.done, rollup_at = now(), rollup_runs = p.rollup_runs + 1
       FROM (SELECT count(*)::int AS total, count(*) FILTER (WHERE state = 'done')::int AS done
               FROM tasks t WHERE t.program_id = $1
                AND NOT EXISTS (SELECT 1 FROM tasks c WHERE c.parent_task_id = t.id)) c
      WHERE p.id = $1`,
    [payload.programId],
  );
}
