import type { Queryable } from '../db/database.js';

export const PROGRAM_SCHEDULE_JOB = 'program_schedule';

export interface ProgramSchedulePayload {
  programId: string;
}

/**
 * Queues a recomputation of a large program's schedule in the caller's
 * transaction. The job key folds repeated reads of a stale schedule into one
 * pending run per program.
 */
export async function enqueueProgramSchedule(tx: Queryable, programId: string): Promise<void> {
  await tx.query(
    `SELECT graphile_worker.add_job($1, json_build_object('programId', $2::text), job_key := $3, max_attempts := 3)`,
    [PROGRAM_SCHEDULE_JOB, programId, `${PROGRAM_SCHEDULE_JOB}:${programId}`],
  );
}
