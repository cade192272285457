import type { Issue } from '../../../contracts/common.schema.js';
import { notify } from '../notifications/notify.js';
import type {
  OccurrenceList,
  OccurrenceQuery,
  Review,
  ReviewCreate,
  ReviewUpdate,
} from '../../../contracts/review.schema.js';
import { isValidTimeZone } from '../../../engine/calendar/time-zone.js';
import type { Clock } from '../../clock/clock.js';
import { programToday } from '../../clock/program-clock.js';
import type { Database, Queryable } from '../../db/database.js';
import { columnChanges, lockVersionedRow, updateVersionedRow } from '../../db/versioned-row.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../domain-errors.js';
import type { Actor, RequestContext } from '../../request-context.js';
import { programSight } from '../access/program-sight.js';
import { recordAudit } from '../audit/audit.repository.js';
import {
  nextOccurrence,
  normalizeRecurrence,
  occurrencesBetween,
  recurrenceProblem,
  recurrenceInWords,
} from './review-recurrence.js';
import {
  findReview,
  inactiveUsers,
  insertReview,
  listReviews,
  missingPrograms,
  programZone,
  replaceReviewList,
  REVIEW_COLUMNS,
  type ReviewRow,
} from './review.repository.js';

const AUDIT_TYPE = 'review';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Who changes any portfolio review, besides the one who created it. */
const PORTFOLIO_REVIEW_ROLES = ['admin', 'tpm_manager'] as const;
const DEFAULT_OCCURRENCES = 10;

/** The series of a stored review, as the recurrence module reads it. */
export const seriesOf = (r: ReviewRow) => ({ startsOn: r.starts_on, recurrence: r.recurrence });

/**
 * Reviews: a recurring meeting over some programs or the whole portfolio. Every
 * write is one transaction with one audit row. "Today" is the review's today (on
 * its own clock), from the injected clock.
 */
/** Tells the people newly added to a review (not the one adding them) when it meets next. */
async function tellParticipants(
  tx: Queryable,
  ctx: RequestContext,
  review: Review,
  before: readonly string[],
): Promise<void> {
  const when = review.nextOccurrence ? `; it meets next on ${review.nextOccurrence}` : '';
  for (const userId of review.participantIds)
    if (!before.includes(userId) && userId !== ctx.actor?.id)
      await notify(tx, {
        userId,
        kind: 'assigned',
        message: `You were added to the review "${review.title}"${when}.`,
        subjectKind: 'review',
        subjectId: review.id,
        programId: review.programIds.length === 1 ? review.programIds[0]! : null,
        link: `/reviews/${review.id}`,
      });
}

