import type {
  ChangeRequest,
  ChangeRequestCreate,
  ChangeRequestDecisionBody,
  ChangeRequestImpact,
  ChangeRequestList,
  ChangeRequestListQuery,
  ChangeRequestUpdate,
  PlanChange,
} from '../../../contracts/change-request.schema.js';
import { systemClock, type Clock } from '../../clock/clock.js';
import type { Database } from '../../db/database.js';
import { joinedTransaction } from '../../db/joined-transaction.js';
import { lockVersionedRow } from '../../db/versioned-row.js';
import { DomainError, NotFoundError, ValidationError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { programSight, type ProgramSight } from '../access/program-sight.js';
import { recordAudit } from '../audit/audit.repository.js';
import { deleteAuditedRow, updateAuditedRow } from '../audit/audited-row.js';
import { createBaselineService } from '../baselines/baseline.service.js';
import {
  assertProgramExists,
  lockProgramForPlanning,
} from '../plans/plan-membership.repository.js';
import { createScheduleService } from '../schedules/schedule.service.js';
import { computeChangeRequestImpact, currentPlan } from './change-request-impact.js';
import {
  CHANGE_REQUEST_ENTITY,
  changeRequestLabel,
  findChangeRequest,
  insertChangeRequest,
  listChangeRequests,
  storeImpact,
  toChangeRequest,
  type ChangeRequestRow,
} from './change-request.repository.js';
import { planHashOf, planSide } from './impact-model.js';
import { writePlanEdits } from './plan-edits.js';
import { loadPlanState } from './plan-state.repository.js';

/** The impact's cost and budget are money: null for those who may not see the program's. */
function changeRequestMoneyFor(sight: ProgramSight, r: ChangeRequest): ChangeRequest {
  if (!r.impact || sight.canSeeMoney(r.programId)) return r;
  const hidden = { before: null, after: null };
  return { ...r, impact: { ...r.impact, cost: hidden, budget: hidden } };
}

/** Thrown to roll back a validation run that succeeded. */
const DRY_RUN_DONE = Symbol('dry run done');

/** Only these may be edited or deleted; a decided request is history. */
const OPEN: readonly ChangeRequest['status'][] = ['draft', 'submitted'];

class ImpactStaleError extends DomainError {
  constructor(label: string) {
    super(
      'impact_stale',
      `The plan changed since the impact of ${label} was computed. Nothing was applied: read the change request again (its impact is recomputed) and decide again.`,
    );
  }
}

class ChangeRequestClosedError extends DomainError {
  constructor(label: string, status: string, doing: string) {
    super('change_request_closed', `${label} is ${status}: it can no longer be ${doing}.`);
  }
}

/**
 * Change requests (docs/change-requests.md): proposed edits validated by
 * running them through the direct edits' services in a transaction that is
 * rolled back; their impact computed on a copy of the plan and stored with
 * the plan's hash; recomputed on read when the plan moved. Approval applies
 * the edits through the same services in one transaction, after saving the
 * baseline "before CR-n", and is refused (impact_stale) when the plan moved
 * since the impact the decider saw.
 */
export function createChangeRequestService(db: Database, clock: Clock = systemClock) {
  /** Every change checked as its direct edit would be; nothing is kept. */
  async function validate(ctx: RequestContext, programId: string, changes: readonly PlanChange[]) {
    if (changes.length === 0) return;
    await db
      .transaction(async (tx) => {
        await writePlanEdits(db, tx, clock, ctx, programId, changes);
        throw DRY_RUN_DONE;
      })
      .catch((error: unknown) => {
        if (error !== DRY_RUN_DONE) throw error;
      });
  }

  const impactOf = (programId: string, changes: readonly PlanChange[]) =>
    computeChangeRequestImpact(db, clock, programId, changes);

  /** The stored impact, recomputed (and stored) when the plan moved since. */
  async function fresh(row: ChangeRequestRow): Promise<ChangeRequestRow> {
    if (!OPEN.includes(row.status) && row.status !== 'deferred') return row;
    const { planHash } = await currentPlan(db, clock, row.program_id, row.changes);
    if (row.impact && row.plan_hash === planHash) return row;
    const impact = await impactOf(row.program_id, row.changes);
    await storeImpact(db, row.id, impact);
    return { ...row, impact, plan_hash: impact.planHash };
  }

  async function found(id: string): Promise<ChangeRequestRow> {
    const row = await findChangeRequest(db, id);
    if (!row) throw new NotFoundError('Change request', id);
    return row;
  }

  return {
    async list(
      ctx: RequestContext,
      programId: string,
      query: ChangeRequestListQuery,
    ): Promise<ChangeRequestList> {
      await assertProgramExists(db, programId);
      const sight = await programSight(db, ctx.actor, [programId]);
      return {
        items: (await listChangeRequests(db, programId, query.status)).map((r) =>
          changeRequestMoneyFor(sight, toChangeRequest(r)),
        ),
      };
    },

    async get(ctx: RequestContext, id: string): Promise<ChangeRequest> {
      const row = await fresh(await found(id));
      const sight = await programSight(db, ctx.actor, [row.program_id]);
      return changeRequestMoneyFor(sight, toChangeRequest(row));
    },

    async create(
      ctx: RequestContext,
      programId: string,
      body: ChangeRequestCreate,
    ): Promise<ChangeRequest> {
      await assertProgramExists(db, programId);
      const requestedById = body.requestedById ?? ctx.actor?.id ?? null;
      if (requestedById) {
        const user = await db.query('SELECT 1 FROM users WHERE id = $1', [requestedById]);
        if (user.rowCount === 0)
          throw ValidationError.field('body.requestedById', 'not_found', 'is not a person');
      }
      await validate(ctx, programId, body.changes);
      const impact = await impactOf(programId, body.changes);
      return db.transaction(async (tx) => {
        await lockProgramForPlanning(tx, programId);
        const id = await insertChangeRequest(tx, {
          programId,
          title: body.title,
          reason: body.reason,
          requestedById,
          changes: body.changes,
          status: body.draft ? 'draft' : 'submitted',
          impact,
        });
        const created = await CHANGE_REQUEST_ENTITY.read(tx, id);
        await recordAudit(tx, ctx, {
          entityType: 'change_request',
          entityId: id,
          action: 'create',
          before: null,
          after: created,
        });
        return toChangeRequest((await findChangeRequest(tx, id))!);
      });
    },

    async update(
      ctx: RequestContext,
      id: string,
      version: number,
      body: ChangeRequestUpdate,
    ): Promise<ChangeRequest> {
      const row = await found(id);
      if (!OPEN.includes(row.status))
        throw new ChangeRequestClosedError(changeRequestLabel(row.number), row.status, 'edited');
      const changes = body.changes ?? row.changes;
      if (body.changes) await validate(ctx, row.program_id, body.changes);
      const impact: ChangeRequestImpact = await impactOf(row.program_id, changes);
      return db.transaction(async (tx) => {
        const updated = await updateAuditedRow<ChangeRequest, ChangeRequestRow>(
          tx,
          ctx,
          CHANGE_REQUEST_ENTITY,
          id,
          version,
          {
            ...(body.title !== undefined ? { title: body.title } : {}),
            ...(body.reason !== undefined ? { reason: body.reason } : {}),
            ...(body.changes !== undefined ? { changes: JSON.stringify(body.changes) } : {}),
          },
          async (locked) => {
            if (!OPEN.includes(locked.status))
              throw new ChangeRequestClosedError(
                changeRequestLabel(locked.number),
                locked.status,
                'edited',
              );
          },
        );
        await storeImpact(tx, id, impact);
        return { ...updated, impact };
      });
    },

    async remove(ctx: RequestContext, id: string, version: number): Promise<void> {
      await db.transaction(async (tx) => {
        const row = await lockVersionedRow<ChangeRequestRow>(
          tx,
          'change_requests',
          'Change request',
          id,
          version,
        );
        if (!OPEN.includes(row.status))
          throw new ChangeRequestClosedError(changeRequestLabel(row.number), row.status, 'deleted');
        await deleteAuditedRow(tx, ctx, CHANGE_REQUEST_ENTITY, id, version);
      });
    },

    async submit(ctx: RequestContext, id: string, version: number): Promise<ChangeRequest> {
      return db.transaction(async (tx) => {
        await updateAuditedRow<ChangeRequest, ChangeRequestRow>(
          tx,
          ctx,
          CHANGE_REQUEST_ENTITY,
          id,
          version,
          { status: 'submitted' },
          async (locked) => {
            if (locked.status !== 'draft')
              throw new ChangeRequestClosedError(
                changeRequestLabel(locked.number),
                locked.status,
                'submitted (only a draft is)',
              );
          },
        );
        return toChangeRequest((await findChangeRequest(tx, id))!);
      });
    },

    /**
     * Approved: the edits are written through their services and the baseline
     * "before CR-n" saved first, all in one transaction whose audit rows share
     * the request's id; refused with impact_stale when the plan's hash is no
     * longer the impact's. Deferred or rejected: only the request changes. A
     * deferred request may be decided again.
     */
    async decide(
      ctx: RequestContext,
      id: string,
      version: number,
      body: ChangeRequestDecisionBody,
    ): Promise<ChangeRequest> {
      if (body.outcome === 'deferred' && !body.deferredUntil)
        throw ValidationError.field(
          'body.deferredUntil',
          'required',
          'is required when the outcome is deferred',
        );
      if (body.outcome !== 'deferred' && body.deferredUntil)
        throw ValidationError.field(
          'body.deferredUntil',
          'invalid',
          'goes only with the outcome deferred',
        );
      const row = await found(id);
      const label = changeRequestLabel(row.number);
      return db.transaction(async (tx) => {
        const locked = await lockVersionedRow<ChangeRequestRow>(
          tx,
          'change_requests',
          'Change request',
          id,
          version,
        );
        if (locked.status !== 'submitted' && locked.status !== 'deferred')
          throw new ChangeRequestClosedError(
            label,
            locked.status,
            locked.status === 'draft' ? 'decided before it is submitted' : 'decided again',
          );
        let baselineId: string | null = null;
        if (body.outcome === 'approved') {
          await lockProgramForPlanning(tx, row.program_id);
          // The plan as it is now, in this transaction (only its hash: the Monte Carlo is not rerun).
          const state = await loadPlanState(tx, row.program_id, clock, locked.changes);
          const planHash = planHashOf(
            planSide(state.plan, state.context),
            state.context,
            state.targetDate,
          );
          if (!locked.impact || locked.plan_hash !== planHash) throw new ImpactStaleError(label);
          const joined = joinedTransaction(db, tx);
          const baselines = createBaselineService(joined, createScheduleService(joined, clock));
          baselineId = (await baselines.save(ctx, row.program_id, { name: `before ${label}` })).id;
          await writePlanEdits(db, tx, clock, ctx, row.program_id, locked.changes);
        }
        await updateAuditedRow(tx, ctx, CHANGE_REQUEST_ENTITY, id, version, {
          status: body.outcome,
          decision_reason: body.reason,
          decided_by_id: ctx.actor?.id ?? null,
          decided_at: clock(),
          deferred_until: body.deferredUntil ?? null,
          ...(baselineId ? { baseline_id: baselineId } : {}),
        });
        return toChangeRequest((await findChangeRequest(tx, id))!);
      });
    },
  };
}
export type ChangeRequestService = ReturnType<typeof createChangeRequestService>;
