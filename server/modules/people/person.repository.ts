import type {
  Person,
  PersonListQuery,
  PersonSkill,
  PersonSummary,
  TimeOff,
} from '../../../contracts/person.schema.js';
import type { Queryable } from '../../db/database.js';
import type { AuditedEntity } from '../audit/audited-row.js';

export interface PersonRow {
  id: string;
  email: string;
  name: string;
  role: PersonSummary['role'];
  title: string;
  team_id: string | null;
  team_name: string | null;
  manager_id: string | null;
  track_id: string | null;
  track_name: string | null;
  level_id: string | null;
  level_name: string | null;
  grade: number | null;
  location: string;
  time_zone: string;
  working_hours_start: number;
  working_hours_end: number;
  working_days: number[];
  flexible_hours: boolean;
  capacity: string;
  skills: PersonSkill[];
  version: number;
  updated_at: Date;
}

export interface TimeOffRow {
  id: string;
  user_id: string;
  from_date: string;
  to_date: string;
  kind: TimeOff['kind'];
  note: string;
  version: number;
}

/** Person fields a PATCH may set, camelCase → column. */
export const PERSON_COLUMNS: Record<string, string> = {
  title: 'title',
  teamId: 'team_id',
  managerId: 'manager_id',
  trackId: 'track_id',
  levelId: 'level_id',
  location: 'location',
  timeZone: 'time_zone',
  workingHoursStart: 'working_hours_start',
  workingHoursEnd: 'working_hours_end',
  workingDays: 'working_days',
  flexibleHours: 'flexible_hours',
  capacity: 'capacity',
};

const PERSON_SELECT = `
  SELECT u.id, u.email, u.name, u.role, u.title, u.team_id, t.name AS team_name, u.manager_id,
         u.track_id, tr.name AS track_name, u.level_id, l.name AS level_name, l.grade::int AS grade,
         u.location, u.time_zone, u.working_hours_start, u.working_hours_end, u.working_days,
         u.flexible_hours, u.capacity, u.version, u.updated_at,
         coalesce((SELECT json_agg(json_build_object('kind', s.kind, 'name', s.name, 'proficiency', s.proficiency)
                                   ORDER BY s.kind DESC, s.proficiency DESC, lower(s.name))
                     FROM person_skills s WHERE s.user_id = u.id), '[]'::json) AS skills
    FROM users u
    LEFT JOIN teams t ON t.id = u.team_id
    LEFT JOIN career_tracks tr ON tr.id = u.track_id
    LEFT JOIN career_levels l ON l.id = u.level_id`;

export function toPersonSummary(r: PersonRow): PersonSummary {
  return {
    id: r.id,
    name: r.name,
    email: r.email,
    role: r.role,
    title: r.title,
    teamId: r.team_id,
    teamName: r.team_name,
    managerId: r.manager_id,
    trackId: r.track_id,
    trackName: r.track_name,
    levelId: r.level_id,
    levelName: r.level_name,
    grade: r.grade,
    location: r.location,
    timeZone: r.time_zone,
    skills: r.skills,
    version: r.version,
  };
}

export function toTimeOff(r: TimeOffRow): TimeOff {
  return {
    id: r.id,
    personId: r.user_id,
    from: r.from_date,
    to: r.to_date,
    kind: r.kind,
    note: r.note,
    version: r.version,
  };
}

export async function listPeople(db: Queryable, q: PersonListQuery = {}): Promise<PersonRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (q.teamId) add('u.team_id = ?', q.teamId);
  if (q.levelId) add('u.level_id = ?', q.levelId);
  if (q.trackId) add('u.track_id = ?', q.trackId);
  if (q.skill)
    add(
      'EXISTS (SELECT 1 FROM person_skills s WHERE s.user_id = u.id AND lower(s.name) = lower(?))',
      q.skill,
    );
  if (q.q) add(`(u.name || ' ' || u.title) ILIKE '%' || ? || '%'`, q.q);
  const sql = `${PERSON_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY u.name, u.id`;
  return (await db.query<PersonRow>(sql, params)).rows;
}

