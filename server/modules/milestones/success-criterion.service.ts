import type {
  SuccessCriterion,
  SuccessCriterionCreate,
  SuccessCriterionUpdate,
} from '../../../contracts/milestone.schema.js';
import type { Database } from '../../db/database.js';
import { deleteAuditedRow, updateAuditedRow } from '../audit/audited-row.js';
import { columnChanges } from '../../db/versioned-row.js';
import { NotFoundError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import {
  findSuccessCriterion,
  insertSuccessCriterion,
  SUCCESS_CRITERION_COLUMNS,
  SUCCESS_CRITERION_ENTITY,
  toSuccessCriterion,
} from './success-criterion.repository.js';

/** Criteria carry their own versions: ticking one off does not conflict with an edit of the milestone. */
export function createSuccessCriterionService(db: Database) {
  return {
    async get(id: string): Promise<SuccessCriterion> {
      const row = await findSuccessCriterion(db, id);
      if (!row) throw new NotFoundError('Success criterion', id);
      return toSuccessCriterion(row);
    },
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
      const changes = columnChanges(input, SUCCESS_CRITERION_COLUMNS);
      return db.transaction((tx) =>
        updateAuditedRow(tx, ctx, SUCCESS_CRITERION_ENTITY, id, version, changes),
      );
    },
    async remove(ctx: RequestContext, id: string, version: number): Promise<void> {
      await db.transaction((tx) =>
        deleteAuditedRow(tx, ctx, SUCCESS_CRITERION_ENTITY, id, version),
      );
    },
  };
}
export type SuccessCriterionService = ReturnType<typeof createSuccessCriterionService>;
