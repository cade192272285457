import type { Actor } from '../../request-context.js';
import { programSight } from '../access/program-sight.js';
import type {
  AllocationLoad,
  AssignmentLoad,
  PersonCalendar,
} from '../../../engine/capacity/index.js';
import type { Queryable } from '../../db/database.js';

export interface CapacityPersonRow {
  id: string;
  name: string;
  team_name: string | null;
  level_name: string | null;
  grade: number | null;
  time_zone: string;
  working_hours_start: number;
  working_hours_end: number;
  working_days: number[];
  capacity: string;
}

export interface CapacityFilter {
  personIds?: string[];
  teamId?: string;
  levelId?: string;
  skill?: string;
}

/**
 * People whose capacity is planned: everyone on the career ladder or with an
 * allocation (stakeholders without either are not TPM capacity), or the given ids.
 */
export async function capacityPeople(
  db: Queryable,
  f: CapacityFilter,
): Promise<CapacityPersonRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replaceAll('?', `$${params.length}`));
  };
  if (f.personIds) add('u.id = ANY(?::uuid[])', f.personIds);
  else
    where.push(
      '(u.level_id IS NOT NULL OR EXISTS (SELECT 1 FROM allocations a WHERE a.user_id = u.id))',
    );
  if (f.teamId) add('u.team_id = ?', f.teamId);
  if (f.levelId) add('u.level_id = ?', f.levelId);
  if (f.skill)
    add(
      'EXISTS (SELECT 1 FROM person_skills s WHERE s.user_id = u.id AND lower(s.name) = lower(?))',
      f.skill,
    );
  return (
    await db.query<CapacityPersonRow>(
      `SELECT u.id, u.name, t.name AS team_name, l.name AS level_name, l.grade::int AS grade,
              u.time_zone, u.working_hours_start, u.working_hours_end, u.working_days, u.capacity
         FROM users u LEFT JOIN teams t ON t.id = u.team_id LEFT JOIN career_levels l ON l.id = u.level_id
        WHERE ${where.join(' AND ')}
        ORDER BY t.name NULLS LAST, l.grade DESC NULLS LAST, u.name, u.id`,
      params,
    )
  ).rows;
}

export function toPersonCalendar(
  r: CapacityPersonRow,
  timeOff: PersonCalendar['timeOff'],
): PersonCalendar {
  return {
    timeZone: r.time_zone,
    workingHoursStartMinutes: r.working_hours_start,
    workingHoursEndMinutes: r.working_hours_end,
    workingDays: r.working_days,
    capacityShare: Number(r.capacity),
    timeOff,
  };
}

export async function holidayDates(db: Queryable, from: string, to: string): Promise<string[]> {
  return (
    await db.query<{ day: string }>(
      'SELECT day::text AS day FROM holidays WHERE day BETWEEN $1 AND $2 ORDER BY day',
      [from, to],
    )
  ).rows.map((r) => r.day);
}

export async function timeOffIn(db: Queryable, ids: string[], from: string, to: string) {
  return (
    await db.query<{ user_id: string; from: string; to: string }>(
      `SELECT user_id, from_date::text AS from, to_date::text AS to FROM time_off
        WHERE user_id = ANY($1::uuid[]) AND from_date <= $3 AND to_date >= $2`,
      [ids, from, to],
    )
  ).rows;
}

export async function allocationsIn(db: Queryable, ids: string[], from: string, to: string) {
  const rows = (
    await db.query<{
      id: string;
      user_id: string;
      program_id: string | null;
      from: string;
      to: string | null;
      percent: string | null;
      hours_per_week: string | null;
    }>(
      `SELECT id, user_id, program_id, from_date::text AS from, to_date::text AS to, percent, hours_per_week
         FROM allocations WHERE user_id = ANY($1::uuid[]) AND from_date <= $3 AND (to_date IS NULL OR to_date >= $2)`,
      [ids, from, to],
    )
  ).rows;
  return rows.map((r) => ({
    personId: r.user_id,
    load: {
      id: r.id,
      programId: r.program_id,
      from: r.from,
      to: r.to,
      percent: r.percent === null ? null : Number(r.percent),
      hoursPerWeek: r.hours_per_week === null ? null : Number(r.hours_per_week),
    } satisfies AllocationLoad,
  }));
}

