import type {
  ExternalDependency,
  ExternalDependencyCreate,
} from '../../../contracts/external-dependency.schema.js';
import type { Queryable } from '../../db/database.js';
import type { AuditedEntity } from '../audit/audited-row.js';
import { existingIds } from '../raid-log/raid-references.js';

interface ExternalDependencyRow {
  id: string;
  program_id: string;
  program_name: string;
  title: string;
  description: string;
  kind: ExternalDependency['kind'];
  party: string;
  team_id: string | null;
  team_name: string | null;
  need_by_date: string | null;
  status: ExternalDependency['status'];
  owner_id: string | null;
  owner_name: string | null;
  task_ids: string[];
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const EXTERNAL_DEPENDENCY_COLUMNS: Record<string, string> = {
  title: 'title',
  description: 'description',
  kind: 'kind',
  party: 'party',
  teamId: 'team_id',
  needByDate: 'need_by_date',
  status: 'status',
  ownerId: 'owner_id',
  taskIds: 'task_ids',
};

export function toExternalDependency(r: ExternalDependencyRow): ExternalDependency {
  return {
    id: r.id,
    programId: r.program_id,
    programName: r.program_name,
    title: r.title,
    description: r.description,
    kind: r.kind,
    party: r.party,
    teamId: r.team_id,
    teamName: r.team_name,
    needByDate: r.need_by_date,
    status: r.status,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    taskIds: r.task_ids,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

const SELECT = `SELECT d.*, to_char(d.need_by_date, 'YYYY-MM-DD') AS need_by_date,
       ${existingIds('d.task_ids', 'tasks')} AS task_ids,
       p.name AS program_name, u.name AS owner_name, t.name AS team_name
  FROM external_dependencies d
  JOIN programs p ON p.id = d.program_id
  LEFT JOIN users u ON u.id = d.owner_id
  LEFT JOIN teams t ON t.id = d.team_id`;

export async function findExternalDependency(
  db: Queryable,
  id: string,
): Promise<ExternalDependencyRow | undefined> {
  return (await db.query<ExternalDependencyRow>(`${SELECT} WHERE d.id = $1`, [id])).rows[0];
}

export interface ExternalDependencyFilter {
  /** One program, or every program (the portfolio) when null. */
  programId: string | null;
  status?: string;
  ownerId?: string;
}

/** The earliest needed first. */
export async function listExternalDependencies(
  db: Queryable,
  filter: ExternalDependencyFilter,
): Promise<ExternalDependencyRow[]> {
  return (
    await db.query<ExternalDependencyRow>(
      `${SELECT}
        WHERE ($1::uuid IS NULL OR d.program_id = $1)
          AND ($2::text IS NULL OR d.status = $2)
          AND ($3::uuid IS NULL OR d.owner_id = $3)
        ORDER BY lower(p.name), p.id, d.need_by_date NULLS LAST, d.created_at, d.id`,
      [filter.programId, filter.status ?? null, filter.ownerId ?? null],
    )
  ).rows;
}

export async function insertExternalDependency(
  tx: Queryable,
  programId: string,
  input: ExternalDependencyCreate,
): Promise<string> {
  const r = await tx.query<{ id: string }>(
    `INSERT INTO external_dependencies (program_id, title, description, kind, party, team_id,
                                        need_by_date, status, owner_id, task_ids)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::uuid[]) RETURNING id`,
    [
      programId,
      input.title,
      input.description ?? '',
      input.kind ?? 'team',
      input.party ?? '',
      input.teamId ?? null,
      input.needByDate ?? null,
      input.status ?? 'pending',
      input.ownerId ?? null,
      input.taskIds ?? [],
    ],
  );
  return r.rows[0]!.id;
}

export const EXTERNAL_DEPENDENCY_ENTITY: AuditedEntity<ExternalDependency> = {
  table: 'external_dependencies',
  label: 'External dependency',
  auditType: 'external_dependency',
  read: async (db, id) => toExternalDependency((await findExternalDependency(db, id))!),
};
