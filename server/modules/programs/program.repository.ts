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
  visibility: Program['visibility'];
  calendar_id: string | null;
  start_time: string | null;
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
  visibility: 'visibility',
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
  calendarId: 'calendar_id',
  startTime: 'start_time',
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
    visibility: r.visibility,
    calendarId: r.calendar_id,
    startTime: r.start_time,
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

/** Inserts a program; whoever creates it is one of its owners. */
export async function insertProgram(
  db: Queryable,
  input: ProgramCreate,
  creatorId: string | null,
): Promise<string> {
  const columns = Object.entries(PROGRAM_COLUMNS).filter(
    ([field]) => (input as Record<string, unknown>)[field] !== undefined,
  );
  const r = await db.query<{ id: string }>(
    `INSERT INTO programs (${columns.map(([, c]) => c).join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
    columns.map(([field]) => (input as Record<string, unknown>)[field]),
  );
  const id = r.rows[0]!.id;
  // Its named owner owns it too, as the migration that brought members decided for older programs.
  const owners = [...new Set([creatorId, input.ownerId].filter((u): u is string => !!u))];
  if (owners.length)
    await db.query(
      `INSERT INTO program_members (program_id, user_id, role)
       SELECT $1, u.id, 'owner' FROM users u WHERE u.id = ANY($2::uuid[])`,
      [id, owners],
    );
  return id;
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
  /** Only programs this user may see (null: all of them, for admins and tpm_managers). */
  readableBy: string | null,
): Promise<{ rows: ProgramRow[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (readableBy !== null) add((n) => readableProgram('p', n), readableBy);
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

/**
 * SQL that holds for the programs a user may see (`alias` is the programs row,
 * `n` the user's id parameter): the organization's, and those they are a member of.
 */
export const readableProgram = (alias: string, n: string): string =>
  `(${alias}.visibility = 'organization' OR EXISTS (SELECT 1 FROM program_members pm WHERE pm.program_id = ${alias}.id AND pm.user_id = ${n}))`;
