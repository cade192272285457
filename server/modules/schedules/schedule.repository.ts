import type { ProgramSchedule, ScheduleSnapshot } from '../../../contracts/schedule.schema.js';
import type { Queryable } from '../../db/database.js';
import type {
  ScheduleAssignmentRow,
  ScheduleCalendarOwnerRow,
  SchedulePersonRow,
  ScheduleDependencyRow,
  ScheduleMilestoneRow,
  ScheduleProgramCalendarRow,
  ScheduleResourceAssignmentRow,
  ScheduleProgramRow,
  ScheduleRows,
  ScheduleTaskRow,
} from './schedule-input.js';

/**
 * The program's tasks and milestones, every item downstream of them in other
 * programs (so their float reflects who waits on them), and every item all of
 * those depend on, directly or transitively, in any program (UNION stops at
 * items already reached), with the dependencies into that set and the
 * programs involved. A task of a milestone counts as its predecessor.
 */
export async function loadScheduleRows(db: Queryable, programId: string): Promise<ScheduleRows> {
  return loadNetworkRows(db, [programId]);
}

/** The same for several programs at once (a portfolio): their items and everything upstream. */
export async function loadNetworkRows(
  db: Queryable,
  programIdList: readonly string[],
): Promise<ScheduleRows> {
  const ids = (
    await db.query<{ id: string }>(
      `WITH RECURSIVE downstream(id) AS (
         SELECT id FROM tasks WHERE program_id = ANY($1::uuid[])
         UNION SELECT id FROM milestones WHERE program_id = ANY($1::uuid[])
         UNION SELECT next.id FROM downstream w CROSS JOIN LATERAL (
           SELECT d.successor_id AS id FROM dependencies d WHERE d.predecessor_id = w.id
           UNION ALL SELECT t.milestone_id FROM tasks t WHERE t.id = w.id AND t.milestone_id IS NOT NULL
         ) next
       ), upstream(id) AS (
         SELECT id FROM downstream
         UNION SELECT prev.id FROM upstream u CROSS JOIN LATERAL (
           SELECT d.predecessor_id AS id FROM dependencies d WHERE d.successor_id = u.id
           UNION ALL SELECT t.id FROM tasks t WHERE t.milestone_id = u.id
         ) prev
       )
       SELECT id FROM upstream`,
      [programIdList],
    )
  ).rows.map((r) => r.id);
  // One after another: inside a transaction these share one client.
  const tasks = await db.query<ScheduleTaskRow>(
    `SELECT id, program_id, name, estimate_hours, start_date, due_date, state, team_id,
              constraint_type, constraint_date, milestone_id, actual_start, actual_finish,
              percent_complete, remaining_hours, parent_task_id, position, uid, calendar_id,
              duration_elapsed, deadline
         FROM tasks WHERE id = ANY($1::uuid[]) ORDER BY id`,
    [ids],
  );
  const milestones = await db.query<ScheduleMilestoneRow>(
    `SELECT id, program_id, name, due_date, achieved_at, parent_task_id, position, uid, calendar_id,
            constraint_type, constraint_date
       FROM milestones WHERE id = ANY($1::uuid[]) ORDER BY id`,
    [ids],
  );
  const dependencies = await db.query<ScheduleDependencyRow>(
    `SELECT predecessor_id, successor_id, type, lag_minutes, lag_kind, lag_percent
         FROM dependencies WHERE successor_id = ANY($1::uuid[]) ORDER BY predecessor_id, successor_id`,
    [ids],
  );
  const programIds = [
    ...new Set([
      ...programIdList,
      ...tasks.rows.map((t) => t.program_id),
      ...milestones.rows.map((m) => m.program_id),
    ]),
  ];
  const programs = await db.query<ScheduleProgramRow>(
    `SELECT id, start_date, status_date, time_zone, levelling, calendar_id, start_time
       FROM programs WHERE id = ANY($1::uuid[])`,
    [programIds],
  );
  const calendars = await db.query<ScheduleProgramCalendarRow>(
    `SELECT id, program_id, name, base_calendar_id, time_zone, week, exceptions FROM program_calendars
      WHERE program_id = ANY($1::uuid[]) ORDER BY program_id, id`,
    [programIds],
  );
  const hours = 'time_zone, working_hours_start, working_hours_end, working_days';
  const teams = await db.query<ScheduleCalendarOwnerRow>(
    `SELECT id, name, ${hours} FROM teams
      WHERE id IN (SELECT team_id FROM tasks WHERE id = ANY($1::uuid[])) ORDER BY id`,
    [ids],
  );
  const assignments = await db.query<ScheduleAssignmentRow>(
    `SELECT task_id, user_id, units FROM task_assignments
      WHERE task_id = ANY($1::uuid[]) ORDER BY task_id, user_id`,
    [ids],
  );
  const people = await db.query<SchedulePersonRow>(
    `SELECT id, name, capacity, ${hours} FROM users WHERE id = ANY($1::uuid[]) ORDER BY id`,
    [[...new Set(assignments.rows.map((a) => a.user_id))]],
  );
  const resourceAssignments = await db.query<ScheduleResourceAssignmentRow>(
    `SELECT ra.task_id, ra.resource_id, ra.units, r.name, r.max_units, r.calendar_id
       FROM resource_assignments ra JOIN program_resources r ON r.id = ra.resource_id
      WHERE ra.task_id = ANY($1::uuid[]) ORDER BY ra.task_id, ra.resource_id`,
    [ids],
  );
  const timeOff = await db.query<{ user_id: string; from_date: string; to_date: string }>(
    `SELECT user_id, from_date, to_date FROM time_off
      WHERE user_id = ANY($1::uuid[]) ORDER BY user_id, from_date`,
    [people.rows.map((p) => p.id)],
  );
  const holidays = await db.query<{ day: string; name: string }>(
    `SELECT to_char(day, 'YYYY-MM-DD') AS day, name FROM holidays ORDER BY day`,
  );
  return {
    programs: programs.rows,
    tasks: tasks.rows,
    milestones: milestones.rows,
    dependencies: dependencies.rows,
    teams: teams.rows,
    people: people.rows,
    assignments: assignments.rows,
    holidays: holidays.rows,
    timeOff: timeOff.rows,
    calendars: calendars.rows,
    resourceAssignments: resourceAssignments.rows,
  };
}

