import type {
  ProgramCalendar,
  ProgramCalendarCreate,
} from '../../../contracts/program-calendar.schema.js';
import type { Queryable } from '../../db/database.js';
import type { AuditedEntity } from '../audit/audited-row.js';

export interface ProgramCalendarRow {
  id: string;
  program_id: string;
  name: string;
  base_calendar_id: string | null;
  time_zone: string | null;
  week: ProgramCalendar['week'];
  exceptions: ProgramCalendar['exceptions'];
  uid: number | null;
  is_program_calendar: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
}

/** week and exceptions are jsonb: written as JSON text (see jsonColumns). */
export const PROGRAM_CALENDAR_COLUMNS: Record<string, string> = {
  name: 'name',
  baseCalendarId: 'base_calendar_id',
  timeZone: 'time_zone',
  week: 'week',
  exceptions: 'exceptions',
};

/** The input with its jsonb fields as JSON text, as pg writes them. */
export function jsonColumns<T extends { week?: unknown; exceptions?: unknown }>(input: T): T {
  return {
    ...input,
    ...(input.week !== undefined ? { week: JSON.stringify(input.week) } : {}),
    ...(input.exceptions !== undefined ? { exceptions: JSON.stringify(input.exceptions) } : {}),
  };
}

export function toProgramCalendar(r: ProgramCalendarRow): ProgramCalendar {
  return {
    id: r.id,
    programId: r.program_id,
    name: r.name,
    baseCalendarId: r.base_calendar_id,
    timeZone: r.time_zone,
    week: r.week,
    exceptions: r.exceptions,
    uid: r.uid,
    isProgramCalendar: r.is_program_calendar,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

const SELECT = `SELECT c.*, (p.calendar_id IS NOT DISTINCT FROM c.id) AS is_program_calendar
                  FROM program_calendars c JOIN programs p ON p.id = c.program_id`;

export async function findProgramCalendar(
  db: Queryable,
  id: string,
): Promise<ProgramCalendarRow | undefined> {
  return (await db.query<ProgramCalendarRow>(`${SELECT} WHERE c.id = $1`, [id])).rows[0];
}

export async function listProgramCalendars(
  db: Queryable,
  programId: string,
): Promise<ProgramCalendarRow[]> {
  return (
    await db.query<ProgramCalendarRow>(
      `${SELECT} WHERE c.program_id = $1 ORDER BY lower(c.name), c.id`,
      [programId],
    )
  ).rows;
}

export const PROGRAM_CALENDAR_ENTITY: AuditedEntity<ProgramCalendar> = {
  table: 'program_calendars',
  label: 'Calendar',
  auditType: 'program_calendar',
  read: async (db, id) => toProgramCalendar((await findProgramCalendar(db, id))!),
};

export async function insertProgramCalendar(
  db: Queryable,
  programId: string,
  input: ProgramCalendarCreate,
): Promise<string> {
  const values = jsonColumns(input) as Record<string, unknown>;
  const columns = Object.entries(PROGRAM_CALENDAR_COLUMNS).filter(
    ([field]) => values[field] !== undefined,
  );
  const r = await db.query<{ id: string }>(
    `INSERT INTO program_calendars (program_id${columns.map(([, c]) => `, ${c}`).join('')})
     VALUES ($1${columns.map((_, i) => `, $${i + 2}`).join('')}) RETURNING id`,
    [programId, ...columns.map(([field]) => values[field])],
  );
  return r.rows[0]!.id;
}

/** What runs on a calendar: the program itself, and how many tasks and milestones. */
export async function calendarUsers(
  db: Queryable,
  id: string,
): Promise<{ program: boolean; tasks: number; milestones: number; derived: number }> {
  const r = await db.query<{
    program: boolean;
    tasks: number;
    milestones: number;
    derived: number;
  }>(
    `SELECT EXISTS (SELECT 1 FROM programs WHERE calendar_id = $1) AS program,
            (SELECT count(*)::int FROM tasks WHERE calendar_id = $1) AS tasks,
            (SELECT count(*)::int FROM milestones WHERE calendar_id = $1) AS milestones,
            (SELECT count(*)::int FROM program_calendars WHERE base_calendar_id = $1) AS derived`,
    [id],
  );
  return r.rows[0]!;
}
