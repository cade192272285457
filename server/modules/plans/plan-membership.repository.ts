import type { Queryable } from '../../db/database.js';
import { NotFoundError, ValidationError } from '../../domain-errors.js';

/**
 * Checks the program exists and holds it (FOR KEY SHARE) until the transaction
 * ends, so it cannot be deleted while something is being planned under it.
 */
export async function lockProgramForPlanning(tx: Queryable, programId: string): Promise<void> {
  const r = await tx.query('SELECT id FROM programs WHERE id = $1 FOR KEY SHARE', [programId]);
  if (r.rowCount === 0) throw new NotFoundError('Program', programId);
}

export async function assertProgramExists(db: Queryable, programId: string): Promise<void> {
  const r = await db.query('SELECT 1 FROM programs WHERE id = $1', [programId]);
  if (r.rowCount === 0) throw new NotFoundError('Program', programId);
}

const PARENT_TABLES = {
  workstream: 'workstreams',
  milestone: 'milestones',
  task: 'tasks',
  calendar: 'program_calendars',
} as const;

/**
 * A workstream or milestone referenced from a body must exist and belong to the
 * same program as the item being written; otherwise the field is named. The row
 * is share-locked so it cannot move or vanish before the write commits.
 */
export async function assertInProgram(
  tx: Queryable,
  kind: keyof typeof PARENT_TABLES,
  id: string | null | undefined,
  programId: string,
  path: string,
): Promise<void> {
  if (id === null || id === undefined) return;
  const r = await tx.query<{ program_id: string }>(
    `SELECT program_id FROM ${PARENT_TABLES[kind]} WHERE id = $1 FOR KEY SHARE`,
    [id],
  );
  const row = r.rows[0];
  if (!row) throw ValidationError.field(path, 'not_found', `no ${kind} ${id}`);
  if (row.program_id !== programId) {
    throw ValidationError.field(path, 'other_program', `${kind} ${id} belongs to another program`);
  }
}

/**
 * A summary task named as an item's parent: in the same program, and (for a task)
 * not the task itself nor anything below it, which would make the outline a loop.
 */
export async function assertOutlineParent(
  tx: Queryable,
  parentTaskId: string | null | undefined,
  programId: string,
  taskId: string | null,
): Promise<void> {
  await assertInProgram(tx, 'task', parentTaskId, programId, 'body.parentTaskId');
  if (!parentTaskId || taskId === null) return;
  const loop = await tx.query(
    `WITH RECURSIVE up(id, depth) AS (
       SELECT $1::uuid, 0
       UNION SELECT t.parent_task_id, up.depth + 1 FROM tasks t JOIN up ON t.id = up.id
        WHERE t.parent_task_id IS NOT NULL AND up.depth < 10000
     )
     SELECT 1 FROM up WHERE id = $2 LIMIT 1`,
    [parentTaskId, taskId],
  );
  if (loop.rowCount)
    throw ValidationError.field(
      'body.parentTaskId',
      'outline_loop',
      'is this task or one below it; a task cannot sit under itself',
    );
}
