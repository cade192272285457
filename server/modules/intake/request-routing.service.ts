import { systemClock, type Clock } from '../../clock/clock.js';
import type {
  AssignBody,
  IntakeRequest,
  RoutingSuggestion,
} from '../../../contracts/intake.schema.js';
import {
  rankRoutingCandidates,
  type RoutingCandidate,
  type RoutingRequest,
} from '../../../engine/routing/route-request.js';
import type { Database, Queryable } from '../../db/database.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import { loadBetween } from '../capacity/capacity-weeks.js';
import { notifyUsers } from '../notifications/notify.js';
import { recordRequestEvent } from './request-event.repository.js';
import { loadSlaSettings, updateRequestInTx } from './request.service.js';
import { findRequest, type RequestRow } from './request.repository.js';
import { toIntakeRequest } from './request-sla.js';
import {
  findRoutingSuggestion,
  insertRoutingSuggestion,
  latestRoutingSuggestion,
  recordRoutingChoice,
  routingCandidates,
} from './routing-suggestion.repository.js';

/** Without a deadline, bandwidth is judged over the next eight weeks. */
const DEFAULT_HORIZON_DAYS = 56;

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

async function requesterWindow(
  db: Queryable,
  row: RequestRow,
): Promise<RoutingRequest['requesterWindow']> {
  if (row.requester_id) {
    const r = await db.query<{
      time_zone: string;
      working_hours_start: number;
      working_hours_end: number;
    }>('SELECT time_zone, working_hours_start, working_hours_end FROM users WHERE id = $1', [
      row.requester_id,
    ]);
    const u = r.rows[0];
    if (u)
      return {
        timeZone: u.time_zone,
        startMinutes: u.working_hours_start,
        endMinutes: u.working_hours_end,
      };
  }
  // Someone without an account (Slack, GitLab): a usual 09:00–17:00 day in their zone, when known.
  return row.requester_time_zone
    ? { timeZone: row.requester_time_zone, startMinutes: 540, endMinutes: 1020 }
    : null;
}

export function createRoutingService(db: Database, clock: Clock = systemClock) {
  return {
    /** Ranks the TPMs for a request now, and keeps the ranking (the KPI work measures routing quality from it). */
    async suggest(ctx: RequestContext, id: string): Promise<RoutingSuggestion> {
      const row = await findRequest(db, id);
      if (!row) throw new NotFoundError('Request', id);
      const now = clock().getTime();
      const from = isoDay(now);
      const deadline = row.deadline && row.deadline > from ? row.deadline : null;
      const to = deadline ?? isoDay(now + DEFAULT_HORIZON_DAYS * 86_400_000);
      // Bandwidth is the person's load as the heatmap counts it (allocations,
      // tasks in every program, time off, holidays), over the horizon.
      const people = await routingCandidates(db);
      const load = await loadBetween(
        db,
        people.map((p) => p.personId),
        { from, to },
      );
      const candidates: RoutingCandidate[] = people.map((p) => {
        const l = load.get(p.personId);
        return {
          ...p,
          allocatedHours: (l?.loadMinutes ?? 0) / 60,
          capacityHours: (l?.capacityMinutes ?? 0) / 60,
        };
      });
      const ranked = rankRoutingCandidates(
        { labels: [...row.teams, ...row.tags], requesterWindow: await requesterWindow(db, row) },
        candidates,
        now,
      );
      return db.transaction(async (tx) => {
        const suggestion = await insertRoutingSuggestion(tx, id, ranked);
        await recordAudit(tx, ctx, {
          entityType: 'routing_suggestion',
          entityId: suggestion.id,
          action: 'create',
          before: null,
          after: suggestion,
        });
        await recordRequestEvent(tx, ctx, id, {
          kind: 'routing_suggested',
          note: ranked.length ? `top suggestion: ${ranked[0]!.name}` : 'no TPM to suggest',
        });
        return suggestion;
      });
    },

    async latest(id: string): Promise<RoutingSuggestion | null> {
      if (!(await findRequest(db, id))) throw new NotFoundError('Request', id);
      return latestRoutingSuggestion(db, id);
    },

    /** The manager's one click: assigns, and records the choice on the ranking it came from. */
    async assign(ctx: RequestContext, id: string, body: AssignBody): Promise<IntakeRequest> {
      if (!ctx.actor || !['tpm_manager', 'admin'].includes(ctx.actor.role))
        throw new ForbiddenError('Only a TPM manager assigns requests.');
      const row = await db.transaction(async (tx) => {
        const person = await tx.query<{ name: string; role: string }>(
          'SELECT name, role FROM users WHERE id = $1',
          [body.assigneeId],
        );
        const assignee = person.rows[0];
        if (!assignee) throw new NotFoundError('User', body.assigneeId, 'body.assigneeId');
        if (!['tpm', 'tpm_manager', 'admin'].includes(assignee.role))
          throw ValidationError.field(
            'body.assigneeId',
            'not_a_tpm',
            `a ${assignee.role} cannot pick up requests`,
          );
        const suggestion = body.suggestionId
          ? await findRoutingSuggestion(tx, body.suggestionId)
          : await latestRoutingSuggestion(tx, id);
        if (body.suggestionId && (!suggestion || suggestion.requestId !== id))
          throw ValidationError.field(
            'body.suggestionId',
            'invalid',
            'not a routing suggestion of this request',
          );
        const { before } = await updateRequestInTx(tx, ctx, id, body.version, {
          assignee_id: body.assigneeId,
        });
        if (suggestion) {
          const rank = suggestion.candidates.findIndex((c) => c.personId === body.assigneeId);
          await recordRoutingChoice(tx, suggestion.id, {
            userId: body.assigneeId,
            rank: rank < 0 ? null : rank + 1,
            chosenBy: ctx.actor!.id,
          });
        }
        await recordRequestEvent(tx, ctx, id, {
          kind: 'assigned',
          note: before.assignee_name
            ? `${assignee.name} (was ${before.assignee_name})`
            : assignee.name,
        });
        await notifyUsers(tx, [body.assigneeId], {
          requestId: id,
          kind: 'request_assigned',
          message: `Request #${before.number} is yours: ${before.title}`,
        });
        return (await findRequest(tx, id))!;
      });
      return toIntakeRequest(row, await loadSlaSettings(db), clock().getTime());
    },
  };
}
export type RoutingService = ReturnType<typeof createRoutingService>;
