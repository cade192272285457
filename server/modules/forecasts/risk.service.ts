import type {
  ProgramRisk,
  ProgramRiskCreate,
  ProgramRiskList,
  ProgramRiskUpdate,
} from '../../../contracts/forecast.schema.js';
import type { Database } from '../../db/database.js';
import { NotFoundError, ValidationError } from '../../domain-errors.js';
import type { Queryable } from '../../db/database.js';
import { columnChanges } from '../../db/versioned-row.js';
import type { RequestContext } from '../../request-context.js';
import { deleteAuditedRow, updateAuditedRow } from '../audit/audited-row.js';
import { riskMoneyFor } from '../access/hidden-money.js';
import { programSight } from '../access/program-sight.js';
import { recordAudit } from '../audit/audit.repository.js';
import {
  assertProgramExists,
  lockProgramForPlanning,
} from '../plans/plan-membership.repository.js';
import {
  findRisk,
  insertRisk,
  listRisks,
  RISK_COLUMNS,
  RISK_ENTITY,
  tasksOutsideProgram,
  toProgramRisk,
} from './risk.repository.js';

/** Every task a risk names must be a task of the risk's program (each one named by its index). */
async function assertTasksInProgram(tx: Queryable, programId: string, taskIds: string[]) {
  const outside = await tasksOutsideProgram(tx, programId, taskIds);
  if (outside.length)
    throw new ValidationError(
      outside.map((id) => ({
        path: `body.taskIds.${taskIds.indexOf(id)}`,
        code: 'not_found',
        message: `no task ${id} in this program`,
      })),
    );
}

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
        await assertTasksInProgram(tx, programId, input.taskIds);
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
    async get(ctx: RequestContext, id: string): Promise<ProgramRisk> {
      const row = await findRisk(db, id);
      if (!row) throw new NotFoundError('Risk', id);
      const sight = await programSight(db, ctx.actor, [row.program_id]);
      return riskMoneyFor(sight, toProgramRisk(row));
    },
    /** Changes only the fields named; `taskIds` replaces the list and stays within the program. */
    async update(
      ctx: RequestContext,
      id: string,
      version: number,
      input: ProgramRiskUpdate,
    ): Promise<ProgramRisk> {
      const risk = await db.transaction((tx) =>
        updateAuditedRow<ProgramRisk, { version: number; program_id: string }>(
          tx,
          ctx,
          RISK_ENTITY,
          id,
          version,
          columnChanges(input, RISK_COLUMNS),
          async (row) => {
            if (input.taskIds) await assertTasksInProgram(tx, row.program_id, input.taskIds);
          },
        ),
      );
      return riskMoneyFor(await programSight(db, ctx.actor, [risk.programId]), risk);
    },
    async remove(ctx: RequestContext, id: string, version: number): Promise<void> {
      await db.transaction((tx) => deleteAuditedRow(tx, ctx, RISK_ENTITY, id, version));
    },
  };
}
export type RiskService = ReturnType<typeof createRiskService>;
