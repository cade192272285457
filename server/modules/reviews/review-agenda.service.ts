import type {
  Agenda,
  AgendaItemSnapshot,
  ReviewOutcome,
  ReviewOutcomeCreate,
} from '../../../contracts/review.schema.js';
import type { ActionItemService } from '../action-items/action-item.service.js';
import {
  buildReviewAgenda,
  type AgendaCandidate,
  type AgendaItem,
  type AgendaOutcome,
} from '../../../engine/reporting/review-agenda.js';
import type { Database, Queryable } from '../../db/database.js';
import { lockVersionedRow } from '../../db/versioned-row.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { programStandings } from '../access/access.repository.js';
import { grants, programAccess } from '../access/program-access-policy.js';
import { programSight } from '../access/program-sight.js';
import { recordAudit } from '../audit/audit.repository.js';
import {
  PORTFOLIO_DECISION_REFUSAL,
  PORTFOLIO_DECISION_ROLES,
  type DecisionService,
} from '../decisions/decision.service.js';
import type { ScheduleService } from '../schedules/schedule.service.js';
import {
  actionItemItems,
  changeRequestItems,
  decisionItems,
  milestoneItems,
  overAllocationItems,
  programHealthItems,
  riskItems,
} from './agenda-candidates.js';
import {
  actionItemsStillOpen,
  allPrograms,
  changeRequestsAwaitingDecision,
  decisionsNeeded,
  milestoneDates,
  overAllocatedPeople,
  overdueActionItems,
  programsNotGreen,
  risksDueForReview,
  type ProgramRef,
} from './agenda-sources.repository.js';
import { isOccurrence, nextOccurrence } from './review-recurrence.js';
import {
  findOutcome,
  findReview,
  inactiveUsers,
  insertOutcome,
  listOutcomes,
  type OutcomeRow,
  type ReviewRow,
} from './review.repository.js';
import { seriesOf, type ReviewService } from './review.service.js';

const OUTCOME_AUDIT_TYPE = 'review_outcome';
type StoredOutcome = AgendaOutcome & { api: ReviewOutcome };

function toOutcome(o: OutcomeRow): ReviewOutcome {
  return {
    id: o.id,
    reviewId: o.review_id,
    date: o.occurrence_on,
    itemKey: o.item_key,
    item: o.item,
    kind: o.kind,
    text: o.text,
    resolved: o.resolved,
    decisionId: o.decision_id,
    actionItem: o.action_item,
    actionItemId: o.action_item_id,
    createdById: o.created_by,
    createdByName: o.created_by_name,
    createdAt: new Date(o.created_at).toISOString(),
    version: o.version,
  };
}

/** Only the snapshot's own fields are stored (an agenda item also carries outcomes). */
const snapshotOf = (c: AgendaCandidate): AgendaItemSnapshot => ({
  key: c.key,
  kind: c.kind,
  title: c.title,
  detail: c.detail,
  programId: c.programId,
  programName: c.programName,
  subjectKind: c.subjectKind,
  subjectId: c.subjectId,
  link: c.link,
});

/**
 * A review's generated agenda and the outcomes recorded against its items.
 * Reading an agenda brings the programs' stored schedules up to date (as reading
 * a schedule does) so that slipped milestones are judged on today's plan.
 */
