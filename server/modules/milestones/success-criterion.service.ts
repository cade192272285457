import type {
  SuccessCriterion,
  SuccessCriterionCreate,
  SuccessCriterionUpdate,
} from '../../../contracts/milestone.schema.js';
import type { Database } from '../../db/database.js';
import { columnChanges, lockVersionedRow, updateVersionedRow } from '../../db/versioned-row.js';
import { NotFoundError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import {
  insertSuccessCriterion,
  SUCCESS_CRITERION_COLUMNS,
  toSuccessCriterion,
  type SuccessCriterionRow,
} from './success-criterion.repository.js';

/** Criteria carry their own versions: ticking one off does not conflict with an edit of the milestone. */
export function createSuccessCriterionService(db: Database) {
  return {
    async create(
      ctx: RequestContext,
      milestoneId: string,
      input: SuccessCriterionCreate,
    ): Promise<SuccessCriterion> {
      return db.transaction(async (tx) => {
        const milestone = await tx.query('SELECT id FROM milestones WHERE id = $1 FOR KEY SHARE', [
          milestoneId,
        ]);
        if (milestone.rowCount === 0) throw new NotFoundError('Milestone', milestoneId);
        const criterion = toSuccessCriterion(await insertSuccessCriterion(tx, milestoneId, input));
        await recordAudit(tx, ctx, {
          entityType: 'success_criterion',
          entityId: criterion.id,
          action: 'create',
          before: null,
          after: criterion,
        });
        return criterion;
      });
    },
    async update(
      ctx: RequestContext,
      id: string,
      version: number,
      input: SuccessCriterionUpdate,
    ): Promise<SuccessCriterion> {
      return db.transaction(async (tx) => {
        const before = toSuccessCriterion(
          await lockVersionedRow<SuccessCriterionRow>(
            tx,
            'success_criteria',
            'Success criterion',
            id,
            version,
          ),
        );
        const changes = columnChanges(input, SUCCESS_CRITERION_COLUMNS);
        const after = toSuccessCriterion(
          await updateVersionedRow<SuccessCriterionRow>(tx, 'success_criteria', id, changes),
        );
        await recordAudit(tx, ctx, {
          entityType: 'success_criterion',
          entityId: id,
          action: 'update',
          before,
          after,
        });
        return after;
      });
    },
    async remove(ctx: RequestContext, id: string, version: number): Promise<void> {
      await db.transaction(async (tx) => {
        const before = toSuccessCriterion(
          await lockVersionedRow<SuccessCriterionRow>(
            tx,
            'success_criteria',
            'Success criterion',
            id,
            version,
          ),
        );
        await tx.query('DELETE FROM success_criteria WHERE id = $1', [id]);
        await recordAudit(tx, ctx, {
          entityType: 'success_criterion',
          entityId: id,
          action: 'delete',
          before,
          after: null,
        });
      });
    },
  };
}
export type SuccessCriterionService = ReturnType<typeof createSuccessCriterionService>;
