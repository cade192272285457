import type { Task, TaskCreate, TaskListQuery } from '../../../contracts/task.schema.js';
import type { AuditedEntity } from '../audit/audited-row.js';
import type { Queryable } from '../../db/database.js';
import { taskDurationMinutes } from '../schedules/schedule-input.js';
import { remainingHoursOf } from './task-progress.js';

export interface TaskRow {
  id: string;
  program_id: string;
  workstream_id: string | null;
  milestone_id: string | null;
  name: string;
  description: string;
  owner_id: string | null;
  owner_name: string | null;
  team_id: string | null;
  estimate_hours: number | null;
  estimate_optimistic_hours: number | null;
  estimate_pessimistic_hours: number | null;
  fixed_cost: number | null;
  cost_per_hour: number | null;
  start_date: string | null;
  due_date: string | null;
  state: Task['state'];
  constraint_type: Task['constraintType'];
  constraint_date: string | null;
  actual_start: string | null;
  actual_finish: string | null;
  percent_complete: number;
  remaining_hours: number | null;
  parent_task_id: string | null;
  position: number | null;
  uid: number | null;
  calendar_id: string | null;
  duration_elapsed: boolean;
  deadline: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const TASK_COLUMNS: Record<string, string> = {
  workstreamId: 'workstream_id',
  milestoneId: 'milestone_id',
  name: 'name',
  description: 'description',
  ownerId: 'owner_id',
  teamId: 'team_id',
  estimateHours: 'estimate_hours',
  estimateOptimisticHours: 'estimate_optimistic_hours',
  estimatePessimisticHours: 'estimate_pessimistic_hours',
  fixedCost: 'fixed_cost',
  costPerHour: 'cost_per_hour',
  startDate: 'start_date',
  dueDate: 'due_date',
  state: 'state',
  constraintType: 'constraint_type',
  constraintDate: 'constraint_date',
  actualStart: 'actual_start',
  actualFinish: 'actual_finish',
  percentComplete: 'percent_complete',
  remainingHours: 'remaining_hours',
  parentTaskId: 'parent_task_id',
  position: 'position',
  uid: 'uid',
  calendarId: 'calendar_id',
  durationElapsed: 'duration_elapsed',
  deadline: 'deadline',
};

export function toTask(r: TaskRow): Task {
  return {
    id: r.id,
    programId: r.program_id,
    workstreamId: r.workstream_id,
    milestoneId: r.milestone_id,
    name: r.name,
    description: r.description,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    teamId: r.team_id,
    estimateHours: r.estimate_hours,
    estimateOptimisticHours: r.estimate_optimistic_hours,
    estimatePessimisticHours: r.estimate_pessimistic_hours,
    fixedCost: r.fixed_cost,
    costPerHour: r.cost_per_hour,
    startDate: r.start_date,
    dueDate: r.due_date,
    state: r.state,
    constraintType: r.constraint_type,
    constraintDate: r.constraint_date,
    actualStart: r.actual_start,
    actualFinish: r.actual_finish,
    percentComplete: r.percent_complete,
    remainingHours: remainingHoursOf(
      taskDurationMinutes(r) / 60,
      r.percent_complete,
      r.remaining_hours,
    ),
    remainingHoursSet: r.remaining_hours !== null,
    parentTaskId: r.parent_task_id,
    position: r.position,
    uid: r.uid,
    calendarId: r.calendar_id,
    durationElapsed: r.duration_elapsed,
    deadline: r.deadline,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

const SELECT =
  'SELECT t.*, u.name AS owner_name FROM tasks t LEFT JOIN users u ON u.id = t.owner_id';

export async function findTask(db: Queryable, id: string): Promise<TaskRow | undefined> {
  return (await db.query<TaskRow>(`${SELECT} WHERE t.id = $1`, [id])).rows[0];
}

export const TASK_ENTITY: AuditedEntity<Task> = {
  table: 'tasks',
  label: 'Task',
  auditType: 'task',
  read: async (db, id) => toTask((await findTask(db, id))!),
};

/** Every task of a program, by due date (undated last). */
export async function listProgramTasks(db: Queryable, programId: string): Promise<TaskRow[]> {
  return (
    await db.query<TaskRow>(
      `${SELECT} WHERE t.program_id = $1 ORDER BY t.due_date ASC NULLS LAST, lower(t.name), t.id`,
      [programId],
    )
  ).rows;
}

export async function insertTask(
  db: Queryable,
  programId: string,
  input: TaskCreate,
): Promise<string> {
  const columns = Object.entries(TASK_COLUMNS).filter(
    ([field]) => (input as Record<string, unknown>)[field] !== undefined,
  );
  const r = await db.query<{ id: string }>(
    `INSERT INTO tasks (program_id${columns.map(([, c]) => `, ${c}`).join('')})
     VALUES ($1${columns.map((_, i) => `, $${i + 2}`).join('')}) RETURNING id`,
    [programId, ...columns.map(([field]) => (input as Record<string, unknown>)[field])],
  );
  return r.rows[0]!.id;
}

// States sort in their life-cycle order, not alphabetically.
const STATE_ORDER = `array_position(ARRAY['todo', 'in_progress', 'blocked', 'done', 'cancelled'], t.state)`;
const SORT_SQL: Record<NonNullable<TaskListQuery['sort']>, string> = {
  name: 'lower(t.name) ASC, t.id',
  '-name': 'lower(t.name) DESC, t.id',
  dueDate: 't.due_date ASC NULLS LAST, lower(t.name), t.id',
  '-dueDate': 't.due_date DESC NULLS LAST, lower(t.name), t.id',
  startDate: 't.start_date ASC NULLS LAST, lower(t.name), t.id',
  '-startDate': 't.start_date DESC NULLS LAST, lower(t.name), t.id',
  state: `${STATE_ORDER} ASC, lower(t.name), t.id`,
  '-state': `${STATE_ORDER} DESC, lower(t.name), t.id`,
  updatedAt: 't.updated_at ASC, t.id',
  '-updatedAt': 't.updated_at DESC, t.id',
};

export async function searchTasks(
  db: Queryable,
  programId: string,
  q: TaskListQuery,
): Promise<{ rows: TaskRow[]; total: number }> {
  const params: unknown[] = [programId];
  const where = ['t.program_id = $1'];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (q.q)
    add(
      (n) => `(t.name ILIKE ${n} OR t.description ILIKE ${n})`,
      `%${q.q.replace(/[\\%_]/g, '\\$&')}%`,
    );
  if (q.state) add((n) => `t.state = ${n}`, q.state);
  if (q.ownerId) add((n) => `t.owner_id = ${n}`, q.ownerId);
  if (q.teamId) add((n) => `t.team_id = ${n}`, q.teamId);
  if (q.workstreamId) add((n) => `t.workstream_id = ${n}`, q.workstreamId);
  if (q.milestoneId) add((n) => `t.milestone_id = ${n}`, q.milestoneId);
  const whereSql = `WHERE ${where.join(' AND ')}`;
  const [rows, count] = await Promise.all([
    db.query<TaskRow>(
      `${SELECT} ${whereSql} ORDER BY ${SORT_SQL[q.sort ?? 'dueDate']} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, q.limit ?? 50, q.offset ?? 0],
    ),
    db.query<{ n: number }>(`SELECT count(*)::int AS n FROM tasks t ${whereSql}`, params),
  ]);
  return { rows: rows.rows, total: count.rows[0]!.n };
}
