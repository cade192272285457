import { HIDDEN_PROGRAM_NAME, programSight } from '../access/program-sight.js';
import type { Actor } from '../../request-context.js';
import type {
  Allocation,
  AllocationCreate,
  AllocationList,
  AllocationListQuery,
  AllocationUpdate,
  OverAllocationReport,
} from '../../../contracts/allocation.schema.js';
import type { Issue } from '../../../contracts/common.schema.js';
import {
  dayNumber,
  formatDayNumber,
  mondayOf,
  overAllocationsCausedBy,
  type AllocationLoad,
} from '../../../engine/capacity/index.js';
import type { Database, Queryable } from '../../db/database.js';
import { columnChanges, lockVersionedRow, updateVersionedRow } from '../../db/versioned-row.js';
import { NotFoundError, ValidationError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import { deleteAuditedRow } from '../audit/audited-row.js';
import { toOverAllocationWeek } from '../capacity/capacity-cells.js';
import { overAllocationError } from '../capacity/over-allocation-error.js';
import { programNames } from '../capacity/capacity.repository.js';
import { computeWeeks, DEFAULT_CAPACITY_TIME_ZONE } from '../capacity/capacity-weeks.js';
import {
  ALLOCATION_COLUMNS,
  ALLOCATION_ENTITY,
  findAllocation,
  insertAllocation,
  listAllocations,
  toAllocation,
} from './allocation.repository.js';

/** An open-ended allocation is checked over this many weeks from its start. */
const OPEN_ENDED_CHECK_WEEKS = 52;
const MAX_CHECK_WEEKS = 104;

interface Candidate {
  personId: string;
  programId: string | null;
  runWork: string;
  percent: number | null;
  hoursPerWeek: number | null;
  from: string;
  to: string | null;
}

/** Every rule a stored allocation follows, each broken one reported with its field. */
async function validate(tx: Queryable, c: Candidate, pathOf: (field: string) => string) {
  const issues: Issue[] = [];
  if ((c.percent === null) === (c.hoursPerWeek === null))
    issues.push({
      path: pathOf('percent'),
      code: 'one_measure',
      message: 'give exactly one of percent and hoursPerWeek',
    });
  if (c.programId === null && c.runWork.trim() === '')
    issues.push({
      path: pathOf('runWork'),
      code: 'required',
      message: 'name the run work when there is no program',
    });
  if (c.to !== null && c.to < c.from)
    issues.push({ path: pathOf('to'), code: 'invalid', message: 'must be on or after from' });
  if ((await tx.query('SELECT 1 FROM users WHERE id = $1', [c.personId])).rowCount !== 1)
    issues.push({ path: pathOf('personId'), code: 'not_found', message: 'no such person' });
  if (
    c.programId &&
    (await tx.query('SELECT 1 FROM programs WHERE id = $1', [c.programId])).rowCount !== 1
  )
    issues.push({ path: pathOf('programId'), code: 'not_found', message: 'no such program' });
  if (issues.length) throw new ValidationError(issues);
}

/**
 * The weeks an allocation would over-allocate its person in (over 100% after
 * it, with more load than before), with the programs that load each week.
 */
async function overAllocationReport(
  tx: Queryable,
  /** Whose sight names the programs (program-sight.ts). */
  actor: Actor | null,
  c: Candidate,
  excludeAllocationId?: string,
): Promise<OverAllocationReport> {
  const first = mondayOf(dayNumber(c.from));
  const last = c.to === null ? first + OPEN_ENDED_CHECK_WEEKS * 7 - 1 : dayNumber(c.to);
  const window = {
    firstWeek: formatDayNumber(first),
    weekCount: Math.min(MAX_CHECK_WEEKS, Math.floor((last - first) / 7) + 1),
    timeZone: DEFAULT_CAPACITY_TIME_ZONE,
  };
  const filter = { personIds: [c.personId] };
  const load: AllocationLoad = { id: 'candidate', ...c };
  const before = await computeWeeks(
    tx,
    filter,
    window,
    excludeAllocationId ? { personId: c.personId, excludeAllocationId } : undefined,
  );
  const after = await computeWeeks(tx, filter, window, {
    personId: c.personId,
    add: load,
    ...(excludeAllocationId ? { excludeAllocationId } : {}),
  });
  const caused = overAllocationsCausedBy(before.rows[0]?.weeks ?? [], after.rows[0]?.weeks ?? []);
  const names = await programNames(tx, after.programIds, actor);
  return {
    personId: c.personId,
    overAllocated: caused.length > 0,
    weeks: caused.map((o) => toOverAllocationWeek(o, names)),
  };
}

function candidateOf(input: AllocationCreate): Candidate {
  return {
    personId: input.personId,
    programId: input.programId ?? null,
    runWork: input.runWork ?? '',
    percent: input.percent ?? null,
    hoursPerWeek: input.hoursPerWeek ?? null,
    from: input.from,
    to: input.to ?? null,
  };
}

/** Serializes allocation writes per person, so two concurrent ones cannot both slip under 100%. */
async function lockPerson(tx: Queryable, personId: string) {
  await tx.query('SELECT 1 FROM users WHERE id = $1 FOR UPDATE', [personId]);
}

export function createAllocationService(db: Database) {
  return {
    /**
     * A capacity planner needs every hour a person is booked for, so an allocation
     * to a program the caller may not see stays, without the program's id or name
     * or the note (which may name it).
     */
    async list(ctx: RequestContext, query: AllocationListQuery): Promise<AllocationList> {
      const rows = await listAllocations(db, query);
      const sight = await programSight(
        db,
        ctx.actor,
        rows.flatMap((r) => (r.program_id ? [r.program_id] : [])),
      );
      return {
        items: rows.map((r) =>
          r.program_id === null || sight.canRead(r.program_id)
            ? toAllocation(r)
            : { ...toAllocation(r), programId: null, programName: HIDDEN_PROGRAM_NAME, note: '' },
        ),
      };
    },
    async get(id: string): Promise<Allocation> {
      const row = await findAllocation(db, id);
      if (!row) throw new NotFoundError('Allocation', id);
      return toAllocation(row);
    },
    /** Dry run: what saving this allocation would over-allocate; nothing is written. */
    async check(ctx: RequestContext, input: AllocationCreate): Promise<OverAllocationReport> {
      const c = candidateOf(input);
      return db.transaction(async (tx) => {
        await validate(tx, c, (f) => `body.${f}`);
        return overAllocationReport(tx, ctx.actor, c);
      });
    },
    /**
     * Saves an allocation. One that over-allocates the person is refused with
     * `over_allocation` (409, the weeks and programs in details) unless the
     * caller confirms; a confirmed one is saved, flagged, and its audit row
     * carries the warning that was overridden.
     */
    async create(ctx: RequestContext, input: AllocationCreate): Promise<Allocation> {
      const c = candidateOf(input);
      return db.transaction(async (tx) => {
        await validate(tx, c, (f) => `body.${f}`);
        await lockPerson(tx, c.personId);
        const report = await overAllocationReport(tx, ctx.actor, c);
        if (report.overAllocated && !input.confirmOverAllocation) throw overAllocationError(report);
        const id = await insertAllocation(tx, {
          ...c,
          runWork: c.runWork.trim(),
          note: input.note ?? '',
          overAllocationConfirmed: report.overAllocated,
        });
        const after = await ALLOCATION_ENTITY.read(tx, id);
        await recordAudit(tx, ctx, {
          entityType: 'allocation',
          entityId: id,
          action: 'create',
          before: null,
          after: report.overAllocated ? { ...after, overAllocationWarning: report.weeks } : after,
        });
        return after;
      });
    },
    async update(
      ctx: RequestContext,
      id: string,
      version: number,
      input: AllocationUpdate,
    ): Promise<Allocation> {
      return db.transaction(async (tx) => {
        await lockVersionedRow(tx, 'allocations', 'Allocation', id, version);
        const before = await ALLOCATION_ENTITY.read(tx, id);
        const c: Candidate = {
          personId: before.personId,
          programId: input.programId !== undefined ? input.programId : before.programId,
          runWork: input.runWork ?? before.runWork,
          // Setting one measure clears the other unless both are sent.
          percent:
            input.percent !== undefined
              ? input.percent
              : input.hoursPerWeek != null
                ? null
                : before.percent,
          hoursPerWeek:
            input.hoursPerWeek !== undefined
              ? input.hoursPerWeek
              : input.percent != null
                ? null
                : before.hoursPerWeek,
          from: input.from ?? before.from,
          to: input.to !== undefined ? input.to : before.to,
        };
        await validate(tx, c, (f) => `body.${f}`);
        await lockPerson(tx, c.personId);
        const report = await overAllocationReport(tx, ctx.actor, c, id);
        if (report.overAllocated && !input.confirmOverAllocation) throw overAllocationError(report);
        const changes = columnChanges(
          { ...input, percent: c.percent, hoursPerWeek: c.hoursPerWeek },
          ALLOCATION_COLUMNS,
        );
        // columnChanges drops undefined only: explicit nulls (clearing a measure or an end date) are kept.
        if (c.percent === null) changes.percent = null;
        if (c.hoursPerWeek === null) changes.hours_per_week = null;
        changes.over_allocation_confirmed = report.overAllocated;
        await updateVersionedRow(tx, 'allocations', id, changes);
        const after = await ALLOCATION_ENTITY.read(tx, id);
        await recordAudit(tx, ctx, {
          entityType: 'allocation',
          entityId: id,
          action: 'update',
          before,
          after: report.overAllocated ? { ...after, overAllocationWarning: report.weeks } : after,
        });
        return after;
      });
    },
    async remove(ctx: RequestContext, id: string, version: number): Promise<void> {
      await db.transaction((tx) => deleteAuditedRow(tx, ctx, ALLOCATION_ENTITY, id, version));
    },
  };
}
export type AllocationService = ReturnType<typeof createAllocationService>;
