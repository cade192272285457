import { scheduleSeenBy } from '../schedules/schedule-sight.js';
import type {
  Baseline,
  BaselineCompareQuery,
  BaselineComparison,
  BaselineCreate,
  BaselineList,
  BaselineSummary,
  BaselineUpdate,
} from '../../../contracts/baseline.schema.js';
import type { Database, Queryable } from '../../db/database.js';
import { NotFoundError, ValidationError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import { deleteAuditedRow, updateAuditedRow } from '../audit/audited-row.js';
import { assertProgramExists } from '../plans/plan-membership.repository.js';
import type { ScheduleService } from '../schedules/schedule.service.js';
import { compareSchedules, type ComparedSide } from './baseline-variance.js';
import {
  BASELINE_ENTITY,
  findBaseline,
  insertBaseline,
  latestBaseline,
  listBaselines,
  toBaseline,
  toBaselineSummary,
} from './baseline.repository.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Named snapshots of a program's schedule (the current one, recomputed first
 * when its inputs changed), and comparisons between any two of them or the
 * current schedule. A baseline's schedule is never edited: saved, renamed, read, deleted.
 */
export function createBaselineService(db: Database, schedules: ScheduleService) {
  async function side(
    tx: Queryable,
    programId: string,
    ref: string,
    path: string,
  ): Promise<ComparedSide> {
    if (ref === 'current') {
      const s = await schedules.current(tx, programId);
      return {
        meta: {
          kind: 'current',
          baselineId: null,
          name: 'current',
          start: s.start,
          finish: s.finish,
          computedAt: s.computedAt,
        },
        schedule: s,
      };
    }
    if (!UUID.test(ref))
      throw ValidationError.field(path, 'invalid', 'must be a baseline id or "current"');
    const row = await findBaseline(tx, ref);
    if (!row) throw new NotFoundError('Baseline', ref, path);
    if (row.program_id !== programId)
      throw ValidationError.field(
        path,
        'other_program',
        `baseline ${ref} belongs to another program`,
      );
    return {
      meta: {
        kind: 'baseline',
        baselineId: row.id,
        name: row.name,
        start: row.schedule.start,
        finish: row.schedule.finish,
        computedAt: row.schedule_computed_at.toISOString(),
      },
      schedule: row.schedule,
    };
  }

  return {
    async list(programId: string): Promise<BaselineList> {
      await assertProgramExists(db, programId);
      return { items: (await listBaselines(db, programId)).map(toBaselineSummary) };
    },
    async get(ctx: RequestContext, id: string): Promise<Baseline> {
      const row = await findBaseline(db, id);
      if (!row) throw new NotFoundError('Baseline', id);
      const baseline = toBaseline(row);
      return { ...baseline, schedule: await scheduleSeenBy(db, ctx.actor, baseline.schedule) };
    },
    /** Saves the current schedule under a name unique in the program (else 409 duplicate on body.name). */
    async save(ctx: RequestContext, programId: string, input: BaselineCreate): Promise<Baseline> {
      // A name already used in the program: the unique constraint refuses it (409 on body.name).
      return db.transaction(async (tx) => {
        const schedule = await schedules.current(tx, programId);
        const id = await insertBaseline(tx, {
          programId,
          name: input.name,
          schedule: {
            start: schedule.start,
            finish: schedule.finish,
            items: schedule.items,
            diagnostics: schedule.diagnostics,
          },
          scheduleComputedAt: schedule.computedAt,
          createdBy: ctx.actor?.id ?? null,
        });
        const row = (await findBaseline(tx, id))!;
        const summary: BaselineSummary = toBaselineSummary(row);
        await recordAudit(tx, ctx, {
          entityType: 'baseline',
          entityId: id,
          action: 'create',
          before: null,
          after: summary,
        });
        return toBaseline(row);
      });
    },
    /** A name already used in the program: the unique constraint refuses it (409 on body.name). */
    async rename(
      ctx: RequestContext,
      id: string,
      version: number,
      input: BaselineUpdate,
    ): Promise<BaselineSummary> {
      return db.transaction((tx) =>
        updateAuditedRow(tx, ctx, BASELINE_ENTITY, id, version, { name: input.name }),
      );
    },
    async remove(ctx: RequestContext, id: string, version: number): Promise<void> {
      await db.transaction((tx) => deleteAuditedRow(tx, ctx, BASELINE_ENTITY, id, version));
    },
    /**
     * `from` defaults to the program's latest baseline, `to` to the current schedule.
     * Reads (and, when stale, recomputes) in one transaction.
     */
    async compare(programId: string, query: BaselineCompareQuery): Promise<BaselineComparison> {
      return db.transaction(async (tx) => {
        await assertProgramExists(tx, programId);
        let from = query.from;
        if (from === undefined) {
          const latest = await latestBaseline(tx, programId);
          if (!latest)
            throw ValidationError.field(
              'query.from',
              'required',
              'this program has no baseline yet: save one first, or pass from=current',
            );
          from = latest.id;
        }
        const fromSide = await side(tx, programId, from, 'query.from');
        const toSide = await side(tx, programId, query.to ?? 'current', 'query.to');
        return compareSchedules(programId, fromSide, toSide);
      });
    },
  };
}
export type BaselineService = ReturnType<typeof createBaselineService>;
