import type {
  ChangeRequest,
  ChangeRequestImpact,
  PlanChange,
} from '../../../contracts/change-request.schema.js';
import type { Queryable } from '../../db/database.js';
import type { AuditedEntity } from '../audit/audited-row.js';

export interface ChangeRequestRow {
  id: string;
  program_id: string;
  number: number;
  title: string;
  reason: string;
  requested_by_id: string | null;
  requested_by_name: string | null;
  changes: PlanChange[];
  status: ChangeRequest['status'];
  decision_reason: string | null;
  decided_by_id: string | null;
  decided_at: Date | null;
  deferred_until: string | null;
  baseline_id: string | null;
  impact: ChangeRequestImpact | null;
  plan_hash: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const CHANGE_REQUEST_COLUMNS: Record<string, string> = {
  title: 'title',
  reason: 'reason',
};

/** "CR-3": how people name a change request of a program. */
export const changeRequestLabel = (n: number) => `CR-${n}`;

export function toChangeRequest(r: ChangeRequestRow): ChangeRequest {
  return {
    id: r.id,
    programId: r.program_id,
    number: r.number,
    label: changeRequestLabel(r.number),
    title: r.title,
    reason: r.reason,
    requestedById: r.requested_by_id,
    requestedByName: r.requested_by_name,
    changes: r.changes,
    status: r.status,
    decision:
      r.decided_at === null
        ? null
        : {
            outcome: r.status === 'draft' || r.status === 'submitted' ? 'deferred' : r.status,
            reason: r.decision_reason ?? '',
            decidedById: r.decided_by_id,
            decidedAt: r.decided_at.toISOString(),
            deferredUntil: r.deferred_until,
          },
    baselineId: r.baseline_id,
    impact: r.impact,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

const SELECT = `SELECT c.*, u.name AS requested_by_name
  FROM change_requests c LEFT JOIN users u ON u.id = c.requested_by_id`;

export async function findChangeRequest(
  db: Queryable,
  id: string,
): Promise<ChangeRequestRow | undefined> {
  return (await db.query<ChangeRequestRow>(`${SELECT} WHERE c.id = $1`, [id])).rows[0];
}

export async function listChangeRequests(
  db: Queryable,
  programId: string,
  status: ChangeRequest['status'] | undefined,
): Promise<ChangeRequestRow[]> {
  return (
    await db.query<ChangeRequestRow>(
      `${SELECT} WHERE c.program_id = $1 AND ($2::text IS NULL OR c.status = $2)
        ORDER BY c.number DESC`,
      [programId, status ?? null],
    )
  ).rows;
}

/** The next number of the program: call it with the program locked (lockProgramForPlanning is not enough: FOR UPDATE). */
export async function insertChangeRequest(
  tx: Queryable,
  values: {
    programId: string;
    title: string;
    reason: string;
    requestedById: string | null;
    changes: readonly PlanChange[];
    status: 'draft' | 'submitted';
    impact: ChangeRequestImpact;
  },
): Promise<string> {
  // Numbers are handed out one program at a time: the program row is the lock.
  await tx.query('SELECT id FROM programs WHERE id = $1 FOR NO KEY UPDATE', [values.programId]);
  const r = await tx.query<{ id: string }>(
    `INSERT INTO change_requests
       (program_id, number, title, reason, requested_by_id, changes, status, impact, plan_hash)
     VALUES ($1, (SELECT coalesce(max(number), 0) + 1 FROM change_requests WHERE program_id = $1),
             $2, $3, $4, $5, $6, $7, $8)
     RETURNING id`,
    [
      values.programId,
      values.title,
      values.reason,
      values.requestedById,
      JSON.stringify(values.changes),
      values.status,
      JSON.stringify(values.impact),
      values.impact.planHash,
    ],
  );
  return r.rows[0]!.id;
}

/** Derived data, as the stored schedule: a recomputed impact changes neither the version nor the audit log. */
export async function storeImpact(
  db: Queryable,
  id: string,
  impact: ChangeRequestImpact,
): Promise<void> {
  await db.query('UPDATE change_requests SET impact = $2, plan_hash = $3 WHERE id = $1', [
    id,
    JSON.stringify(impact),
    impact.planHash,
  ]);
}

export const CHANGE_REQUEST_ENTITY: AuditedEntity<ChangeRequest> = {
  table: 'change_requests',
  label: 'Change request',
  auditType: 'change_request',
  // The impact is derived data (recomputed as the plan moves): audit rows keep the request itself.
  read: async (db, id) => ({
    ...toChangeRequest((await findChangeRequest(db, id))!),
    impact: null,
  }),
};