export function createReviewAgendaService(
  db: Database,
  deps: {
    reviews: ReviewService;
    schedules: ScheduleService;
    decisions: DecisionService;
    actionItems: ActionItemService;
  },
) {
  async function reviewRow(tx: Queryable, id: string): Promise<ReviewRow> {
    const row = await findReview(tx, id);
    if (!row) throw new NotFoundError('Review', id);
    return row;
  }

  /** The review's programs the caller sees: every program for a portfolio review. */
  async function programsOf(tx: Queryable, ctx: RequestContext, row: ReviewRow) {
    const sight = await programSight(tx, ctx.actor);
    const programs: ProgramRef[] = row.scope === 'portfolio' ? await allPrograms(tx) : row.programs;
    return { sight, programs: programs.filter((p) => sight.canRead(p.id)) };
  }

  /** Brings each program's stored schedule up to date; a program that cannot be scheduled keeps its last one. */
  async function refreshSchedules(tx: Queryable, programIds: string[]) {
    for (const id of programIds) {
      await tx.query('SAVEPOINT agenda_schedule');
      try {
        await deps.schedules.current(tx, id);
        await tx.query('RELEASE SAVEPOINT agenda_schedule');
      } catch {
        await tx.query('ROLLBACK TO SAVEPOINT agenda_schedule');
      }
    }
  }

  async function liveItems(
    tx: Queryable,
    row: ReviewRow,
    programs: ProgramRef[],
    date: string,
  ): Promise<AgendaCandidate[]> {
    const ids = programs.map((p) => p.id);
    await refreshSchedules(tx, ids);
    const today = deps.reviews.todayOf(row);
    return [
      ...programHealthItems(await programsNotGreen(tx, ids, date)),
      ...milestoneItems(await milestoneDates(tx, ids)),
      ...decisionItems(
        await decisionsNeeded(tx, ids, date, row.scope === 'portfolio'),
        (neededBy) => neededBy < today,
      ),
      ...changeRequestItems(await changeRequestsAwaitingDecision(tx, ids)),
      ...riskItems(await risksDueForReview(tx, ids, date)),
      ...actionItemItems(await overdueActionItems(tx, ids, date, row.scope === 'portfolio')),
      ...overAllocationItems(await overAllocatedPeople(tx, ids, date), programs),
    ];
  }

  async function agendaAt(
    tx: Queryable,
    ctx: RequestContext,
    row: ReviewRow,
    date: string,
  ): Promise<AgendaItem<StoredOutcome>[]> {
    const { sight, programs } = await programsOf(tx, ctx, row);
    const rows = await listOutcomes(tx, row.id, date);
    const open = await actionItemsStillOpen(
      tx,
      rows.filter((o) => o.kind === 'action_item').map((o) => o.id),
    );
    const outcomes: StoredOutcome[] = rows.map((o) => ({
      itemKey: o.item_key,
      occurrenceOn: o.occurrence_on,
      kind: o.kind,
      resolved: o.resolved,
      actionItemOpen: open.get(o.id) ?? false,
      item: o.item,
      api: toOutcome(o),
    }));
    const items = buildReviewAgenda({
      date,
      live: await liveItems(tx, row, programs, date),
      outcomes,
    });
    // Carried-over items of a program the caller no longer sees stay hidden.
    return items.filter((i) => i.programId === null || sight.canRead(i.programId));
  }

  function occurrenceDate(row: ReviewRow, date: string, path: string) {
    if (!isOccurrence(seriesOf(row), date))
      throw ValidationError.field(path, 'invalid', 'is not a day on which this review meets');
  }

  /** Whether the caller may write into the program's (or the portfolio's) decision log. */
  async function assertMayDecide(tx: Queryable, ctx: RequestContext, programId: string | null) {
    const actor = ctx.actor;
    if (!actor) return;
    if (programId === null) {
      if (!PORTFOLIO_DECISION_ROLES.includes(actor.role as never))
        throw new ForbiddenError(PORTFOLIO_DECISION_REFUSAL);
      return;
    }
    const [standing] = await programStandings(tx, 'program', [programId], actor.id);
    const access = standing && programAccess(actor.role, standing.visibility, standing.membership);
    if (!access || !grants(access, 'write'))
      throw new ForbiddenError(
        'Recording a decision writes into the program’s decision log: you can read this program but not change it.',
      );
  }

  function outcomeIssues(input: ReviewOutcomeCreate) {
    const issues = [];
    if (input.resolved !== undefined && input.kind !== 'note')
      issues.push({ path: 'body.resolved', code: 'invalid', message: 'is for notes only' });
    if (input.decisionTitle !== undefined && input.kind !== 'decision')
      issues.push({
        path: 'body.decisionTitle',
        code: 'invalid',
        message: 'is for decisions only',
      });
    if (input.actionItem !== undefined && input.kind !== 'action_item')
      issues.push({
        path: 'body.actionItem',
        code: 'invalid',
        message: 'is for action items only',
      });
    if (input.actionItem === undefined && input.kind === 'action_item')
      issues.push({
        path: 'body.actionItem',
        code: 'required',
        message: 'is needed for an action item: give at least its title',
      });
    return issues;
  }

  return {
    async agenda(ctx: RequestContext, id: string, query: { date?: string }): Promise<Agenda> {
      return db.transaction(async (tx) => {
        const row = await reviewRow(tx, id);
        let date = query.date;
        if (date === undefined) {
          date = nextOccurrence(seriesOf(row), deps.reviews.todayOf(row)) ?? undefined;
          if (date === undefined)
            throw ValidationError.field(
              'query.date',
              'required',
              'is needed: this review has no occurrence left, so name the day of a past one',
            );
        } else occurrenceDate(row, date, 'query.date');
        const items = await agendaAt(tx, ctx, row, date);
        return {
          reviewId: id,
          date,
          items: items.map(({ outcomes, ...item }) => ({
            ...snapshotOf(item),
            ...(item.carriedOverFrom ? { carriedOverFrom: item.carriedOverFrom } : {}),
            outcomes: outcomes.map((o) => o.api),
          })),
        };
      });
    },

    /**
     * Records what was said or decided about one item of one occurrence's agenda,
     * with the item as shown. A decision also goes into the decision log (of the
     * item's program, or the portfolio's), in the same transaction.
     */
    async addOutcome(
      ctx: RequestContext,
      id: string,
      input: ReviewOutcomeCreate,
    ): Promise<ReviewOutcome> {
      return db.transaction(async (tx) => {
        const row = await reviewRow(tx, id);
        const issues = outcomeIssues(input);
        if (
          input.actionItem?.ownerId &&
          (await inactiveUsers(tx, [input.actionItem.ownerId])).length
        )
          issues.push({
            path: 'body.actionItem.ownerId',
            code: 'not_found',
            message: 'is not an active account',
          });
        if (issues.length) throw new ValidationError(issues);
        occurrenceDate(row, input.date, 'body.date');
        const item = (await agendaAt(tx, ctx, row, input.date)).find(
          (i) => i.key === input.itemKey,
        );
        if (!item)
          throw ValidationError.field(
            'body.itemKey',
            'not_found',
            'is not an item of that occurrence’s agenda',
          );
        let decisionId: string | null = null;
        if (input.kind === 'decision') {
          await assertMayDecide(tx, ctx, item.programId);
          const decision = await deps.decisions.createIn(tx, ctx, item.programId, {
            title: input.decisionTitle ?? item.title.slice(0, 300),
            context:
              `Decided at the review "${row.title}" on ${input.date}, on: ${item.title}. ${item.detail}`.slice(
                0,
                10000,
              ),
            decision: input.text,
            status: 'decided',
            decidedOn: input.date,
            ...(item.subjectKind === 'risk' && item.programId ? { riskIds: [item.subjectId] } : {}),
            ...(item.subjectKind === 'change_request'
              ? { changeRequestIds: [item.subjectId] }
              : {}),
          });
          decisionId = decision.id;
        }
        let actionItemId: string | null = null;
        if (input.kind === 'action_item' && input.actionItem) {
          // One transaction: the item (source: this review) and the outcome that names it.
          const actionItem = await deps.actionItems.createIn(tx, ctx, {
            title: input.actionItem.title,
            notes:
              `From the review "${row.title}" on ${input.date}: ${item.title}. ${input.text}`.slice(
                0,
                10000,
              ),
            ...(input.actionItem.ownerId ? { ownerId: input.actionItem.ownerId } : {}),
            dueDate: input.actionItem.dueDate ?? null,
            programId: item.programId,
            sourceKind: 'review',
            sourceId: row.id,
          });
          actionItemId = actionItem.id;
        }
        const outcomeId = await insertOutcome(tx, {
          reviewId: id,
          date: input.date,
          item: snapshotOf(item),
          kind: input.kind,
          text: input.text,
          resolved: input.kind === 'note' && input.resolved === true,
          decisionId,
          actionItem: input.actionItem ?? null,
          actionItemId,
          createdBy: ctx.actor?.id ?? null,
        });
        const after = toOutcome((await findOutcome(tx, outcomeId))!);
        await recordAudit(tx, ctx, {
          entityType: OUTCOME_AUDIT_TYPE,
          entityId: outcomeId,
          action: 'create',
          before: null,
          after,
          programId: item.programId,
        });
        return after;
      });
    },

    /** Deletes one outcome; a decision it wrote stays in the decision log. */
    async removeOutcome(
      ctx: RequestContext,
      id: string,
      outcomeId: string,
      version: number,
    ): Promise<void> {
      await db.transaction(async (tx) => {
        const found = await findOutcome(tx, outcomeId);
        if (!found || found.review_id !== id) throw new NotFoundError('Review outcome', outcomeId);
        await lockVersionedRow(tx, 'review_outcomes', 'Review outcome', outcomeId, version);
        await tx.query('DELETE FROM review_outcomes WHERE id = $1', [outcomeId]);
        await recordAudit(tx, ctx, {
          entityType: OUTCOME_AUDIT_TYPE,
          entityId: outcomeId,
          action: 'delete',
          before: toOutcome(found),
          after: null,
          programId: found.item.programId,
        });
      });
    },
  };
}
export type ReviewAgendaService = ReturnType<typeof createReviewAgendaService>;