/**
 * Task assignments on tasks not done or cancelled, over the task's dates: those
 * of its program's last computed schedule (early start and finish, with its
 * working minutes × units as the work), else its planned start and due dates;
 * a task with neither loads nothing.
 */
export async function assignmentsIn(db: Queryable, ids: string[], from: string, to: string) {
  const rows = (
    await db.query<{
      user_id: string;
      task_id: string;
      program_id: string;
      start: string;
      finish: string;
      units: string;
      duration_minutes: number | null;
    }>(
      `WITH work AS (
         SELECT ta.user_id, ta.task_id, t.program_id, ta.units, t.start_date, t.due_date
           FROM task_assignments ta JOIN tasks t ON t.id = ta.task_id
          WHERE ta.user_id = ANY($1::uuid[]) AND t.state NOT IN ('done', 'cancelled')
       ), scheduled AS (
         SELECT ps.program_id, item->>'id' AS task_id,
                left(item->>'earlyStart', 10) AS start, left(item->>'earlyFinish', 10) AS finish,
                (item->>'durationMinutes')::float8 AS duration_minutes
           FROM program_schedules ps, jsonb_array_elements(ps.result->'items') item
          WHERE ps.program_id IN (SELECT program_id FROM work) AND item->>'kind' = 'task'
       ), dated AS (
         SELECT w.user_id, w.task_id, w.program_id, w.units,
                coalesce(s.start, w.start_date::text) AS start, coalesce(s.finish, w.due_date::text) AS finish,
                s.duration_minutes
           FROM work w LEFT JOIN scheduled s ON s.program_id = w.program_id AND s.task_id = w.task_id::text
       )
       SELECT user_id, task_id, program_id, start, finish, units, duration_minutes FROM dated
        WHERE start IS NOT NULL AND finish IS NOT NULL AND start <= $3 AND finish >= $2`,
      [ids, from, to],
    )
  ).rows;
  return rows.map((r) => ({
    personId: r.user_id,
    load: {
      taskId: r.task_id,
      programId: r.program_id,
      start: r.start,
      finish: r.finish,
      units: Number(r.units),
      ...(r.duration_minutes === null ? {} : { workMinutes: r.duration_minutes * Number(r.units) }),
    } satisfies AssignmentLoad,
  }));
}

/**
 * The names of the programs the actor may see, by id; a program it may not see
 * is left out, and the load it puts on people is shown under no name
 * (capacity-cells.ts), so a person's total stays right.
 */
export async function programNames(
  db: Queryable,
  ids: string[],
  actor: Actor | null,
): Promise<Map<string, string>> {
  const sight = await programSight(db, actor, ids);
  const rows = (
    await db.query<{ id: string; name: string }>(
      'SELECT id, name FROM programs WHERE id = ANY($1::uuid[])',
      [ids],
    )
  ).rows;
  return new Map(rows.filter((r) => sight.canRead(r.id)).map((r) => [r.id, r.name]));
}

/** One task's dates as `assignmentsIn` reads them (scheduled, else planned), and its program. */
export async function taskLoadDates(
  db: Queryable,
  taskId: string,
): Promise<
  | {
      programId: string;
      start: string | null;
      finish: string | null;
      /** Working minutes of the scheduled task; null when dated by its plan. */
      durationMinutes: number | null;
    }
  | undefined
> {
  const r = await db.query<{
    program_id: string;
    start: string | null;
    finish: string | null;
    duration_minutes: number | null;
  }>(
    `SELECT t.program_id,
            coalesce(left(s.item->>'earlyStart', 10), t.start_date::text) AS start,
            coalesce(left(s.item->>'earlyFinish', 10), t.due_date::text) AS finish,
            (s.item->>'durationMinutes')::float8 AS duration_minutes
       FROM tasks t
       LEFT JOIN program_schedules ps ON ps.program_id = t.program_id
       LEFT JOIN LATERAL (SELECT item FROM jsonb_array_elements(ps.result->'items') item
                           WHERE item->>'id' = t.id::text) s ON true
      WHERE t.id = $1`,
    [taskId],
  );
  const row = r.rows[0];
  return (
    row && {
      programId: row.program_id,
      start: row.start,
      finish: row.finish,
      durationMinutes: row.duration_minutes,
    }
  );
}
