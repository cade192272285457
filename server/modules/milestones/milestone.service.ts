import type {
  Milestone,
  MilestoneCreate,
  MilestoneUpdate,
} from '../../../contracts/milestone.schema.js';
import type { Database } from '../../db/database.js';
import { deleteAuditedRow, updateAuditedRow } from '../audit/audited-row.js';
import { columnChanges } from '../../db/versioned-row.js';
import { NotFoundError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import {
  assertInProgram,
  assertProgramExists,
  lockProgramForPlanning,
} from '../plans/plan-membership.repository.js';
import {
  findMilestone,
  insertMilestone,
  listMilestones,
  MILESTONE_COLUMNS,
  MILESTONE_ENTITY,
  type MilestoneRow,
} from './milestone.repository.js';
import { insertSuccessCriterion } from './success-criterion.repository.js';

export function createMilestoneService(db: Database) {
  return {
    async list(programId: string): Promise<Milestone[]> {
      await assertProgramExists(db, programId);
      return listMilestones(db, programId);
    },
    async get(id: string): Promise<Milestone> {
      const milestone = await findMilestone(db, id);
      if (!milestone) throw new NotFoundError('Milestone', id);
      return milestone;
    },
    /** The milestone and its initial criteria are one write: one audit row, all or nothing. */
    async create(
      ctx: RequestContext,
      programId: string,
      input: MilestoneCreate,
    ): Promise<Milestone> {
      return db.transaction(async (tx) => {
        await lockProgramForPlanning(tx, programId);
        await assertInProgram(tx, 'workstream', input.workstreamId, programId, 'body.workstreamId');
        const id = await insertMilestone(tx, programId, input);
        for (const criterion of input.criteria ?? [])
          await insertSuccessCriterion(tx, id, criterion);
        const milestone = await MILESTONE_ENTITY.read(tx, id);
        await recordAudit(tx, ctx, {
          entityType: 'milestone',
          entityId: id,
          action: 'create',
          before: null,
          after: milestone,
        });
        return milestone;
      });
    },
    async update(
      ctx: RequestContext,
      id: string,
      version: number,
      input: MilestoneUpdate,
    ): Promise<Milestone> {
      const changes = columnChanges(input, MILESTONE_COLUMNS);
      return db.transaction((tx) => {
        const checkWorkstream = (row: MilestoneRow) =>
          assertInProgram(
            tx,
            'workstream',
            input.workstreamId,
            row.program_id,
            'body.workstreamId',
          );
        return updateAuditedRow(tx, ctx, MILESTONE_ENTITY, id, version, changes, checkWorkstream);
      });
    },
    /** Takes its criteria and dependencies with it; its tasks stay, without a milestone. */
    async remove(ctx: RequestContext, id: string, version: number): Promise<void> {
      await db.transaction((tx) => deleteAuditedRow(tx, ctx, MILESTONE_ENTITY, id, version));
    },
  };
}
export type MilestoneService = ReturnType<typeof createMilestoneService>;
