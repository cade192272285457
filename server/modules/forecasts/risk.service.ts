import type {
  ProgramRisk,
  ProgramRiskCreate,
  ProgramRiskList,
} from '../../../contracts/forecast.schema.js';
import type { Database } from '../../db/database.js';
import { ValidationError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { deleteAuditedRow } from '../audit/audited-row.js';
import { riskMoneyFor } from '../access/hidden-money.js';
import { programSight } from '../access/program-sight.js';
import { recordAudit } from '../audit/audit.repository.js';
import {
  assertProgramExists,
  lockProgramForPlanning,
} from '../plans/plan-membership.repository.js';
import {
  insertRisk,
  listRisks,
  RISK_ENTITY,
  tasksOutsideProgram,
  toProgramRisk,
} from './risk.repository.js';

/** A program's risk events, as the forecast reads them; each write audited. */
export function createRiskService(db: Database) {
  return {
    async list(ctx: RequestContext, programId: string): Promise<ProgramRiskList> {
      await assertProgramExists(db, programId);
      const sight = await programSight(db, ctx.actor, [programId]);
      return {
        items: (await listRisks(db, programId)).map((r) => riskMoneyFor(sight, toProgramRisk(r))),
      };
    },
    async create(
      ctx: RequestContext,
      programId: string,
      input: ProgramRiskCreate,
    ): Promise<ProgramRisk> {
      return db.transaction(async (tx) => {
        await lockProgramForPlanning(tx, programId);
        const outside = await tasksOutsideProgram(tx, programId, input.taskIds);
        if (outside.length)
          throw new ValidationError(
            outside.map((id) => ({
              path: `body.taskIds.${input.taskIds.indexOf(id)}`,
              code: 'not_found',
              message: `no task ${id} in this program`,
            })),
          );
        const id = await insertRisk(tx, programId, input);
        const risk = await RISK_ENTITY.read(tx, id);
        await recordAudit(tx, ctx, {
          entityType: RISK_ENTITY.auditType,
          entityId: id,
          action: 'create',
          before: null,
          after: risk,
        });
        return risk;
      });
    },
    async remove(ctx: RequestContext, id: string, version: number): Promise<void> {
      await db.transaction((tx) => deleteAuditedRow(tx, ctx, RISK_ENTITY, id, version));
    },
  };
}
export type RiskService = ReturnType<typeof createRiskService>;
