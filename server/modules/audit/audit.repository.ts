import type { AuditEvent, AuditListQuery } from '../../../contracts/account.schema.js';
import type { Queryable } from '../../db/database.js';
import type { RequestContext } from '../../request-context.js';

export interface AuditEntry {
  entityType: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
}

/** Appends one audit row; call it inside the transaction of the write it records. */
export async function recordAudit(
  tx: Queryable,
  ctx: RequestContext,
  entry: AuditEntry,
): Promise<void> {
  await tx.query(
    `INSERT INTO audit_events (actor_id, actor_email, entity_type, entity_id, action, before, after, request_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      ctx.actor?.id ?? null,
      ctx.actor?.email ?? null,
      entry.entityType,
      entry.entityId,
      entry.action,
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after),
      ctx.requestId,
    ],
  );
}

interface AuditRow {
  id: string;
  at: Date;
  actor_id: string | null;
  actor_email: string | null;
  entity_type: string;
  entity_id: string;
  action: string;
  before: unknown;
  after: unknown;
  request_id: string | null;
}

export async function listAudit(db: Queryable, query: AuditListQuery): Promise<AuditEvent[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (query.entityType) add('entity_type = ?', query.entityType);
  if (query.entityId) add('entity_id = ?', query.entityId);
  if (query.actorId) add('actor_id = ?', query.actorId);
  if (query.before) add('id < ?', query.before);
  params.push(query.limit ?? 100);
  const rows = await db.query<AuditRow>(
    `SELECT id::text, at, actor_id, actor_email, entity_type, entity_id, action, before, after, request_id
       FROM audit_events ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY id DESC LIMIT $${params.length}`,
    params,
  );
  return rows.rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actorId: r.actor_id,
    actorEmail: r.actor_email,
    entityType: r.entity_type,
    entityId: r.entity_id,
    action: r.action,
    before: r.before,
    after: r.after,
    requestId: r.request_id,
  }));
}
