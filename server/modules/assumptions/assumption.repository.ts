import type { Assumption, AssumptionCreate } from '../../../contracts/assumption.schema.js';
import type { Clock } from '../../clock/clock.js';
import { programToday } from '../../clock/program-clock.js';
import type { Queryable } from '../../db/database.js';
import type { AuditedEntity } from '../audit/audited-row.js';

interface AssumptionRow {
  id: string;
  program_id: string;
  program_name: string;
  program_time_zone: string;
  statement: string;
  description: string;
  owner_id: string | null;
  owner_name: string | null;
  validate_by: string | null;
  status: Assumption['status'];
  validated_at: Date | null;
  note: string;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const ASSUMPTION_COLUMNS: Record<string, string> = {
  statement: 'statement',
  description: 'description',
  ownerId: 'owner_id',
  validateBy: 'validate_by',
  status: 'status',
  note: 'note',
};

/** Overdue: still unvalidated after its validate-by day, on the program's own clock. */
export function toAssumption(r: AssumptionRow, clock: Clock): Assumption {
  return {
    id: r.id,
    programId: r.program_id,
    programName: r.program_name,
    statement: r.statement,
    description: r.description,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    validateBy: r.validate_by,
    status: r.status,
    validatedAt: r.validated_at?.toISOString() ?? null,
    note: r.note,
    overdue:
      r.status === 'unvalidated' &&
      r.validate_by !== null &&
      r.validate_by < programToday(clock, r.program_time_zone),
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

const SELECT = `SELECT a.*, to_char(a.validate_by, 'YYYY-MM-DD') AS validate_by,
       p.name AS program_name, p.time_zone AS program_time_zone, u.name AS owner_name
  FROM program_assumptions a
  JOIN programs p ON p.id = a.program_id
  LEFT JOIN users u ON u.id = a.owner_id`;

export async function findAssumption(
  db: Queryable,
  id: string,
): Promise<AssumptionRow | undefined> {
  return (await db.query<AssumptionRow>(`${SELECT} WHERE a.id = $1`, [id])).rows[0];
}

export interface AssumptionFilter {
  /** One program, or every program (the portfolio) when null. */
  programId: string | null;
  status?: string;
  ownerId?: string;
}

export async function listAssumptions(
  db: Queryable,
  filter: AssumptionFilter,
): Promise<AssumptionRow[]> {
  return (
    await db.query<AssumptionRow>(
      `${SELECT}
        WHERE ($1::uuid IS NULL OR a.program_id = $1)
          AND ($2::text IS NULL OR a.status = $2)
          AND ($3::uuid IS NULL OR a.owner_id = $3)
        ORDER BY lower(p.name), p.id, a.validate_by NULLS LAST, a.created_at, a.id`,
      [filter.programId, filter.status ?? null, filter.ownerId ?? null],
    )
  ).rows;
}

export async function insertAssumption(
  tx: Queryable,
  programId: string,
  input: AssumptionCreate,
  validatedAt: Date | null,
): Promise<string> {
  const r = await tx.query<{ id: string }>(
    `INSERT INTO program_assumptions
       (program_id, statement, description, owner_id, validate_by, status, note, validated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      programId,
      input.statement,
      input.description ?? '',
      input.ownerId ?? null,
      input.validateBy ?? null,
      input.status ?? 'unvalidated',
      input.note ?? '',
      validatedAt,
    ],
  );
  return r.rows[0]!.id;
}

export const assumptionEntity = (clock: Clock): AuditedEntity<Assumption> => ({
  table: 'program_assumptions',
  label: 'Assumption',
  auditType: 'program_assumption',
  read: async (db, id) => toAssumption((await findAssumption(db, id))!, clock),
});
