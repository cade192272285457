import type { AuditEvent, AuditListQuery } from '../../../contracts/account.schema.js';
import type { Queryable } from '../../db/database.js';
import type { RequestContext } from '../../request-context.js';

export interface AuditEntry {
  entityType: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
  /** The program the entity belongs to, when its before/after objects do not say. */
  programId?: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function field(value: unknown, name: string): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const found = (value as Record<string, unknown>)[name];
  return typeof found === 'string' && UUID.test(found) ? found : null;
}

/**
 * The program an audited entity belongs to, so the viewer can show a program's
 * events and everything under it: the program itself, the `programId` of the
 * object (workstreams, tasks, risks...), or a success criterion's milestone's.
 * Migration 0017 backfilled older events the same way.
 */
async function programOf(tx: Queryable, entry: AuditEntry): Promise<string | null> {
  if (entry.programId !== undefined) return entry.programId;
  if (entry.entityType === 'program') return UUID.test(entry.entityId) ? entry.entityId : null;
  const direct = field(entry.after, 'programId') ?? field(entry.before, 'programId');
  if (direct) return direct;
  const milestoneId = field(entry.after, 'milestoneId') ?? field(entry.before, 'milestoneId');
  if (!milestoneId) return null;
  const found = await tx.query<{ program_id: string }>(
    'SELECT program_id FROM milestones WHERE id = $1',
    [milestoneId],
  );
  return found.rows[0]?.program_id ?? null;
}

/** Appends one audit row; call it inside the transaction of the write it records. */
export async function recordAudit(
  tx: Queryable,
  ctx: RequestContext,
  entry: AuditEntry,
): Promise<void> {
  await tx.query(
    `INSERT INTO audit_events (actor_id, actor_email, entity_type, entity_id, action, before, after, request_id, program_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      ctx.actor?.id ?? null,
      ctx.actor?.email ?? null,
      entry.entityType,
      entry.entityId,
      entry.action,
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after),
      ctx.requestId,
      await programOf(tx, entry),
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
  program_id: string | null;
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
  if (query.programId) add('program_id = ?', query.programId);
  if (query.from) add('at >= ?::timestamptz', query.from);
  if (query.to) add('at < ?::timestamptz', query.to);
  if (query.before) add('id < ?::bigint', query.before);
  params.push(query.limit ?? 100);
  // Order by the table's bigint id, never the text alias: as text "9" sorts after "53".
  const rows = await db.query<AuditRow>(
    `SELECT e.id::text AS id, e.at, e.actor_id, e.actor_email, e.entity_type, e.entity_id,
            e.program_id, e.action, e.before, e.after, e.request_id
       FROM audit_events e ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY e.id DESC LIMIT $${params.length}`,
    params,
  );
  return rows.rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actorId: r.actor_id,
    actorEmail: r.actor_email,
    entityType: r.entity_type,
    entityId: r.entity_id,
    programId: r.program_id,
    action: r.action,
    before: r.before,
    after: r.after,
    requestId: r.request_id,
  }));
}