export interface StoredScheduleRow {
  program_id: string;
  computed_at: Date;
  input_hash: string;
  result: ScheduleSnapshot;
  version: number;
}

export function toProgramSchedule(r: StoredScheduleRow, stale = false): ProgramSchedule {
  return {
    programId: r.program_id,
    start: r.result.start,
    finish: r.result.finish,
    ...(r.result.statusDate ? { statusDate: r.result.statusDate } : {}),
    items: r.result.items,
    diagnostics: r.result.diagnostics,
    ...(r.result.levelling ? { levelling: r.result.levelling } : {}),
    inputHash: r.input_hash,
    computedAt: r.computed_at.toISOString(),
    stale,
    version: r.version,
  };
}

export async function findStoredSchedule(
  db: Queryable,
  programId: string,
): Promise<StoredScheduleRow | undefined> {
  return (
    await db.query<StoredScheduleRow>('SELECT * FROM program_schedules WHERE program_id = $1', [
      programId,
    ])
  ).rows[0];
}

/** Inserts or replaces the program's schedule; the version counts computations. */
export async function storeSchedule(
  db: Queryable,
  programId: string,
  inputHash: string,
  snapshot: ScheduleSnapshot,
): Promise<StoredScheduleRow> {
  const r = await db.query<StoredScheduleRow>(
    `INSERT INTO program_schedules (program_id, computed_at, input_hash, result)
     VALUES ($1, clock_timestamp(), $2, $3)
     ON CONFLICT (program_id) DO UPDATE SET
       computed_at = EXCLUDED.computed_at, input_hash = EXCLUDED.input_hash,
       result = EXCLUDED.result, version = program_schedules.version + 1
     RETURNING *`,
    [programId, inputHash, JSON.stringify(snapshot)],
  );
  return r.rows[0]!;
}
