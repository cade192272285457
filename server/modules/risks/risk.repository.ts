import type {
  ProgramRisk,
  ProgramRiskCreate,
  RiskCategory,
  RiskResponse,
  RiskStatus,
} from '../../../contracts/risk.schema.js';
import type { Queryable } from '../../db/database.js';
import type { AuditedEntity } from '../audit/audited-row.js';
import type { RiskRegisterRow } from './risk-row.js';
import { likelihoodOf } from './risk-score.js';

export function toProgramRisk(r: RiskRegisterRow): ProgramRisk {
  const likelihood = likelihoodOf(r.probability);
  return {
    id: r.id,
    programId: r.program_id,
    programName: r.program_name,
    title: r.title,
    probability: r.probability,
    delayHours: r.delay_hours,
    cost: r.cost,
    taskIds: r.task_ids,
    description: r.description,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    category: r.category as RiskCategory,
    status: r.status as RiskStatus,
    response: r.response as RiskResponse | null,
    mitigation: r.mitigation,
    mitigationDueDate: r.mitigation_due_date,
    contingency: r.contingency,
    trigger: r.trigger_event,
    proximityDate: r.proximity_date,
    delayOptimisticHours: r.delay_optimistic_hours,
    delayPessimisticHours: r.delay_pessimistic_hours,
    impact: r.impact,
    likelihood,
    score: likelihood * r.impact,
    reviewDate: r.review_date,
    occurredAt: r.occurred_at?.toISOString() ?? null,
    closedAt: r.closed_at?.toISOString() ?? null,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

/** Body field -> column, for PATCH (only the fields named change). */
export const RISK_COLUMNS: Record<string, string> = {
  title: 'title',
  probability: 'probability',
  delayHours: 'delay_hours',
  cost: 'cost',
  taskIds: 'task_ids',
  description: 'description',
  ownerId: 'owner_id',
  category: 'category',
  status: 'status',
  response: 'response',
  mitigation: 'mitigation',
  mitigationDueDate: 'mitigation_due_date',
  contingency: 'contingency',
  trigger: 'trigger_event',
  proximityDate: 'proximity_date',
  delayOptimisticHours: 'delay_optimistic_hours',
  delayPessimisticHours: 'delay_pessimistic_hours',
  impact: 'impact',
  reviewDate: 'review_date',
};

const SELECT_RISKS = `SELECT r.*, u.name AS owner_name, p.name AS program_name
  FROM program_risks r
  JOIN programs p ON p.id = r.program_id
  LEFT JOIN users u ON u.id = r.owner_id`;

export async function findRisk(db: Queryable, id: string): Promise<RiskRegisterRow | undefined> {
  return (await db.query<RiskRegisterRow>(`${SELECT_RISKS} WHERE r.id = $1`, [id])).rows[0];
}

export const RISK_ENTITY: AuditedEntity<ProgramRisk> = {
  table: 'program_risks',
  label: 'Risk',
  auditType: 'program_risk',
  read: async (db, id) => toProgramRisk((await findRisk(db, id))!),
};

/** Filters of a risk list; each one left out matches every risk. */
export interface RiskFilter {
  programIds?: readonly string[];
  statuses?: readonly string[];
  ownerId?: string;
  category?: string;
}

export async function listRiskRows(db: Queryable, f: RiskFilter): Promise<RiskRegisterRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (f.programIds) add((n) => `r.program_id = ANY(${n}::uuid[])`, f.programIds);
  if (f.statuses) add((n) => `r.status = ANY(${n}::text[])`, f.statuses);
  if (f.ownerId) add((n) => `r.owner_id = ${n}`, f.ownerId);
  if (f.category) add((n) => `r.category = ${n}`, f.category);
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  return (
    await db.query<RiskRegisterRow>(
      `${SELECT_RISKS} ${clause} ORDER BY p.name, r.program_id, r.created_at, r.id`,
      params,
    )
  ).rows;
}

/** A program's risks, every status (the forecast keeps those that feed it). */
export async function listRisks(db: Queryable, programId: string): Promise<RiskRegisterRow[]> {
  return listRiskRows(db, { programIds: [programId] });
}

/** The risks of several programs (a portfolio run). */
export async function listRisksOf(
  db: Queryable,
  programIds: readonly string[],
): Promise<RiskRegisterRow[]> {
  return listRiskRows(db, { programIds });
}

/** A new risk with the register's defaults for what the body leaves out; the stamps as `status` says. */
export async function insertRisk(
  tx: Queryable,
  programId: string,
  input: ProgramRiskCreate,
  now?: Date,
): Promise<string> {
  const status = input.status ?? 'open';
  const r = await tx.query<{ id: string }>(
    `INSERT INTO program_risks (program_id, title, probability, delay_hours, cost, task_ids,
       description, owner_id, category, status, response, mitigation, mitigation_due_date,
       contingency, trigger_event, proximity_date, delay_optimistic_hours, delay_pessimistic_hours,
       impact, review_date, occurred_at, closed_at)
     VALUES ($1, $2, $3, $4, $5, $6::uuid[], $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17,
       $18, $19, $20, $21, $22) RETURNING id`,
    [
      programId,
      input.title,
      input.probability ?? 0.5,
      input.delayHours ?? 0,
      input.cost ?? null,
      input.taskIds ?? [],
      input.description ?? null,
      input.ownerId ?? null,
      input.category ?? 'other',
      status,
      input.response ?? null,
      input.mitigation ?? null,
      input.mitigationDueDate ?? null,
      input.contingency ?? null,
      input.trigger ?? null,
      input.proximityDate ?? null,
      input.delayOptimisticHours ?? null,
      input.delayPessimisticHours ?? null,
      input.impact ?? 3,
      input.reviewDate ?? null,
      status === 'occurred' ? (now ?? null) : null,
      status === 'closed' ? (now ?? null) : null,
    ],
  );
  return r.rows[0]!.id;
}

/** The ids among `taskIds` that are not tasks of the program (share-locking those that are). */
export async function tasksOutsideProgram(
  tx: Queryable,
  programId: string,
  taskIds: string[],
): Promise<string[]> {
  const r = await tx.query<{ id: string }>(
    'SELECT id FROM tasks WHERE program_id = $1 AND id = ANY($2::uuid[]) FOR KEY SHARE',
    [programId, taskIds],
  );
  const found = new Set(r.rows.map((row) => row.id));
  return taskIds.filter((id) => !found.has(id));
}

/** Whether `userId` is an account that is active (an owner must be). */
export async function isActiveUser(db: Queryable, userId: string): Promise<boolean> {
  const r = await db.query('SELECT 1 FROM users WHERE id = $1 AND active', [userId]);
  return r.rows.length > 0;
}
