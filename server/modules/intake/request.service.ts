import { programSight, type ProgramSight } from '../access/program-sight.js';
import { systemClock, type Clock } from '../../clock/clock.js';
import type {
  IntakeRequest,
  RequestCreate,
  RequestDetail,
  RequestList,
  RequestListQuery,
  RequestState,
  WaitingBody,
} from '../../../contracts/intake.schema.js';
import { WRITER_ROLES } from '../../../contracts/account.schema.js';
import type { Database, Queryable } from '../../db/database.js';
import { lockVersionedRow, updateVersionedRow } from '../../db/versioned-row.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import { managerIds } from '../notifications/notification.repository.js';
import { notifyUsers } from '../notifications/notify.js';
import { listRequestEvents, recordRequestEvent } from './request-event.repository.js';
import { readSlaCalendar, readTemplate } from './request-template.repository.js';
import { slaSettings, toIntakeRequest, type SlaSettings } from './request-sla.js';
import {
  closePause,
  findRequest,
  insertRequest,
  listRequests,
  openPause,
  type NewRequest,
  type RequestRow,
} from './request.repository.js';
import { latestRoutingSuggestion } from './routing-suggestion.repository.js';

export const OPEN_STATES: readonly RequestState[] = ['new', 'acknowledged'];

export async function loadSlaSettings(db: Queryable): Promise<SlaSettings> {
  const template = await readTemplate(db);
  return slaSettings(template, await readSlaCalendar(db, template));
}

/** The row as the audit trail keeps it (no clocks: they change with time, not with writes). */
export function auditSnapshot(row: RequestRow): Record<string, unknown> {
  const { pauses: _pauses, slack_response_url: _url, ...rest } = row;
  return rest;
}

export function isTriager(ctx: RequestContext): boolean {
  return ctx.actor !== null && WRITER_ROLES.includes(ctx.actor.role);
}

/**
 * Creates a request inside the caller's transaction: the row, its first history
 * line, one audit row, and a notification to the managers.
 */
export async function createRequestInTx(
  tx: Queryable,
  ctx: RequestContext,
  input: NewRequest,
  actorName?: string,
): Promise<RequestRow> {
  const id = await insertRequest(tx, input);
  const row = (await findRequest(tx, id))!;
  await recordRequestEvent(tx, ctx, id, {
    kind: 'submitted',
    toState: 'new',
    note: `via ${input.source}`,
    ...(actorName ? { actorName } : {}),
  });
  await recordAudit(tx, ctx, {
    entityType: 'intake_request',
    entityId: id,
    action: 'create',
    before: null,
    after: auditSnapshot(row),
  });
  await notifyUsers(tx, await managerIds(tx), {
    requestId: id,
    kind: 'request_submitted',
    message: `New request #${row.number}: ${row.title}`,
  });
  return row;
}

/** Locks the request at the version the client read, applies `changes`, and writes one audit row. */
export async function updateRequestInTx(
  tx: Queryable,
  ctx: RequestContext,
  id: string,
  version: number,
  changes: Record<string, unknown>,
  check?: (row: RequestRow) => Promise<void> | void,
): Promise<{ before: RequestRow; after: RequestRow }> {
  await lockVersionedRow(tx, 'intake_requests', 'Request', id, version);
  const before = (await findRequest(tx, id))!;
  if (check) await check(before);
  await updateVersionedRow(tx, 'intake_requests', id, changes);
  const after = (await findRequest(tx, id))!;
  await recordAudit(tx, ctx, {
    entityType: 'intake_request',
    entityId: id,
    action: 'update',
    before: auditSnapshot(before),
    after: auditSnapshot(after),
  });
  return { before, after };
}

const programsOf = (rows: RequestRow[]) =>
  rows.flatMap((r) => (r.program_id ? [r.program_id] : []));

/** A request accepted into a program the caller may not see does not say which. */
const withSeenProgram = (sight: ProgramSight, r: IntakeRequest): IntakeRequest =>
  r.programId === null || sight.canRead(r.programId) ? r : { ...r, programId: null };

