import type {
  Task,
  TaskCreate,
  TaskListQuery,
  TaskPage,
  TaskUpdate,
} from '../../../contracts/task.schema.js';
import type { Database, Queryable } from '../../db/database.js';
import { columnChanges, lockVersionedRow, updateVersionedRow } from '../../db/versioned-row.js';
import { NotFoundError } from '../../domain-errors.js';
import { enqueueProgramRollup } from '../../jobs/program-rollup.job.js';
import type { RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import {
  assertInProgram,
  assertProgramExists,
  lockProgramForPlanning,
} from '../plans/plan-membership.repository.js';
import {
  findTask,
  insertTask,
  searchTasks,
  TASK_COLUMNS,
  toTask,
  type TaskRow,
} from './task.repository.js';

async function assertPlacement(
  tx: Queryable,
  programId: string,
  input: TaskCreate | TaskUpdate,
): Promise<void> {
  await assertInProgram(tx, 'workstream', input.workstreamId, programId, 'body.workstreamId');
  await assertInProgram(tx, 'milestone', input.milestoneId, programId, 'body.milestoneId');
}

/** Every task write queues its program's rollup in the same transaction: no count goes stale on a commit. */
export function createTaskService(db: Database) {
  return {
    async list(programId: string, query: TaskListQuery): Promise<TaskPage> {
      await assertProgramExists(db, programId);
      const { rows, total } = await searchTasks(db, programId, query);
      return {
        items: rows.map(toTask),
        total,
        limit: query.limit ?? 50,
        offset: query.offset ?? 0,
      };
    },
    async get(id: string): Promise<Task> {
      const row = await findTask(db, id);
      if (!row) throw new NotFoundError('Task', id);
      return toTask(row);
    },
    async create(ctx: RequestContext, programId: string, input: TaskCreate): Promise<Task> {
      return db.transaction(async (tx) => {
        await lockProgramForPlanning(tx, programId);
        await assertPlacement(tx, programId, input);
        const id = await insertTask(tx, programId, input);
        const task = toTask((await findTask(tx, id))!);
        await recordAudit(tx, ctx, {
          entityType: 'task',
          entityId: id,
          action: 'create',
          before: null,
          after: task,
        });
        await enqueueProgramRollup(tx, programId);
        return task;
      });
    },
    async update(
      ctx: RequestContext,
      id: string,
      version: number,
      input: TaskUpdate,
    ): Promise<Task> {
      return db.transaction(async (tx) => {
        const row = await lockVersionedRow<TaskRow>(tx, 'tasks', 'Task', id, version);
        await assertPlacement(tx, row.program_id, input);
        const before = toTask((await findTask(tx, id))!);
        await updateVersionedRow(tx, 'tasks', id, columnChanges(input, TASK_COLUMNS));
        const after = toTask((await findTask(tx, id))!);
        await recordAudit(tx, ctx, {
          entityType: 'task',
          entityId: id,
          action: 'update',
          before,
          after,
        });
        await enqueueProgramRollup(tx, row.program_id);
        return after;
      });
    },
    /** Takes its dependencies with it. */
    async remove(ctx: RequestContext, id: string, version: number): Promise<void> {
      await db.transaction(async (tx) => {
        const row = await lockVersionedRow<TaskRow>(tx, 'tasks', 'Task', id, version);
        const before = toTask((await findTask(tx, id))!);
        await tx.query('DELETE FROM tasks WHERE id = $1', [id]);
        await recordAudit(tx, ctx, {
          entityType: 'task',
          entityId: id,
          action: 'delete',
          before,
          after: null,
        });
        await enqueueProgramRollup(tx, row.program_id);
      });
    },
  };
}
export type TaskService = ReturnType<typeof createTaskService>;
