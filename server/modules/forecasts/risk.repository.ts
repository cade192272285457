import type { ProgramRisk, ProgramRiskCreate } from '../../../contracts/forecast.schema.js';
import type { Queryable } from '../../db/database.js';
import type { AuditedEntity } from '../audit/audited-row.js';
import type { RiskRow } from './program-forecast-input.js';

export function toProgramRisk(r: RiskRow): ProgramRisk {
  return {
    id: r.id,
    programId: r.program_id,
    title: r.title,
    probability: r.probability,
    delayHours: r.delay_hours,
    cost: r.cost,
    taskIds: r.task_ids,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export const RISK_COLUMNS: Record<string, string> = {
  title: 'title',
  probability: 'probability',
  delayHours: 'delay_hours',
  cost: 'cost',
  taskIds: 'task_ids',
};

export async function findRisk(db: Queryable, id: string): Promise<RiskRow | undefined> {
  return (await db.query<RiskRow>('SELECT * FROM program_risks WHERE id = $1', [id])).rows[0];
}

export const RISK_ENTITY: AuditedEntity<ProgramRisk> = {
  table: 'program_risks',
  label: 'Risk',
  auditType: 'program_risk',
  read: async (db, id) => toProgramRisk((await findRisk(db, id))!),
};

export async function listRisks(db: Queryable, programId: string): Promise<RiskRow[]> {
  return (
    await db.query<RiskRow>(
      'SELECT * FROM program_risks WHERE program_id = $1 ORDER BY created_at, id',
      [programId],
    )
  ).rows;
}

export async function insertRisk(
  tx: Queryable,
  programId: string,
  input: ProgramRiskCreate,
): Promise<string> {
  const r = await tx.query<{ id: string }>(
    `INSERT INTO program_risks (program_id, title, probability, delay_hours, cost, task_ids)
     VALUES ($1, $2, $3, $4, $5, $6::uuid[]) RETURNING id`,
    [
      programId,
      input.title,
      input.probability,
      input.delayHours,
      input.cost ?? null,
      input.taskIds,
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

/** The risks of several programs (a portfolio run). */
export async function listRisksOf(
  db: Queryable,
  programIds: readonly string[],
): Promise<RiskRow[]> {
  return (
    await db.query<RiskRow>(
      'SELECT * FROM program_risks WHERE program_id = ANY($1::uuid[]) ORDER BY created_at, id',
      [programIds],
    )
  ).rows;
}