export function createRequestService(db: Database, clock: Clock = systemClock) {
  async function visibleRow(ctx: RequestContext, id: string): Promise<RequestRow> {
    const row = await findRequest(db, id);
    // A requester sees their own requests; TPMs see all. Someone else's request does not exist for them.
    if (!row || (!isTriager(ctx) && row.requester_id !== ctx.actor?.id))
      throw new NotFoundError('Request', id);
    return row;
  }

  return {
    async create(ctx: RequestContext, input: RequestCreate): Promise<IntakeRequest> {
      const actor = ctx.actor!;
      const row = await db.transaction(async (tx) => {
        const tz = await tx.query<{ time_zone: string }>(
          'SELECT time_zone FROM users WHERE id = $1',
          [actor.id],
        );
        return createRequestInTx(tx, ctx, {
          ...input,
          source: input.source ?? 'api',
          requesterId: actor.id,
          requesterName: actor.name,
          requesterTimeZone: tz.rows[0]?.time_zone ?? null,
          createdAt: clock(),
        });
      });
      return toIntakeRequest(row, await loadSlaSettings(db), clock().getTime());
    },

    async list(ctx: RequestContext, query: RequestListQuery): Promise<RequestList> {
      const scope = query.scope ?? (isTriager(ctx) ? 'queue' : 'mine');
      if (scope !== 'mine' && !isTriager(ctx))
        throw new ForbiddenError('Only TPMs see the whole queue; ask for scope=mine.');
      const stateFilter = query.state ?? (scope === 'queue' ? 'open' : 'all');
      const states =
        stateFilter === 'all' ? undefined : stateFilter === 'open' ? OPEN_STATES : [stateFilter];
      const rows = await listRequests(db, {
        ...(scope === 'mine' ? { requesterId: ctx.actor!.id } : {}),
        ...(scope === 'assigned' ? { assigneeId: ctx.actor!.id } : {}),
        ...(states ? { states } : {}),
      });
      const settings = await loadSlaSettings(db);
      const now = clock().getTime();
      const sight = await programSight(db, ctx.actor, programsOf(rows));
      return { items: rows.map((r) => withSeenProgram(sight, toIntakeRequest(r, settings, now))) };
    },

    async detail(ctx: RequestContext, id: string): Promise<RequestDetail> {
      const row = await visibleRow(ctx, id);
      const events = await listRequestEvents(db, id);
      const sight = await programSight(db, ctx.actor, programsOf([row]));
      return {
        request: withSeenProgram(
          sight,
          toIntakeRequest(row, await loadSlaSettings(db), clock().getTime()),
        ),
        events: events.map((e) => ({
          at: e.at.toISOString(),
          actorName: e.actor_name,
          kind: e.kind,
          fromState: e.from_state,
          toState: e.to_state,
          note: e.note,
        })),
        routing: isTriager(ctx) ? await latestRoutingSuggestion(db, id) : null,
      };
    },

    /** Waiting on the requester pauses both SLA clocks; resuming starts them again. */
    async setWaiting(ctx: RequestContext, id: string, body: WaitingBody): Promise<IntakeRequest> {
      const row = await db.transaction(async (tx) => {
        const { after } = await updateRequestInTx(tx, ctx, id, body.version, {}, (r) => {
          const waiting = r.pauses.some((p) => p.resumed_at === null);
          if (!OPEN_STATES.includes(r.state))
            throw ValidationError.field(
              'body.waiting',
              'closed',
              `request is ${r.state}; only open requests wait`,
            );
          if (waiting === body.waiting)
            throw ValidationError.field(
              'body.waiting',
              'unchanged',
              body.waiting ? 'already waiting on the requester' : 'not waiting on the requester',
            );
        });
        if (body.waiting) await openPause(tx, id, body.note ?? '', clock());
        else await closePause(tx, id, clock());
        await recordRequestEvent(tx, ctx, id, {
          kind: body.waiting ? 'waiting_on_requester' : 'resumed',
          note: body.note ?? '',
        });
        if (body.waiting && after.requester_id)
          await notifyUsers(tx, [after.requester_id], {
            requestId: id,
            kind: 'waiting_on_you',
            message: `Request #${after.number} waits on you${body.note ? `: ${body.note}` : ''}`,
          });
        return (await findRequest(tx, id))!;
      });
      return toIntakeRequest(row, await loadSlaSettings(db), clock().getTime());
    },
  };
}
export type RequestService = ReturnType<typeof createRequestService>;
