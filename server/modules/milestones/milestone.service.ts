import { assertRealDateTimes } from '../tasks/task.service.js';
import type {
  Milestone,
  MilestoneCreate,
  MilestoneUpdate,
} from '../../../contracts/milestone.schema.js';
import type { Database, Queryable } from '../../db/database.js';
import { systemClock, type Clock } from '../../clock/clock.js';
import { effectiveStatusDate, programNow } from '../../clock/program-clock.js';
import { parseLocalDateTime } from '../../../engine/calendar/local-time.js';
import { criteriaByMilestone } from './success-criterion.repository.js';
import { deleteAuditedRow, updateAuditedRow } from '../audit/audited-row.js';
import { columnChanges } from '../../db/versioned-row.js';
import { DomainError, NotFoundError, ValidationError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import {
  assertInProgram,
  assertOutlineParent,
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

/**
 * Achievement: setting `achievedAt` marks the milestone achieved, marking it
 * achieved fills `achievedAt` from the program's clock, and leaving achieved
 * clears it unless given. Marking it achieved while a success criterion is
 * not met needs `confirmUnmetCriteria`; the audit row records what was overridden.
 */
async function resolveAchievement(
  tx: Queryable,
  clock: Clock,
  programId: string,
  milestoneId: string | null,
  before: { state: Milestone['state']; achieved_at: string | null },
  input: MilestoneCreate | MilestoneUpdate,
): Promise<{ changes: Record<string, unknown>; note?: Record<string, unknown> }> {
  let state = input.state ?? before.state;
  let achievedAt = input.achievedAt !== undefined ? input.achievedAt : before.achieved_at;
  if (input.achievedAt && input.state === undefined) state = 'achieved';
  const program = (
    await tx.query<{ time_zone: string; status_date: string | null }>(
      'SELECT time_zone, status_date FROM programs WHERE id = $1',
      [programId],
    )
  ).rows[0]!;
  if (state === 'achieved' && achievedAt === null)
    achievedAt = programNow(clock, program.time_zone);
  if (state !== 'achieved' && input.achievedAt === undefined) achievedAt = null;
  if (achievedAt !== null && state !== 'achieved')
    throw ValidationError.field(
      'body.achievedAt',
      'needs_achieved',
      'is only kept on an achieved milestone',
    );
  if (achievedAt !== null && parseLocalDateTime(achievedAt) === null)
    throw ValidationError.field('body.achievedAt', 'invalid', 'is not a real date and time');
  const statusDate = effectiveStatusDate(program.status_date, clock, program.time_zone);
  if (
    achievedAt !== null &&
    achievedAt !== before.achieved_at &&
    achievedAt.slice(0, 10) > statusDate
  )
    throw ValidationError.field(
      'body.achievedAt',
      'after_status_date',
      `is after the program's status date ${statusDate}: actuals report the past`,
    );
  const changes = { state, achieved_at: achievedAt };
  if (state !== 'achieved' || before.state === 'achieved') return { changes };
  const criteria = milestoneId
    ? ((await criteriaByMilestone(tx, [milestoneId])).get(milestoneId) ?? [])
    : ((input as MilestoneCreate).criteria ?? []);
  const unmet = criteria.filter((c) => (c.state ?? 'pending') !== 'met').map((c) => c.description);
  if (unmet.length === 0) return { changes };
  if (!input.confirmUnmetCriteria)
    throw new DomainError(
      'unmet_criteria',
      `${unmet.length} success ${unmet.length === 1 ? 'criterion is' : 'criteria are'} not met: ${unmet.map((d) => `"${d}"`).join(', ')}. Send confirmUnmetCriteria: true to mark it achieved anyway.`,
      [
        {
          path: 'body.confirmUnmetCriteria',
          code: 'unmet_criteria',
          message: `is needed: ${unmet.length} success criteria not met`,
        },
      ],
      { unmetCriteria: unmet },
    );
  return { changes, note: { achievedWithUnmetCriteria: unmet } };
}

export function createMilestoneService(db: Database, clock: Clock = systemClock) {
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
      assertRealDateTimes(input);
      return db.transaction(async (tx) => {
        await lockProgramForPlanning(tx, programId);
        await assertInProgram(tx, 'workstream', input.workstreamId, programId, 'body.workstreamId');
        await assertOutlineParent(tx, input.parentTaskId, programId, null);
        await assertInProgram(tx, 'calendar', input.calendarId, programId, 'body.calendarId');
        const achievement = await resolveAchievement(
          tx,
          clock,
          programId,
          null,
          { state: 'planned', achieved_at: null },
          input,
        );
        const id = await insertMilestone(tx, programId, {
          ...input,
          state: achievement.changes.state as Milestone['state'],
          achievedAt: achievement.changes.achieved_at as string | null,
        });
        for (const criterion of input.criteria ?? [])
          await insertSuccessCriterion(tx, id, criterion);
        const milestone = await MILESTONE_ENTITY.read(tx, id);
        await recordAudit(tx, ctx, {
          entityType: 'milestone',
          entityId: id,
          action: 'create',
          before: null,
          after: achievement.note ? { ...milestone, ...achievement.note } : milestone,
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
      assertRealDateTimes(input);
      const changes = columnChanges(input, MILESTONE_COLUMNS);
      // Clearing the constraint, or making it ALAP, takes its date with it unless one is sent.
      if (
        (input.constraintType === null || input.constraintType === 'ALAP') &&
        input.constraintDate === undefined
      )
        changes.constraint_date = null;
      return db.transaction((tx) => {
        const check = async (row: MilestoneRow) => {
          await assertInProgram(
            tx,
            'workstream',
            input.workstreamId,
            row.program_id,
            'body.workstreamId',
          );
          await assertOutlineParent(tx, input.parentTaskId, row.program_id, null);
          await assertInProgram(
            tx,
            'calendar',
            input.calendarId,
            row.program_id,
            'body.calendarId',
          );
          if (input.state === undefined && input.achievedAt === undefined) return;
          const achievement = await resolveAchievement(tx, clock, row.program_id, id, row, input);
          Object.assign(changes, achievement.changes);
          return achievement.note;
        };
        return updateAuditedRow(tx, ctx, MILESTONE_ENTITY, id, version, changes, check);
      });
    },
    /** Takes its criteria and dependencies with it; its tasks stay, without a milestone. */
    async remove(ctx: RequestContext, id: string, version: number): Promise<void> {
      await db.transaction((tx) => deleteAuditedRow(tx, ctx, MILESTONE_ENTITY, id, version));
    },
  };
}
export type MilestoneService = ReturnType<typeof createMilestoneService>;
