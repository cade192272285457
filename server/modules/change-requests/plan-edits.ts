import type { PlanChange } from '../../../contracts/change-request.schema.js';
import type { Clock } from '../../clock/clock.js';
import type { Database, Queryable } from '../../db/database.js';
import { joinedTransaction } from '../../db/joined-transaction.js';
import { DomainError, ValidationError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { createDependencyService } from '../dependencies/dependency.service.js';
import { createMilestoneService } from '../milestones/milestone.service.js';
import { createSuccessCriterionService } from '../milestones/success-criterion.service.js';
import { createProgramService } from '../programs/program.service.js';
import { createTaskService } from '../tasks/task.service.js';

/**
 * Writes a change request's edits through the services of the direct edits
 * (the same checks, audit rows and jobs), all inside the caller's transaction
 * `tx`. Each change must name rows of the program. A failing change's issues
 * are re-pathed from `body.x` to `body.changes[i].x`, so a request names the
 * field of the change at fault. Validation runs this in a transaction that is
 * then rolled back; approval runs it in the one that commits.
 */
export async function writePlanEdits(
  db: Database,
  tx: Queryable,
  clock: Clock,
  ctx: RequestContext,
  programId: string,
  changes: readonly PlanChange[],
): Promise<void> {
  const joined = joinedTransaction(db, tx);
  const tasks = createTaskService(joined, clock);
  const dependencies = createDependencyService(joined);
  const milestones = createMilestoneService(joined, clock);
  const criteria = createSuccessCriterionService(joined);
  const programs = createProgramService(joined);
  for (const [index, change] of changes.entries()) {
    const at = `body.changes[${index}]`;
    /** The row's version when it is an item of this program, else the field is named. */
    const owned = async (sql: string, id: string, field: string, what: string) => {
      const row = (await tx.query<{ version: number }>(sql, [id, programId])).rows[0];
      if (!row)
        throw ValidationError.field(
          `${at}.${field}`,
          'not_found',
          `is not ${what} of this program`,
        );
      return row.version;
    };
    const task = (id: string, field = 'taskId') =>
      owned('SELECT version FROM tasks WHERE id = $1 AND program_id = $2', id, field, 'a task');
    const item = (id: string, field: string) =>
      owned(
        `SELECT version FROM tasks WHERE id = $1 AND program_id = $2
          UNION ALL SELECT version FROM milestones WHERE id = $1 AND program_id = $2`,
        id,
        field,
        'a task or milestone',
      );
    const milestone = (id: string) =>
      owned(
        'SELECT version FROM milestones WHERE id = $1 AND program_id = $2',
        id,
        'milestoneId',
        'a milestone',
      );
    try {
      switch (change.kind) {
        case 'update_task': {
          const { kind: _kind, taskId, ...fields } = change;
          await tasks.update(ctx, taskId, await task(taskId), fields);
          break;
        }
        case 'add_task': {
          const { kind: _kind, ...fields } = change;
          await tasks.create(ctx, programId, fields);
          break;
        }
        case 'remove_task':
          await tasks.remove(ctx, change.taskId, await task(change.taskId));
          break;
        case 'add_dependency': {
          const { kind: _kind, ...fields } = change;
          await item(fields.predecessorId, 'predecessorId');
          await item(fields.successorId, 'successorId');
          await dependencies.create(ctx, fields);
          break;
        }
        case 'remove_dependency': {
          const version = await owned(
            `SELECT version FROM dependencies d WHERE d.id = $1 AND (
               EXISTS (SELECT 1 FROM tasks t WHERE t.id = d.successor_id AND t.program_id = $2)
               OR EXISTS (SELECT 1 FROM milestones m WHERE m.id = d.successor_id AND m.program_id = $2))`,
            change.dependencyId,
            'dependencyId',
            'a dependency',
          );
          await dependencies.remove(ctx, change.dependencyId, version);
          break;
        }
        case 'move_milestone':
          await milestones.update(ctx, change.milestoneId, await milestone(change.milestoneId), {
            dueDate: change.date,
          });
          break;
        case 'change_budget': {
          const version = await owned(
            'SELECT version FROM programs WHERE id = $1 AND id = $2',
            programId,
            'kind',
            'a program',
          );
          await programs.update(ctx, programId, version, { budgetCents: change.budgetCents });
          break;
        }
        case 'add_criterion': {
          const { kind: _kind, milestoneId, ...fields } = change;
          await milestone(milestoneId);
          await criteria.create(ctx, milestoneId, fields);
          break;
        }
        case 'remove_criterion': {
          const version = await owned(
            `SELECT c.version FROM success_criteria c JOIN milestones m ON m.id = c.milestone_id
              WHERE c.id = $1 AND m.program_id = $2`,
            change.criterionId,
            'criterionId',
            'a success criterion',
          );
          await criteria.remove(ctx, change.criterionId, version);
          break;
        }
      }
    } catch (error) {
      throw repathed(error, at);
    }
  }
}

/** The same error with its issues' `body.x` paths made `body.changes[i].x` (an issue of the whole body names the change). */
function repathed(error: unknown, at: string): unknown {
  if (!(error instanceof DomainError)) return error;
  const issues = error.issues.map((i) => ({
    ...i,
    path: i.path.startsWith(at)
      ? i.path
      : i.path === 'body'
        ? at
        : i.path.startsWith('body.')
          ? `${at}.${i.path.slice('body.'.length)}`
          : i.path,
  }));
  if (issues.length === 0) issues.push({ path: at, code: error.code, message: error.message });
  const copy = new DomainError(error.code, error.message, issues, error.details);
  return copy;
}
