import type { TaskAssignment } from '../../../contracts/task-assignment.schema.js';
import type { Queryable } from '../../db/database.js';
import type { AuditedEntity } from '../audit/audited-row.js';

export interface TaskAssignmentRow {
  id: string;
  task_id: string;
  program_id: string;
  user_id: string;
  user_name: string;
  units: string; // numeric comes back as text
  version: number;
  created_at: Date;
  updated_at: Date;
}

export function toTaskAssignment(r: TaskAssignmentRow): TaskAssignment {
  return {
    id: r.id,
    taskId: r.task_id,
    programId: r.program_id,
    userId: r.user_id,
    userName: r.user_name,
    units: Number(r.units),
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

const SELECT = `SELECT a.*, t.program_id, u.name AS user_name
  FROM task_assignments a JOIN tasks t ON t.id = a.task_id JOIN users u ON u.id = a.user_id`;

export async function findTaskAssignment(
  db: Queryable,
  id: string,
): Promise<TaskAssignmentRow | undefined> {
  return (await db.query<TaskAssignmentRow>(`${SELECT} WHERE a.id = $1`, [id])).rows[0];
}

export const TASK_ASSIGNMENT_ENTITY: AuditedEntity<TaskAssignment> = {
  table: 'task_assignments',
  label: 'Task assignment',
  auditType: 'task_assignment',
  read: async (db, id) => toTaskAssignment((await findTaskAssignment(db, id))!),
};

export async function listTaskAssignments(
  db: Queryable,
  where: { taskId: string } | { programId: string },
): Promise<TaskAssignmentRow[]> {
  const [clause, value] =
    'taskId' in where ? ['a.task_id = $1', where.taskId] : ['t.program_id = $1', where.programId];
  return (
    await db.query<TaskAssignmentRow>(`${SELECT} WHERE ${clause} ORDER BY lower(u.name), a.id`, [
      value,
    ])
  ).rows;
}

export async function insertTaskAssignment(
  db: Queryable,
  taskId: string,
  userId: string,
  units: number,
): Promise<string> {
  const r = await db.query<{ id: string }>(
    'INSERT INTO task_assignments (task_id, user_id, units) VALUES ($1, $2, $3) RETURNING id',
    [taskId, userId, units],
  );
  return r.rows[0]!.id;
}
