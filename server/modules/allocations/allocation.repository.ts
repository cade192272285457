import type { Allocation, AllocationListQuery } from '../../../contracts/allocation.schema.js';
import type { Queryable } from '../../db/database.js';
import type { AuditedEntity } from '../audit/audited-row.js';

export interface AllocationRow {
  id: string;
  user_id: string;
  person_name: string;
  program_id: string | null;
  program_name: string | null;
  run_work: string;
  percent: string | null;
  hours_per_week: string | null;
  from_date: string;
  to_date: string | null;
  note: string;
  over_allocation_confirmed: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const ALLOCATION_COLUMNS: Record<string, string> = {
  programId: 'program_id',
  runWork: 'run_work',
  percent: 'percent',
  hoursPerWeek: 'hours_per_week',
  from: 'from_date',
  to: 'to_date',
  note: 'note',
};

const SELECT = `
  SELECT a.id, a.user_id, u.name AS person_name, a.program_id, p.name AS program_name, a.run_work,
         a.percent, a.hours_per_week, a.from_date::text AS from_date, a.to_date::text AS to_date, a.note,
         a.over_allocation_confirmed, a.version, a.created_at, a.updated_at
    FROM allocations a JOIN users u ON u.id = a.user_id LEFT JOIN programs p ON p.id = a.program_id`;

export function toAllocation(r: AllocationRow): Allocation {
  return {
    id: r.id,
    personId: r.user_id,
    personName: r.person_name,
    programId: r.program_id,
    programName: r.program_name,
    runWork: r.run_work,
    percent: r.percent === null ? null : Number(r.percent),
    hoursPerWeek: r.hours_per_week === null ? null : Number(r.hours_per_week),
    from: r.from_date,
    to: r.to_date,
    note: r.note,
    overAllocationConfirmed: r.over_allocation_confirmed,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export async function findAllocation(
  db: Queryable,
  id: string,
): Promise<AllocationRow | undefined> {
  return (await db.query<AllocationRow>(`${SELECT} WHERE a.id = $1`, [id])).rows[0];
}

export async function listAllocations(
  db: Queryable,
  q: AllocationListQuery,
): Promise<AllocationRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.personId) where.push(`a.user_id = $${params.push(q.personId)}`);
  if (q.programId) where.push(`a.program_id = $${params.push(q.programId)}`);
  if (q.activeOn) {
    const i = params.push(q.activeOn);
    where.push(`a.from_date <= $${i} AND (a.to_date IS NULL OR a.to_date >= $${i})`);
  }
  return (
    await db.query<AllocationRow>(
      `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY u.name, a.from_date, a.id`,
      params,
    )
  ).rows;
}

export async function insertAllocation(
  tx: Queryable,
  a: {
    personId: string;
    programId: string | null;
    runWork: string;
    percent: number | null;
    hoursPerWeek: number | null;
    from: string;
    to: string | null;
    note: string;
    overAllocationConfirmed: boolean;
  },
): Promise<string> {
  const r = await tx.query<{ id: string }>(
    `INSERT INTO allocations (user_id, program_id, run_work, percent, hours_per_week, from_date, to_date, note, over_allocation_confirmed)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      a.personId,
      a.programId,
      a.runWork,
      a.percent,
      a.hoursPerWeek,
      a.from,
      a.to,
      a.note,
      a.overAllocationConfirmed,
    ],
  );
  return r.rows[0]!.id;
}

export const ALLOCATION_ENTITY: AuditedEntity<Allocation> = {
  table: 'allocations',
  label: 'Allocation',
  auditType: 'allocation',
  read: async (db, id) => toAllocation((await findAllocation(db, id))!),
};
