import type {
  Objective,
  ObjectiveCreate,
  ObjectiveQuery,
  ObjectiveUpdate,
  UnalignedPrograms,
} from '../../../contracts/objective.schema.js';
import { fiscalQuarterOf } from '../../../engine/headcount/fiscal-quarter.js';
import { okrPeriod, okrPeriodEnded } from '../../../engine/measures/okr-period.js';
import { objectiveScore } from '../../../engine/measures/okr-score.js';
import { utcDay, type Clock } from '../../clock/clock.js';
import type { Database, Queryable } from '../../db/database.js';
import { lockVersionedRow, updateVersionedRow } from '../../db/versioned-row.js';
import {
  DomainError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../../domain-errors.js';
import type { Actor, RequestContext } from '../../request-context.js';
import { programSight } from '../access/program-sight.js';
import { recordAudit } from '../audit/audit.repository.js';
import { OBJECTIVE_REFUSAL, mayWriteObjective } from './objective-rules.js';
import { keyResultValue, toObjective, type KpiValueOf } from './objective-view.js';
import {
  ancestorsOf,
  findObjective,
  findObjectives,
  insertObjective,
  keyResultsOf,
  linkProgram,
  programExists,
  programsServingNoObjective,
  teamExists,
  unlinkProgram,
  userExists,
  type ObjectiveRow,
} from './objective.repository.js';

const AUDIT_TYPE = 'objective';

/** A graded objective is the record of its quarter: nothing about it changes any more. */
export const gradedRefusal = (row: ObjectiveRow) =>
  new DomainError(
    'objective_graded',
    `The objective "${row.title}" was graded and can no longer be changed.`,
  );

/** The objective, checked for the caller's right to change it and not graded. */
export async function objectiveToChange(
  db: Queryable,
  ctx: RequestContext,
  id: string,
): Promise<ObjectiveRow> {
  const row = await findObjective(db, id);
  if (!row) throw new NotFoundError('Objective', id);
  if (
    !ctx.actor ||
    !mayWriteObjective(ctx.actor, { kind: row.owner_kind, personId: row.owner_person_id })
  )
    throw new ForbiddenError(OBJECTIVE_REFUSAL);
  if (row.state === 'graded') throw gradedRefusal(row);
  return row;
}

/** Objectives and key results per fiscal quarter, their cascade and alignment to programs. */
export function createObjectiveService(db: Database, clock: Clock, kpiValueOf: KpiValueOf) {
  async function view(tx: Queryable, ctx: RequestContext | null, rows: ObjectiveRow[]) {
    const krs = await keyResultsOf(
      tx,
      rows.map((r) => r.id),
    );
    const sight = ctx ? await programSight(tx, ctx.actor) : null;
    return Promise.all(rows.map((r) => toObjective(r, krs, kpiValueOf, sight)));
  }
  const read = async (tx: Queryable, id: string, ctx: RequestContext | null = null) =>
    (await view(tx, ctx, [(await findObjective(tx, id))!]))[0]!;

  /** The parent must exist, be of the same period and not be the objective or below it. */
  async function checkParent(tx: Queryable, parentId: string, period: string, selfId?: string) {
    const parent = await findObjective(tx, parentId);
    if (!parent) throw ValidationError.field('body.parentId', 'not_found', 'is not an objective');
    if (parent.period !== period)
      throw ValidationError.field(
        'body.parentId',
        'period_mismatch',
        `must be an objective of ${period}: the parent's period contains its children's`,
      );
    if (selfId && (parentId === selfId || (await ancestorsOf(tx, parentId)).includes(selfId)))
      throw ValidationError.field(
        'body.parentId',
        'cycle',
        'would make the objective its own ancestor',
      );
  }

  async function audit(
    tx: Queryable,
    ctx: RequestContext,
    id: string,
    action: string,
    before: Objective | null,
    after: Objective | null,
  ) {
    await recordAudit(tx, ctx, { entityType: AUDIT_TYPE, entityId: id, action, before, after });
  }

  return {
    read,

    /**
     * Refuses a caller who may not change the objective, before the body is validated
     * (as the permission table's rules are): a refusal never depends on what was sent.
     */
    async assertMayChange(actor: Actor | null, objectiveId: string): Promise<void> {
      const row = await findObjective(db, objectiveId);
      if (!row || !actor) return;
      if (!mayWriteObjective(actor, { kind: row.owner_kind, personId: row.owner_person_id }))
        throw new ForbiddenError(OBJECTIVE_REFUSAL);
    },

    async list(ctx: RequestContext, query: ObjectiveQuery): Promise<{ items: Objective[] }> {
      const rows = await findObjectives(db, {
        ...(query.period ? { period: okrPeriod(query.period) } : {}),
        ...(query.ownerKind ? { ownerKind: query.ownerKind } : {}),
        ...(query.teamId ? { teamId: query.teamId } : {}),
        ...(query.personId
          ? { personId: query.personId === 'me' ? (ctx.actor?.id ?? '') : query.personId }
          : {}),
        ...(query.state ? { state: query.state } : {}),
        ...(query.programId ? { programId: query.programId } : {}),
      });
      return { items: await view(db, ctx, rows) };
    },

    async get(ctx: RequestContext, id: string): Promise<Objective> {
      const row = await findObjective(db, id);
      if (!row) throw new NotFoundError('Objective', id);
      return (await view(db, ctx, [row]))[0]!;
    },

    async create(ctx: RequestContext, input: ObjectiveCreate): Promise<Objective> {
      const period = okrPeriod(input.period);
      const personId =
        input.ownerKind === 'person' ? (input.personId ?? ctx.actor?.id ?? null) : null;
      const teamId = input.ownerKind === 'team' ? (input.teamId ?? null) : null;
      if (input.ownerKind === 'team' && !teamId)
        throw ValidationError.field('body.teamId', 'required', 'is needed for a team objective');
      if (input.ownerKind !== 'team' && input.teamId)
        throw ValidationError.field('body.teamId', 'invalid', 'is only for team objectives');
      if (input.ownerKind !== 'person' && input.personId)
        throw ValidationError.field('body.personId', 'invalid', 'is only for person objectives');
      if (!ctx.actor || !mayWriteObjective(ctx.actor, { kind: input.ownerKind, personId }))
        throw new ForbiddenError(OBJECTIVE_REFUSAL);
      return db.transaction(async (tx) => {
        if (teamId && !(await teamExists(tx, teamId)))
          throw ValidationError.field('body.teamId', 'not_found', 'is not a team');
        if (personId && !(await userExists(tx, personId)))
          throw ValidationError.field('body.personId', 'not_found', 'is not an account');
        if (input.parentId) await checkParent(tx, input.parentId, period);
        const id = await insertObjective(tx, {
          period,
          title: input.title,
          description: input.description ?? null,
          ownerKind: input.ownerKind,
          teamId,
          personId,
          parentId: input.parentId ?? null,
        });
        const after = await read(tx, id);
        await audit(tx, ctx, id, 'create', null, after);
        return read(tx, id, ctx);
      });
    },

    async update(
      ctx: RequestContext,
      id: string,
      version: number,
      input: ObjectiveUpdate,
    ): Promise<Objective> {
      return db.transaction(async (tx) => {
        const row = await objectiveToChange(tx, ctx, id);
        await lockVersionedRow(tx, 'objectives', 'Objective', id, version);
        if (input.parentId) await checkParent(tx, input.parentId, row.period, id);
        const changes: Record<string, unknown> = {};
        if (input.title !== undefined) changes.title = input.title;
        if (input.description !== undefined) changes.description = input.description;
        if (input.parentId !== undefined) changes.parent_id = input.parentId;
        const before = await read(tx, id);
        await updateVersionedRow(tx, 'objectives', id, changes);
        await audit(tx, ctx, id, 'update', before, await read(tx, id));
        return read(tx, id, ctx);
      });
    },

    async remove(ctx: RequestContext, id: string, version: number): Promise<void> {
      await db.transaction(async (tx) => {
        await objectiveToChange(tx, ctx, id);
        await lockVersionedRow(tx, 'objectives', 'Objective', id, version);
        const before = await read(tx, id);
        // Children go with their parent (the cascade of the schema).
        await tx.query('DELETE FROM objectives WHERE id = $1', [id]);
        await audit(tx, ctx, id, 'delete', before, null);
      });
    },

    /** draft → committed: the owner stands behind it for the quarter. */
    async commit(ctx: RequestContext, id: string, version?: number): Promise<Objective> {
      return db.transaction(async (tx) => {
        const row = await objectiveToChange(tx, ctx, id);
        await lockVersionedRow(tx, 'objectives', 'Objective', id, version ?? row.version);
        if (row.state !== 'draft')
          throw new DomainError(
            'objective_state',
            `The objective "${row.title}" is already committed.`,
          );
        const before = await read(tx, id);
        await updateVersionedRow(tx, 'objectives', id, { state: 'committed' });
        await audit(tx, ctx, id, 'commit', before, await read(tx, id));
        return read(tx, id, ctx);
      });
    },

    /**
     * Grades at the period's end (by the server's clock): freezes the key results'
     * values (bound ones read one last time) and the objective's score as its grade.
     */
    async grade(ctx: RequestContext, id: string, version?: number): Promise<Objective> {
      return db.transaction(async (tx) => {
        const row = await objectiveToChange(tx, ctx, id);
        await lockVersionedRow(tx, 'objectives', 'Objective', id, version ?? row.version);
        const before = await read(tx, id);
        if (!okrPeriodEnded(row.period, utcDay(clock)))
          throw new DomainError(
            'objective_state',
            `The objective cannot be graded before its period ends on ${before.to}.`,
          );
        for (const kr of await keyResultsOf(tx, [id])) {
          const value = await keyResultValue(kr, row, kpiValueOf);
          await tx.query('UPDATE key_results SET current_value = $2 WHERE id = $1', [kr.id, value]);
        }
        const grade = objectiveScore(before.keyResults.map((k) => k.score));
        await updateVersionedRow(tx, 'objectives', id, {
          state: 'graded',
          grade,
          graded_at: clock(),
        });
        await audit(tx, ctx, id, 'grade', before, await read(tx, id));
        return read(tx, id, ctx);
      });
    },

    /** Aligns a program to the objective (the route checks write on the program). */
    async link(ctx: RequestContext, id: string, programId: string) {
      return db.transaction(async (tx) => {
        const row = await findObjective(tx, id);
        if (!row) throw new NotFoundError('Objective', id);
        if (row.state === 'graded') throw gradedRefusal(row);
        if (!(await programExists(tx, programId)))
          throw new NotFoundError('Program', programId, 'body.programId');
        const before = await read(tx, id);
        await linkProgram(tx, id, programId);
        await audit(tx, ctx, id, 'link_program', before, await read(tx, id));
        return { programIds: (await read(tx, id, ctx)).programIds };
      });
    },

    async unlink(ctx: RequestContext, id: string, programId: string): Promise<void> {
      await db.transaction(async (tx) => {
        const row = await findObjective(tx, id);
        if (!row) throw new NotFoundError('Objective', id);
        if (row.state === 'graded') throw gradedRefusal(row);
        const before = await read(tx, id);
        if (!(await unlinkProgram(tx, id, programId)))
          throw new NotFoundError('Link to program', programId);
        await audit(tx, ctx, id, 'unlink_program', before, await read(tx, id));
      });
    },

    /** Programs of the caller's sight that serve no objective of the period (default: this quarter). */
    async unaligned(ctx: RequestContext, period: string | undefined): Promise<UnalignedPrograms> {
      const quarter = period ? okrPeriod(period) : fiscalQuarterOf(utcDay(clock));
      const sight = await programSight(db, ctx.actor);
      const rows = await programsServingNoObjective(db, quarter);
      return { period: quarter, items: rows.filter((p) => sight.canRead(p.id)) };
    },
  };
}
export type ObjectiveService = ReturnType<typeof createObjectiveService>;
