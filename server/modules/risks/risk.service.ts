import type {
  ProgramRisk,
  ProgramRiskCreate,
  ProgramRiskList,
  ProgramRiskListQuery,
  ProgramRiskUpdate,
  RiskListQuery,
  RiskStatus,
} from '../../../contracts/risk.schema.js';
import type { Clock } from '../../clock/clock.js';
import type { Database, Queryable } from '../../db/database.js';
import { columnChanges } from '../../db/versioned-row.js';
import { NotFoundError, ValidationError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { riskMoneyFor } from '../access/hidden-money.js';
import { programSight } from '../access/program-sight.js';
import { deleteAuditedRow, updateAuditedRow } from '../audit/audited-row.js';
import { recordAudit } from '../audit/audit.repository.js';
import {
  assertProgramExists,
  lockProgramForPlanning,
} from '../plans/plan-membership.repository.js';
import {
  findRisk,
  insertRisk,
  isActiveUser,
  listRiskRows,
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

async function assertActiveOwner(tx: Queryable, ownerId: string | null | undefined) {
  if (ownerId && !(await isActiveUser(tx, ownerId)))
    throw ValidationError.field('body.ownerId', 'not_found', `no active user ${ownerId}`);
}

/**
 * The stamps a status move sets: occurred_at when the risk occurs, closed_at
 * when it is closed (an occurred risk that is closed keeps when it occurred);
 * reopening (open, mitigating) clears both.
 */
export function statusStamps(
  from: string,
  to: RiskStatus,
  now: Date,
): { occurred_at?: Date | null; closed_at?: Date | null } {
  if (from === to) return {};
  if (to === 'open' || to === 'mitigating') return { occurred_at: null, closed_at: null };
  if (to === 'occurred') return { occurred_at: now, closed_at: null };
  return { closed_at: now };
}

const statusesOf = (filter: string | undefined) => (filter ? filter.split(',') : undefined);

/** The risk register: each program's risks (which feed its forecast); each write audited. */
export function createRiskService(db: Database, clock: Clock) {
  return {
    async list(
      ctx: RequestContext,
      programId: string,
      query: ProgramRiskListQuery = {},
    ): Promise<ProgramRiskList> {
      await assertProgramExists(db, programId);
      const sight = await programSight(db, ctx.actor, [programId]);
      const rows = await listRiskRows(db, {
        programIds: [programId],
        ...(query.status ? { statuses: statusesOf(query.status)! } : {}),
        ...(query.ownerId ? { ownerId: query.ownerId } : {}),
        ...(query.category ? { category: query.category } : {}),
      });
      return { items: rows.map((r) => riskMoneyFor(sight, toProgramRisk(r))) };
    },
    /** Every program the caller can see (members-only programs only to their members). */
    async listPortfolio(ctx: RequestContext, query: RiskListQuery): Promise<ProgramRiskList> {
      const sight = await programSight(db, ctx.actor);
      const rows = await listRiskRows(db, {
        ...(query.programId ? { programIds: [query.programId] } : {}),
        ...(query.status ? { statuses: statusesOf(query.status)! } : {}),
        ...(query.ownerId ? { ownerId: query.ownerId } : {}),
        ...(query.category ? { category: query.category } : {}),
      });
      return {
        items: rows
          .filter((r) => sight.canRead(r.program_id))
          .map((r) => riskMoneyFor(sight, toProgramRisk(r))),
      };
    },
    async create(
      ctx: RequestContext,
      programId: string,
      input: ProgramRiskCreate,
    ): Promise<ProgramRisk> {
      const risk = await db.transaction(async (tx) => {
        await lockProgramForPlanning(tx, programId);
        await assertTasksInProgram(tx, programId, input.taskIds ?? []);
        await assertActiveOwner(tx, input.ownerId);
        const id = await insertRisk(tx, programId, input, clock());
        const created = await RISK_ENTITY.read(tx, id);
        await recordAudit(tx, ctx, {
          entityType: RISK_ENTITY.auditType,
          entityId: id,
          action: 'create',
          before: null,
          after: created,
        });
        return created;
      });
      return riskMoneyFor(await programSight(db, ctx.actor, [programId]), risk);
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
      const changes = columnChanges(input, RISK_COLUMNS);
      const risk = await db.transaction((tx) =>
        updateAuditedRow<ProgramRisk, { version: number; program_id: string; status: string }>(
          tx,
          ctx,
          RISK_ENTITY,
          id,
          version,
          changes,
          async (row) => {
            if (input.taskIds) await assertTasksInProgram(tx, row.program_id, input.taskIds);
            await assertActiveOwner(tx, input.ownerId);
            // The stamps depend on the locked row's status, so they join the changes here.
            if (input.status)
              Object.assign(changes, statusStamps(row.status, input.status, clock()));
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
