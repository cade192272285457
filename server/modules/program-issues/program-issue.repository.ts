import type { ProgramIssue, ProgramIssueCreate } from '../../../contracts/program-issue.schema.js';
import type { Queryable } from '../../db/database.js';
import type { AuditedEntity } from '../audit/audited-row.js';
import { existingIds } from '../raid-log/raid-references.js';

interface ProgramIssueRow {
  id: string;
  program_id: string;
  program_name: string;
  title: string;
  description: string;
  severity: ProgramIssue['severity'];
  owner_id: string | null;
  owner_name: string | null;
  due_date: string | null;
  status: ProgramIssue['status'];
  escalation_level: ProgramIssue['escalationLevel'];
  task_ids: string[];
  risk_ids: string[];
  resolved_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const PROGRAM_ISSUE_COLUMNS: Record<string, string> = {
  title: 'title',
  description: 'description',
  severity: 'severity',
  ownerId: 'owner_id',
  dueDate: 'due_date',
  status: 'status',
  escalationLevel: 'escalation_level',
  taskIds: 'task_ids',
  riskIds: 'risk_ids',
};

export function toProgramIssue(r: ProgramIssueRow): ProgramIssue {
  return {
    id: r.id,
    programId: r.program_id,
    programName: r.program_name,
    title: r.title,
    description: r.description,
    severity: r.severity,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    dueDate: r.due_date,
    status: r.status,
    escalationLevel: r.escalation_level,
    taskIds: r.task_ids,
    riskIds: r.risk_ids,
    resolvedAt: r.resolved_at?.toISOString() ?? null,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

// Tasks and risks deleted since drop out of the lists as they are read.
const SELECT = `SELECT i.*, to_char(i.due_date, 'YYYY-MM-DD') AS due_date,
       ${existingIds('i.task_ids', 'tasks')} AS task_ids,
       ${existingIds('i.risk_ids', 'program_risks')} AS risk_ids,
       p.name AS program_name, u.name AS owner_name
  FROM program_issues i
  JOIN programs p ON p.id = i.program_id
  LEFT JOIN users u ON u.id = i.owner_id`;

export async function findProgramIssue(
  db: Queryable,
  id: string,
): Promise<ProgramIssueRow | undefined> {
  return (await db.query<ProgramIssueRow>(`${SELECT} WHERE i.id = $1`, [id])).rows[0];
}

export interface ProgramIssueFilter {
  /** One program, or every program (the portfolio) when null. */
  programId: string | null;
  status?: string;
  severity?: string;
  ownerId?: string;
}

/** Most severe first, then the earliest due. */
export async function listProgramIssues(
  db: Queryable,
  filter: ProgramIssueFilter,
): Promise<ProgramIssueRow[]> {
  return (
    await db.query<ProgramIssueRow>(
      `${SELECT}
        WHERE ($1::uuid IS NULL OR i.program_id = $1)
          AND ($2::text IS NULL OR i.status = $2)
          AND ($3::text IS NULL OR i.severity = $3)
          AND ($4::uuid IS NULL OR i.owner_id = $4)
        ORDER BY lower(p.name), p.id,
                 array_position(ARRAY['critical', 'high', 'medium', 'low'], i.severity),
                 i.due_date NULLS LAST, i.created_at, i.id`,
      [filter.programId, filter.status ?? null, filter.severity ?? null, filter.ownerId ?? null],
    )
  ).rows;
}

export async function insertProgramIssue(
  tx: Queryable,
  programId: string,
  input: ProgramIssueCreate,
  resolvedAt: Date | null,
): Promise<string> {
  const r = await tx.query<{ id: string }>(
    `INSERT INTO program_issues (program_id, title, description, severity, owner_id, due_date,
                                 status, escalation_level, task_ids, risk_ids, resolved_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::uuid[], $10::uuid[], $11) RETURNING id`,
    [
      programId,
      input.title,
      input.description ?? '',
      input.severity ?? 'medium',
      input.ownerId ?? null,
      input.dueDate ?? null,
      input.status ?? 'open',
      input.escalationLevel ?? 'none',
      input.taskIds ?? [],
      input.riskIds ?? [],
      resolvedAt,
    ],
  );
  return r.rows[0]!.id;
}

export const PROGRAM_ISSUE_ENTITY: AuditedEntity<ProgramIssue> = {
  table: 'program_issues',
  label: 'Issue',
  auditType: 'program_issue',
  read: async (db, id) => toProgramIssue((await findProgramIssue(db, id))!),
};
