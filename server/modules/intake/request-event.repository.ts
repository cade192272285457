import type { Queryable } from '../../db/database.js';
import type { RequestContext } from '../../request-context.js';

export interface RequestEventRow {
  at: Date;
  actor_name: string;
  kind: string;
  from_state: string | null;
  to_state: string | null;
  note: string;
}

/** One line of the history the requester sees. `actorName` overrides the actor (Slack, GitLab, the SLA job). */
export async function recordRequestEvent(
  tx: Queryable,
  ctx: RequestContext,
  requestId: string,
  event: {
    kind: string;
    fromState?: string | null;
    toState?: string | null;
    note?: string;
    actorName?: string;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO intake_request_events (request_id, actor_id, actor_name, kind, from_state, to_state, note)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      requestId,
      ctx.actor?.id ?? null,
      event.actorName ?? ctx.actor?.name ?? 'Waymark',
      event.kind,
      event.fromState ?? null,
      event.toState ?? null,
      event.note ?? '',
    ],
  );
}

export async function listRequestEvents(
  db: Queryable,
  requestId: string,
): Promise<RequestEventRow[]> {
  const r = await db.query<RequestEventRow>(
    'SELECT at, actor_name, kind, from_state, to_state, note FROM intake_request_events WHERE request_id = $1 ORDER BY id',
    [requestId],
  );
  return r.rows;
}
