import type {
  TaskAssignment,
  TaskAssignmentCreate,
  TaskAssignmentUpdate,
} from '../../../contracts/task-assignment.schema.js';
import type { OverAllocationReport } from '../../../contracts/allocation.schema.js';
import type { Database, Queryable } from '../../db/database.js';
import { DuplicateError, NotFoundError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { deleteAuditedRow, updateAuditedRow } from '../audit/audited-row.js';
import { recordAudit } from '../audit/audit.repository.js';
import type { ScheduleService } from '../schedules/schedule.service.js';
import { checkAssignmentIn } from '../capacity/assignment-check.js';
import { overAllocationError } from '../capacity/over-allocation-error.js';
import {
  insertTaskAssignment,
  listTaskAssignments,
  TASK_ASSIGNMENT_ENTITY,
  toTaskAssignment,
  type TaskAssignmentRow,
} from './task-assignment.repository.js';

/**
 * Refuses (409 over_allocation) an assignment that would book the person past
 * their capacity in some week, unless the caller confirmed; returns the weeks
 * a confirmed one over-books, for its audit row. Writes for one person are
 * serialised so two concurrent ones cannot both slip under 100%.
 */
async function overAllocationWarning(
  tx: Queryable,
  ctx: RequestContext,
  schedules: ScheduleService,
  taskId: string,
  userId: string,
  units: number,
  input: { confirmOverAllocation?: boolean },
): Promise<OverAllocationReport['weeks'] | null> {
  await tx.query('SELECT 1 FROM users WHERE id = $1 FOR UPDATE', [userId]);
  // The check reads the task's scheduled dates: bring the program's schedule up to date first.
  const task = await tx.query<{ program_id: string }>(
    'SELECT program_id FROM tasks WHERE id = $1',
    [taskId],
  );
  if (task.rows[0]) await schedules.current(tx, task.rows[0].program_id);
  const report = await checkAssignmentIn(tx, ctx.actor, taskId, userId, units);
  if (!report.overAllocated) return null;
  if (!input.confirmOverAllocation) throw overAllocationError(report);
  return report.weeks;
}

/**
 * Who works on which task, at how many units. The program's schedule reads
 * them (its input hash changes), so levelling and the resource view follow.
 */
export function createTaskAssignmentService(db: Database, schedules: ScheduleService) {
  return {
    async listForTask(taskId: string): Promise<TaskAssignment[]> {
      const task = await db.query('SELECT 1 FROM tasks WHERE id = $1', [taskId]);
      if (task.rowCount === 0) throw new NotFoundError('Task', taskId);
      return (await listTaskAssignments(db, { taskId })).map(toTaskAssignment);
    },
    async listForProgram(programId: string): Promise<TaskAssignment[]> {
      const program = await db.query('SELECT 1 FROM programs WHERE id = $1', [programId]);
      if (program.rowCount === 0) throw new NotFoundError('Program', programId);
      return (await listTaskAssignments(db, { programId })).map(toTaskAssignment);
    },
    async create(
      ctx: RequestContext,
      taskId: string,
      input: TaskAssignmentCreate,
    ): Promise<TaskAssignment> {
      return db.transaction(async (tx) => {
        const task = await tx.query('SELECT 1 FROM tasks WHERE id = $1 FOR KEY SHARE', [taskId]);
        if (task.rowCount === 0) throw new NotFoundError('Task', taskId);
        const user = await tx.query('SELECT 1 FROM users WHERE id = $1 FOR KEY SHARE', [
          input.userId,
        ]);
        if (user.rowCount === 0) throw new NotFoundError('User', input.userId, 'body.userId');
        const existing = await tx.query(
          'SELECT 1 FROM task_assignments WHERE task_id = $1 AND user_id = $2',
          [taskId, input.userId],
        );
        if (existing.rowCount)
          throw new DuplicateError(
            'body.userId',
            'This person is already assigned to the task; change their units instead.',
          );
        const units = input.units ?? 1;
        const warning = await overAllocationWarning(
          tx,
          ctx,
          schedules,
          taskId,
          input.userId,
          units,
          input,
        );
        const id = await insertTaskAssignment(tx, taskId, input.userId, units);
        const assignment = await TASK_ASSIGNMENT_ENTITY.read(tx, id);
        await recordAudit(tx, ctx, {
          entityType: TASK_ASSIGNMENT_ENTITY.auditType,
          entityId: id,
          action: 'create',
          before: null,
          after: warning ? { ...assignment, overAllocationWarning: warning } : assignment,
        });
        return assignment;
      });
    },
    update(
      ctx: RequestContext,
      id: string,
      version: number,
      input: TaskAssignmentUpdate,
    ): Promise<TaskAssignment> {
      return db.transaction((tx) =>
        updateAuditedRow<TaskAssignment, TaskAssignmentRow>(
          tx,
          ctx,
          TASK_ASSIGNMENT_ENTITY,
          id,
          version,
          { units: input.units },
          async (row) => {
            if (input.units <= Number(row.units)) return;
            const warning = await overAllocationWarning(
              tx,
              ctx,
              schedules,
              row.task_id,
              row.user_id,
              input.units,
              input,
            );
            return warning ? { overAllocationWarning: warning } : undefined;
          },
        ),
      );
    },
    async remove(ctx: RequestContext, id: string, version: number): Promise<void> {
      await db.transaction((tx) => deleteAuditedRow(tx, ctx, TASK_ASSIGNMENT_ENTITY, id, version));
    },
  };
}
export type TaskAssignmentService = ReturnType<typeof createTaskAssignmentService>;
