import type {
  Program,
  ProgramCreate,
  ProgramListQuery,
} from '../../../contracts/program.schema.js';
import type { AuditedEntity } from '../audit/audited-row.js';
import type { Queryable } from '../../db/database.js';

export interface ProgramRow {
  id: string;
  name: string;
  summary: string;
  owner_id: string | null;
  owner_name: string | null;
  sponsor: string;
  status: Program['status'];
  health: Program['health'];
  start_date: string | null;
  target_date: string | null;
  budget_cents: number | null;
  currency: string;
  time_zone: string;
  levelling: Program['levelling'];
  status_date: string | null;
  task_count: number;
  done_task_count: number;
  rollup_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const PROGRAM_COLUMNS: Record<string, string> = {
  name: 'name',
  summary: 'summary',
  ownerId: 'owner_id',
  sponsor: 'sponsor',
  status: 'status',
  health: 'health',
  startDate: 'start_date',
  targetDate: 'target_date',
  budgetCents: 'budget_cents',
  currency: 'currency',
  timeZone: 'time_zone',
  levelling: 'levelling',
  statusDate: 'status_date',
};

export function toProgram(r: ProgramRow): Program {
  return {
    id: r.id,
    name: r.name,
    summary: r.summary,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    sponsor: r.sponsor,
    status: r.status,
    health: r.health,
    startDate: r.start_date,
    targetDate: r.target_date,
    budgetCents: r.budget_cents,
    currency: r.currency,
    timeZone: r.time_zone,
    levelling: r.levelling,
    statusDate: r.status_date,
    taskCount: r.task_count,
    doneTaskCount: r.done_task_count,
    rollupAt: r.rollup_at?.toISOString() ?? null,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

const SELECT = `SELECT p.*, u.name AS owner_name FROM programs p LEFT JOIN users u ON u.id = p.owner_id`;

export async function findProgram(db: Queryable, id: string): Promise<ProgramRow | undefined> {
  return (await db.query<ProgramRow>(`${SELECT} WHERE p.id = $1`, [id])).rows[0];
}

export const PROGRAM_ENTITY: AuditedEntity<Program> = {
  table: 'programs',
  label: 'Program',
  auditType: 'program',
  read: async (db, id) => toProgram((await findProgram(db, id))!),
};

export async function insertProgram(db: Queryable, input: ProgramCreate): Promise<string> {
  const columns = Object.entries(PROGRAM_COLUMNS).filter(
    ([field]) => (input as Record<string, unknown>)[field] !== undefined,
  );
  const r = await db.query<{ id: string }>(
    `INSERT INTO programs (${columns.map(([, c]) => c).join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
    columns.map(([field]) => (input as Record<string, unknown>)[field]),
  );
  return r.rows[0]!.id;
}

const SORT_SQL: Record<string, string> = {
  name: 'lower(p.name) ASC, p.id',
  '-name': 'lower(p.name) DESC, p.id',
  targetDate: 'p.target_date ASC NULLS LAST, p.id',
  '-targetDate': 'p.target_date DESC NULLS LAST, p.id',
  updatedAt: 'p.updated_at ASC, p.id',
  '-updatedAt': 'p.updated_at DESC, p.id',
  status: 'p.status ASC, lower(p.name)',
  '-status': 'p.status DESC, lower(p.name)',
};

export async function listPrograms(
  db: Queryable,
  q: ProgramListQuery,
): Promise<{ rows: ProgramRow[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (q.q)
    add(
      (n) => `(p.name ILIKE ${n} OR p.summary ILIKE ${n})`,
      `%${q.q.replace(/[\\%_]/g, '\\$&')}%`,
    );
  if (q.status) add((n) => `p.status = ${n}`, q.status);
  if (q.health) add((n) => `p.health = ${n}`, q.health);
  if (q.ownerId) add((n) => `p.owner_id = ${n}`, q.ownerId);
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const limit = q.limit ?? 50;
  const offset = q.offset ?? 0;
  const [rows, count] = await Promise.all([
    db.query<ProgramRow>(
      `${SELECT} ${whereSql} ORDER BY ${SORT_SQL[q.sort ?? 'name']} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, limit, offset],
    ),
    db.query<{ n: number }>(`SELECT count(*)::int AS n FROM programs p ${whereSql}`, params),
  ]);
  return { rows: rows.rows, total: count.rows[0]!.n };
}
