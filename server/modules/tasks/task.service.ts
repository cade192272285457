import type {
  Task,
  TaskCreate,
  TaskListQuery,
  TaskPage,
  TaskUpdate,
} from '../../../contracts/task.schema.js';
import type { Database, Queryable } from '../../db/database.js';
import { systemClock, type Clock } from '../../clock/clock.js';
import { effectiveStatusDate, programNow } from '../../clock/program-clock.js';
import { resolveProgress } from './task-progress.js';
import { deleteAuditedRow, updateAuditedRow } from '../audit/audited-row.js';
import { columnChanges } from '../../db/versioned-row.js';
import { NotFoundError, ValidationError } from '../../domain-errors.js';
import { parseLocalDateTime } from '../../../engine/calendar/local-time.js';
import { enqueueProgramRollup } from '../../jobs/program-rollup.job.js';
import { estimateRangeFollowingLikely } from './estimate-range.js';
import type { RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import { taskMoneyFor } from '../access/hidden-money.js';
import { programSight } from '../access/program-sight.js';
import {
  assertInProgram,
  assertOutlineParent,
  assertProgramExists,
  lockProgramForPlanning,
} from '../plans/plan-membership.repository.js';
import {
  findTask,
  insertTask,
  searchTasks,
  TASK_COLUMNS,
  TASK_ENTITY,
  toTask,
  type TaskRow,
} from './task.repository.js';

async function assertPlacement(
  tx: Queryable,
  programId: string,
  input: TaskCreate | TaskUpdate,
  taskId: string | null = null,
): Promise<void> {
  await assertOutlineParent(tx, input.parentTaskId, programId, taskId);
  await assertInProgram(tx, 'calendar', input.calendarId, programId, 'body.calendarId');
  await assertInProgram(tx, 'workstream', input.workstreamId, programId, 'body.workstreamId');
  await assertInProgram(tx, 'milestone', input.milestoneId, programId, 'body.milestoneId');
}

/** The pattern admits 2027-02-30T10:00:00; the calendar does not. */
export function assertRealDateTimes(input: {
  constraintDate?: string | null;
  deadline?: string | null;
}): void {
  for (const field of ['constraintDate', 'deadline'] as const) {
    const value = input[field];
    if (value && parseLocalDateTime(value) === null)
      throw ValidationError.field(`body.${field}`, 'invalid', 'is not a real date and time');
  }
}

/** Every task write queues its program's rollup in the same transaction: no count goes stale on a commit. */
/** The program's clock and status date, for filling and checking actuals. */
async function programProgressClock(
  tx: Queryable,
  programId: string,
  clock: Clock,
): Promise<{ now: string; statusDate: string }> {
  const row = (
    await tx.query<{ time_zone: string; status_date: string | null }>(
      'SELECT time_zone, status_date FROM programs WHERE id = $1',
      [programId],
    )
  ).rows[0]!;
  return {
    now: programNow(clock, row.time_zone),
    statusDate: effectiveStatusDate(row.status_date, clock, row.time_zone),
  };
}

export function createTaskService(db: Database, clock: Clock = systemClock) {
  return {
    async list(ctx: RequestContext, programId: string, query: TaskListQuery): Promise<TaskPage> {
      await assertProgramExists(db, programId);
      const { rows, total } = await searchTasks(db, programId, query);
      const sight = await programSight(db, ctx.actor, [programId]);
      return {
        items: rows.map((r) => taskMoneyFor(sight, toTask(r))),
        total,
        limit: query.limit ?? 50,
        offset: query.offset ?? 0,
      };
    },
    async get(ctx: RequestContext, id: string): Promise<Task> {
      const row = await findTask(db, id);
      if (!row) throw new NotFoundError('Task', id);
      return taskMoneyFor(await programSight(db, ctx.actor, [row.program_id]), toTask(row));
    },
    async create(ctx: RequestContext, programId: string, input: TaskCreate): Promise<Task> {
      assertRealDateTimes(input);
      return db.transaction(async (tx) => {
        await lockProgramForPlanning(tx, programId);
        await assertPlacement(tx, programId, input);
        const at = await programProgressClock(tx, programId, clock);
        const progress = resolveProgress(null, input, at.now, at.statusDate);
        const id = await insertTask(tx, programId, {
          ...input,
          actualStart: progress.actual_start,
          actualFinish: progress.actual_finish,
          percentComplete: progress.percent_complete,
          remainingHours: progress.remaining_hours,
        });
        const task = await TASK_ENTITY.read(tx, id);
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
      assertRealDateTimes(input);
      const changes = columnChanges(input, TASK_COLUMNS);
      return db.transaction(async (tx) => {
        const check = async (row: TaskRow) => {
          await assertPlacement(tx, row.program_id, input, row.id);
          const at = await programProgressClock(tx, row.program_id, clock);
          Object.assign(changes, resolveProgress(row, input, at.now, at.statusDate));
          // Read from the locked row, so the range follows the likely estimate it was checked against.
          Object.assign(changes, estimateRangeFollowingLikely(row, input));
          // Clearing the constraint, or making it ALAP, takes its date with it unless one is sent.
          if (
            input.constraintDate === undefined &&
            (input.constraintType === null || input.constraintType === 'ALAP')
          )
            changes.constraint_date = null;
        };
        const after = await updateAuditedRow(tx, ctx, TASK_ENTITY, id, version, changes, check);
        // A task never changes program, so this is the program it was in.
        await enqueueProgramRollup(tx, after.programId);
        return after;
      });
    },
    /** Takes its dependencies with it. */
    async remove(ctx: RequestContext, id: string, version: number): Promise<void> {
      await db.transaction(async (tx) => {
        const before = await deleteAuditedRow(tx, ctx, TASK_ENTITY, id, version);
        await enqueueProgramRollup(tx, before.programId);
      });
    },
  };
}
export type TaskService = ReturnType<typeof createTaskService>;
