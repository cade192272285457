import type {
  SuccessCriterion,
  SuccessCriterionCreate,
} from '../../../contracts/milestone.schema.js';
import type { AuditedEntity } from '../audit/audited-row.js';
import type { Queryable } from '../../db/database.js';

export interface SuccessCriterionRow {
  id: string;
  milestone_id: string;
  description: string;
  state: SuccessCriterion['state'];
  evidence_url: string | null;
  sort_order: number;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const SUCCESS_CRITERION_COLUMNS: Record<string, string> = {
  description: 'description',
  state: 'state',
  evidenceUrl: 'evidence_url',
  sortOrder: 'sort_order',
};

export function toSuccessCriterion(r: SuccessCriterionRow): SuccessCriterion {
  return {
    id: r.id,
    milestoneId: r.milestone_id,
    description: r.description,
    state: r.state,
    evidenceUrl: r.evidence_url,
    sortOrder: r.sort_order,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export async function findSuccessCriterion(
  db: Queryable,
  id: string,
): Promise<SuccessCriterionRow | undefined> {
  return (await db.query<SuccessCriterionRow>('SELECT * FROM success_criteria WHERE id = $1', [id]))
    .rows[0];
}

export const SUCCESS_CRITERION_ENTITY: AuditedEntity<SuccessCriterion> = {
  table: 'success_criteria',
  label: 'Success criterion',
  auditType: 'success_criterion',
  read: async (db, id) => toSuccessCriterion((await findSuccessCriterion(db, id))!),
};

/** Criteria of the given milestones, grouped by milestone, each group in its sort order. */
export async function criteriaByMilestone(
  db: Queryable,
  milestoneIds: string[],
): Promise<Map<string, SuccessCriterion[]>> {
  const byMilestone = new Map<string, SuccessCriterion[]>(milestoneIds.map((id) => [id, []]));
  if (milestoneIds.length === 0) return byMilestone;
  const r = await db.query<SuccessCriterionRow>(
    'SELECT * FROM success_criteria WHERE milestone_id = ANY($1::uuid[]) ORDER BY milestone_id, sort_order, created_at, id',
    [milestoneIds],
  );
  for (const row of r.rows) byMilestone.get(row.milestone_id)?.push(toSuccessCriterion(row));
  return byMilestone;
}

/** Without a sortOrder the criterion goes after the milestone's last one. */
export async function insertSuccessCriterion(
  db: Queryable,
  milestoneId: string,
  input: SuccessCriterionCreate,
): Promise<SuccessCriterionRow> {
  const r = await db.query<SuccessCriterionRow>(
    `INSERT INTO success_criteria (milestone_id, description, state, evidence_url, sort_order)
     VALUES ($1, $2, $3, $4,
             coalesce($5, (SELECT coalesce(max(sort_order) + 1, 0) FROM success_criteria WHERE milestone_id = $1)))
     RETURNING *`,
    [
      milestoneId,
      input.description,
      input.state ?? 'pending',
      input.evidenceUrl ?? null,
      input.sortOrder ?? null,
    ],
  );
  return r.rows[0]!;
}
