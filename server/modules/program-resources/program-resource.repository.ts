import type { ProgramResource } from '../../../contracts/program-resource.schema.js';
import type { Queryable } from '../../db/database.js';
import type { AuditedEntity } from '../audit/audited-row.js';

export interface ProgramResourceRow {
  id: string;
  program_id: string;
  name: string;
  user_id: string | null;
  user_name: string | null;
  max_units: number;
  calendar_id: string | null;
  uid: number | null;
  assignments: { taskId: string; taskName: string; units: number }[];
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const PROGRAM_RESOURCE_COLUMNS: Record<string, string> = {
  name: 'name',
  maxUnits: 'max_units',
  calendarId: 'calendar_id',
};

export function toProgramResource(r: ProgramResourceRow): ProgramResource {
  return {
    id: r.id,
    programId: r.program_id,
    name: r.name,
    userId: r.user_id,
    userName: r.user_name,
    maxUnits: Number(r.max_units),
    calendarId: r.calendar_id,
    uid: r.uid,
    assignments: r.assignments,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

const SELECT = `SELECT r.*, u.name AS user_name,
    coalesce((SELECT json_agg(json_build_object('taskId', t.id, 'taskName', t.name, 'units', a.units)
                              ORDER BY t.position NULLS LAST, t.id)
                FROM resource_assignments a JOIN tasks t ON t.id = a.task_id
               WHERE a.resource_id = r.id), '[]'::json) AS assignments
  FROM program_resources r LEFT JOIN users u ON u.id = r.user_id`;

export async function findProgramResource(
  db: Queryable,
  id: string,
): Promise<ProgramResourceRow | undefined> {
  return (await db.query<ProgramResourceRow>(`${SELECT} WHERE r.id = $1`, [id])).rows[0];
}

export async function listProgramResources(
  db: Queryable,
  programId: string,
): Promise<ProgramResourceRow[]> {
  return (
    await db.query<ProgramResourceRow>(
      `${SELECT} WHERE r.program_id = $1 ORDER BY r.uid NULLS LAST, lower(r.name), r.id`,
      [programId],
    )
  ).rows;
}

export const PROGRAM_RESOURCE_ENTITY: AuditedEntity<ProgramResource> = {
  table: 'program_resources',
  label: 'Resource',
  auditType: 'program_resource',
  read: async (db, id) => toProgramResource((await findProgramResource(db, id))!),
};

/** Its kept assignments become the person's task assignments (at most 200 % each). */
export async function moveAssignmentsToPerson(
  tx: Queryable,
  resourceId: string,
  userId: string,
): Promise<void> {
  await tx.query(
    `INSERT INTO task_assignments (task_id, user_id, units)
     SELECT task_id, $2, least(2, round(units::numeric, 2)) FROM resource_assignments
      WHERE resource_id = $1
     ON CONFLICT (task_id, user_id) DO NOTHING`,
    [resourceId, userId],
  );
  await tx.query('DELETE FROM resource_assignments WHERE resource_id = $1', [resourceId]);
}