export async function findPerson(db: Queryable, id: string): Promise<PersonRow | undefined> {
  return (await db.query<PersonRow>(`${PERSON_SELECT} WHERE u.id = $1`, [id])).rows[0];
}

export async function listTimeOff(db: Queryable, personIds: string[]): Promise<TimeOffRow[]> {
  return (
    await db.query<TimeOffRow>(
      `SELECT id, user_id, from_date::text, to_date::text, kind, note, version
         FROM time_off WHERE user_id = ANY($1::uuid[]) ORDER BY from_date, id`,
      [personIds],
    )
  ).rows;
}

export async function findTimeOff(db: Queryable, id: string): Promise<TimeOffRow | undefined> {
  return (
    await db.query<TimeOffRow>(
      `SELECT id, user_id, from_date::text, to_date::text, kind, note, version FROM time_off WHERE id = $1`,
      [id],
    )
  ).rows[0];
}

export async function insertTimeOff(
  tx: Queryable,
  personId: string,
  t: { from: string; to: string; kind: string; note: string },
): Promise<string> {
  const r = await tx.query<{ id: string }>(
    'INSERT INTO time_off (user_id, from_date, to_date, kind, note) VALUES ($1, $2, $3, $4, $5) RETURNING id',
    [personId, t.from, t.to, t.kind, t.note],
  );
  return r.rows[0]!.id;
}

export async function directReports(db: Queryable, id: string): Promise<string[]> {
  return (
    await db.query<{ id: string }>('SELECT id FROM users WHERE manager_id = $1 ORDER BY name, id', [
      id,
    ])
  ).rows.map((r) => r.id);
}

/** The chain of managers above `id`, nearest first (stops at a loop, which the caller reports). */
export async function managerChain(db: Queryable, id: string): Promise<string[]> {
  const r = await db.query<{ id: string }>(
    `WITH RECURSIVE chain (id, depth) AS (
       SELECT manager_id, 1 FROM users WHERE id = $1 AND manager_id IS NOT NULL
       UNION ALL
       SELECT u.manager_id, c.depth + 1 FROM chain c JOIN users u ON u.id = c.id
        WHERE u.manager_id IS NOT NULL AND c.depth < 100)
     SELECT id FROM chain ORDER BY depth`,
    [id],
  );
  return r.rows.map((x) => x.id);
}

export async function replaceSkills(tx: Queryable, personId: string, skills: PersonSkill[]) {
  await tx.query('DELETE FROM person_skills WHERE user_id = $1', [personId]);
  for (const s of skills)
    await tx.query(
      'INSERT INTO person_skills (user_id, kind, name, proficiency) VALUES ($1, $2, $3, $4)',
      [personId, s.kind, s.name.trim(), s.proficiency],
    );
}

export async function readPerson(db: Queryable, id: string): Promise<Person | undefined> {
  const row = await findPerson(db, id);
  if (!row) return undefined;
  const [timeOff, reports] = await Promise.all([listTimeOff(db, [id]), directReports(db, id)]);
  return {
    ...toPersonSummary(row),
    workingHoursStart: row.working_hours_start,
    workingHoursEnd: row.working_hours_end,
    workingDays: row.working_days,
    flexibleHours: row.flexible_hours,
    capacity: Number(row.capacity),
    timeOff: timeOff.map(toTimeOff),
    directReportIds: reports,
    updatedAt: row.updated_at.toISOString(),
  };
}

export const PERSON_ENTITY: AuditedEntity<Person> = {
  table: 'users',
  label: 'Person',
  auditType: 'person',
  read: async (db, id) => (await readPerson(db, id))!,
};

export const TIME_OFF_ENTITY: AuditedEntity<TimeOff> = {
  table: 'time_off',
  label: 'Time off',
  auditType: 'time_off',
  read: async (db, id) => toTimeOff((await findTimeOff(db, id))!),
};