export function createReviewService(db: Database, clock: Clock) {
  const todayOf = (r: ReviewRow) => programToday(clock, r.time_zone);

  function toReview(r: ReviewRow): Review {
    return {
      id: r.id,
      title: r.title,
      scope: r.scope,
      programIds: r.programs.map((p) => p.id),
      programs: r.programs,
      startsOn: r.starts_on,
      time: r.time_of_day,
      durationMinutes: r.duration_minutes,
      timeZone: r.time_zone,
      recurrence: r.recurrence,
      recurrenceText: recurrenceInWords(seriesOf(r)),
      participantIds: r.participants.map((p) => p.id),
      participants: r.participants,
      createdById: r.created_by,
      nextOccurrence: nextOccurrence(seriesOf(r), todayOf(r)),
      version: r.version,
      createdAt: new Date(r.created_at).toISOString(),
      updatedAt: new Date(r.updated_at).toISOString(),
    };
  }

  async function read(tx: Queryable, id: string): Promise<Review> {
    const row = await findReview(tx, id);
    if (!row) throw new NotFoundError('Review', id);
    return toReview(row);
  }

  /** Issues of the fields a write sets, given the series it will have. */
  async function writeIssues(
    tx: Queryable,
    input: ReviewCreate | ReviewUpdate,
    series: { startsOn: string; recurrence: string | null },
  ): Promise<Issue[]> {
    const issues: Issue[] = [];
    for (const id of await missingPrograms(tx, input.programIds ?? []))
      issues.push({
        path: `body.programIds[${input.programIds!.indexOf(id)}]`,
        code: 'not_found',
        message: 'is not a program',
      });
    for (const id of await inactiveUsers(tx, input.participantIds ?? []))
      issues.push({
        path: `body.participantIds[${input.participantIds!.indexOf(id)}]`,
        code: 'not_found',
        message: 'is not an active account',
      });
    if (input.timeZone !== undefined && !isValidTimeZone(input.timeZone))
      issues.push({
        path: 'body.timeZone',
        code: 'invalid',
        message: 'is not an IANA time zone (such as Europe/Berlin)',
      });
    const problem = recurrenceProblem(series);
    if (problem) issues.push({ path: 'body.recurrence', code: 'invalid', message: problem });
    return issues;
  }

  const fail = (issues: Issue[]) => {
    if (issues.length) throw new ValidationError(issues);
  };
  const stored = (recurrence: string | null | undefined) =>
    recurrence === undefined || recurrence === null ? recurrence : normalizeRecurrence(recurrence);

  return {
    read,
    todayOf,

    /**
     * Portfolio reviews to everyone signed in; a program review when the caller can
     * read every one of its programs (the rule GET /api/reviews/:id applies).
     */
    async list(ctx: RequestContext): Promise<{ items: Review[] }> {
      const sight = await programSight(db, ctx.actor);
      const rows = (await listReviews(db)).filter((r) =>
        r.programs.every((p) => sight.canRead(p.id)),
      );
      return { items: rows.map(toReview) };
    },

    get: (_ctx: RequestContext, id: string) => read(db, id),

    async create(ctx: RequestContext, input: ReviewCreate): Promise<Review> {
      return db.transaction(async (tx) => {
        const programIds = input.programIds ?? [];
        const recurrence = stored(input.recurrence) ?? null;
        fail(await writeIssues(tx, input, { startsOn: input.startsOn, recurrence }));
        const firstZone = programIds[0] ? await programZone(tx, programIds[0]) : undefined;
        const id = await insertReview(tx, {
          title: input.title,
          scope: programIds.length > 0 ? 'programs' : 'portfolio',
          startsOn: input.startsOn,
          time: input.time ?? null,
          durationMinutes: input.durationMinutes ?? null,
          timeZone: input.timeZone ?? firstZone ?? 'UTC',
          recurrence,
          createdBy: ctx.actor?.id ?? null,
        });
        await replaceReviewList(tx, id, 'programs', programIds);
        await replaceReviewList(tx, id, 'participants', input.participantIds ?? []);
        const after = await read(tx, id);
        await tellParticipants(tx, ctx, after, []);
        await recordAudit(tx, ctx, {
          entityType: AUDIT_TYPE,
          entityId: id,
          action: 'create',
          before: null,
          after,
          programId: programIds.length === 1 ? programIds[0]! : null,
        });
        return after;
      });
    },

    /** Changes only the fields named; the lists replace theirs (no programs: the portfolio). */
    async update(
      ctx: RequestContext,
      id: string,
      version: number,
      input: ReviewUpdate,
    ): Promise<Review> {
      return db.transaction(async (tx) => {
        await lockVersionedRow(tx, 'reviews', 'Review', id, version);
        const before = await read(tx, id);
        const recurrence = stored(input.recurrence);
        fail(
          await writeIssues(tx, input, {
            startsOn: input.startsOn ?? before.startsOn,
            recurrence: recurrence !== undefined ? recurrence : before.recurrence,
          }),
        );
        const changes = columnChanges({ ...input, recurrence }, REVIEW_COLUMNS);
        // Fields sent as null clear their column (columnChanges leaves out only the absent).
        for (const [field, column] of Object.entries(REVIEW_COLUMNS))
          if ((input as Record<string, unknown>)[field] === null) changes[column] = null;
        if (input.programIds) {
          changes.scope = input.programIds.length > 0 ? 'programs' : 'portfolio';
          await replaceReviewList(tx, id, 'programs', input.programIds);
        }
        if (input.participantIds)
          await replaceReviewList(tx, id, 'participants', input.participantIds);
        await updateVersionedRow(tx, 'reviews', id, changes);
        const after = await read(tx, id);
        await tellParticipants(tx, ctx, after, before.participantIds);
        await recordAudit(tx, ctx, {
          entityType: AUDIT_TYPE,
          entityId: id,
          action: 'update',
          before,
          after,
          programId: after.programs.length === 1 ? after.programs[0]!.id : null,
        });
        return after;
      });
    },

    /** Deletes the review with its outcomes; decisions it wrote stay in the decision log. */
    async remove(ctx: RequestContext, id: string, version: number): Promise<void> {
      await db.transaction(async (tx) => {
        await lockVersionedRow(tx, 'reviews', 'Review', id, version);
        const before = await read(tx, id);
        await tx.query('DELETE FROM reviews WHERE id = $1', [id]);
        await recordAudit(tx, ctx, {
          entityType: AUDIT_TYPE,
          entityId: id,
          action: 'delete',
          before,
          after: null,
          programId: before.programs.length === 1 ? before.programs[0]!.id : null,
        });
      });
    },

    async occurrences(
      _ctx: RequestContext,
      id: string,
      query: OccurrenceQuery,
    ): Promise<OccurrenceList> {
      const row = await findReview(db, id);
      if (!row) throw new NotFoundError('Review', id);
      const from = query.from ?? todayOf(row);
      // Without an end, twenty years past `from`: the limit stops most rules first.
      const to = query.to ?? `${Number(from.slice(0, 4)) + 20}-12-31`;
      if (to < from) throw ValidationError.field('query.to', 'invalid', 'must be on or after from');
      return {
        items: occurrencesBetween(seriesOf(row), from, to, query.limit ?? DEFAULT_OCCURRENCES),
      };
    },

    /**
     * A portfolio review (of no program) is changed by the one who created it, TPM
     * managers and admins; a program review follows its programs' rule (the
     * access-control plugin's). Runs before the body is read.
     */
    async assertMayChange(actor: Actor | null, id: string): Promise<void> {
      if (!actor || PORTFOLIO_REVIEW_ROLES.includes(actor.role as never)) return;
      if (!UUID.test(id)) return;
      const row = await findReview(db, id);
      if (row && row.scope === 'portfolio' && row.created_by !== actor.id)
        throw new ForbiddenError(
          'Only the one who created a portfolio review, TPM managers and admins can change it.',
        );
    },
  };
}
export type ReviewService = ReturnType<typeof createReviewService>;
