import type {
  CheckIn,
  CheckInCreate,
  KeyResult,
  KeyResultCreate,
  KeyResultUpdate,
} from '../../../contracts/objective.schema.js';
import type { Clock } from '../../clock/clock.js';
import type { Database, Queryable } from '../../db/database.js';
import { lockVersionedRow, updateVersionedRow } from '../../db/versioned-row.js';
import { NotFoundError, ValidationError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import { toCheckIn, toKeyResult, type KpiValueOf } from './objective-view.js';
import {
  checkInsOf,
  findObjective,
  insertCheckIn,
  insertKeyResult,
  keyResultsOf,
  missingMilestones,
  objectiveOfKeyResult,
  replaceKeyResultMilestones,
  type KeyResultRow,
} from './objective.repository.js';
import { objectiveToChange } from './objective.service.js';

type Binding = KeyResult['binding'];

/** What a binding needs: a KPI id for kpi, milestones for milestones, nothing else. */
function checkBinding(binding: Binding, kpiId: string | null, milestoneIds: readonly string[]) {
  if (binding === 'kpi' && !kpiId)
    throw ValidationError.field('body.kpiId', 'required', 'is needed for a KPI-bound key result');
  if (binding !== 'kpi' && kpiId)
    throw ValidationError.field('body.kpiId', 'invalid', 'is only for KPI-bound key results');
  if (binding !== 'milestones' && milestoneIds.length)
    throw ValidationError.field(
      'body.milestoneIds',
      'invalid',
      'is only for milestone-bound key results',
    );
}

/** Key results of objectives and their check-ins; every write checks the objective's owner. */
export function createKeyResultService(db: Database, clock: Clock, kpiValueOf: KpiValueOf) {
  async function readKeyResult(tx: Queryable, id: string): Promise<KeyResult> {
    const objectiveId = await objectiveOfKeyResult(tx, id);
    if (!objectiveId) throw new NotFoundError('Key result', id);
    const objective = (await findObjective(tx, objectiveId))!;
    const kr = (await keyResultsOf(tx, [objectiveId])).find((k) => k.id === id)!;
    return toKeyResult(kr, objective, kpiValueOf);
  }

  async function rowOf(tx: Queryable, id: string): Promise<KeyResultRow> {
    const objectiveId = await objectiveOfKeyResult(tx, id);
    if (!objectiveId) throw new NotFoundError('Key result', id);
    return (await keyResultsOf(tx, [objectiveId])).find((k) => k.id === id)!;
  }

  async function checkMilestones(tx: Queryable, ids: readonly string[]) {
    const missing = await missingMilestones(tx, ids);
    if (missing.length)
      throw new ValidationError(
        missing.map((id) => ({
          path: `body.milestoneIds[${ids.indexOf(id)}]`,
          code: 'not_found',
          message: 'is not a milestone',
        })),
      );
  }

  const audit = (
    tx: Queryable,
    ctx: RequestContext,
    type: string,
    id: string,
    action: string,
    before: unknown,
    after: unknown,
  ) => recordAudit(tx, ctx, { entityType: type, entityId: id, action, before, after });

  return {
    /** The objective a key result belongs to, for the routes' guard; null when none. */
    objectiveOf: (id: string) => objectiveOfKeyResult(db, id),

    async add(
      ctx: RequestContext,
      objectiveId: string,
      input: KeyResultCreate,
    ): Promise<KeyResult> {
      const binding = input.binding ?? 'manual';
      const milestoneIds = input.milestoneIds ?? [];
      checkBinding(binding, input.kpiId ?? null, milestoneIds);
      return db.transaction(async (tx) => {
        await objectiveToChange(tx, ctx, objectiveId);
        if (milestoneIds.length) await checkMilestones(tx, milestoneIds);
        // A milestone-bound key result counts a share: from 0 to all of them.
        const id = await insertKeyResult(tx, objectiveId, {
          title: input.title,
          startValue: binding === 'milestones' ? 0 : (input.startValue ?? 0),
          targetValue: binding === 'milestones' ? 1 : (input.targetValue ?? 1),
          currentValue: binding === 'manual' ? (input.currentValue ?? null) : null,
          unit: input.unit ?? null,
          binding,
          kpiId: input.kpiId ?? null,
        });
        await replaceKeyResultMilestones(tx, id, milestoneIds);
        const after = await readKeyResult(tx, id);
        await audit(tx, ctx, 'key_result', id, 'create', null, after);
        return after;
      });
    },

    async update(
      ctx: RequestContext,
      id: string,
      version: number,
      input: KeyResultUpdate,
    ): Promise<KeyResult> {
      return db.transaction(async (tx) => {
        const row = await rowOf(tx, id);
        await objectiveToChange(tx, ctx, row.objective_id);
        await lockVersionedRow(tx, 'key_results', 'Key result', id, version);
        const binding = input.binding ?? row.binding;
        const kpiId =
          input.kpiId !== undefined ? input.kpiId : binding === 'kpi' ? row.kpi_id : null;
        const milestoneIds =
          input.milestoneIds ?? (binding === 'milestones' ? row.milestone_ids : []);
        checkBinding(binding, kpiId, milestoneIds);
        if (input.milestoneIds?.length) await checkMilestones(tx, input.milestoneIds);
        const changes: Record<string, unknown> = {};
        if (input.title !== undefined) changes.title = input.title;
        if (input.startValue !== undefined) changes.start_value = input.startValue;
        if (input.targetValue !== undefined) changes.target_value = input.targetValue;
        if (input.currentValue !== undefined) changes.current_value = input.currentValue;
        if (input.unit !== undefined) changes.unit = input.unit;
        if (binding !== row.binding) changes.binding = binding;
        if (kpiId !== row.kpi_id) changes.kpi_id = kpiId;
        // Becoming milestone-bound counts a share from 0 to 1, unless the request says otherwise.
        if (binding === 'milestones' && row.binding !== 'milestones') {
          if (input.startValue === undefined) changes.start_value = 0;
          if (input.targetValue === undefined) changes.target_value = 1;
        }
        const before = await readKeyResult(tx, id);
        await updateVersionedRow(tx, 'key_results', id, changes);
        if (input.milestoneIds !== undefined || binding !== 'milestones')
          await replaceKeyResultMilestones(tx, id, milestoneIds);
        const after = await readKeyResult(tx, id);
        await audit(tx, ctx, 'key_result', id, 'update', before, after);
        return after;
      });
    },

    async remove(ctx: RequestContext, id: string, version: number): Promise<void> {
      await db.transaction(async (tx) => {
        const row = await rowOf(tx, id);
        await objectiveToChange(tx, ctx, row.objective_id);
        await lockVersionedRow(tx, 'key_results', 'Key result', id, version);
        const before = await readKeyResult(tx, id);
        await tx.query('DELETE FROM key_results WHERE id = $1', [id]);
        await audit(tx, ctx, 'key_result', id, 'delete', before, null);
      });
    },

    /** Records a check-in; its value, when given, becomes the key result's current value. */
    async checkIn(ctx: RequestContext, id: string, input: CheckInCreate): Promise<CheckIn> {
      return db.transaction(async (tx) => {
        const row = await rowOf(tx, id);
        await objectiveToChange(tx, ctx, row.objective_id);
        const value = input.value ?? null;
        if (value !== null && row.binding !== 'manual')
          throw ValidationError.field(
            'body.value',
            'invalid',
            'cannot be set: this key result is bound to data and updates itself',
          );
        const before = await readKeyResult(tx, id);
        if (value !== null)
          await updateVersionedRow(tx, 'key_results', id, { current_value: value });
        const checkInId = await insertCheckIn(tx, {
          keyResultId: id,
          value,
          confidence: input.confidence,
          note: input.note ?? null,
          authorId: ctx.actor?.id ?? null,
          at: clock(),
        });
        const checkIn = toCheckIn((await checkInsOf(tx, id, checkInId))[0]!);
        await audit(tx, ctx, 'key_result', id, 'check_in', before, {
          ...(await readKeyResult(tx, id)),
          checkIn,
        });
        return checkIn;
      });
    },

    async checkIns(_ctx: RequestContext, id: string): Promise<{ items: CheckIn[] }> {
      await rowOf(db, id);
      return { items: (await checkInsOf(db, id)).map(toCheckIn) };
    },
  };
}
