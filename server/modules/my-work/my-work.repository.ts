import { MY_WORK_LIMIT } from '../../../contracts/my-work.schema.js';
import type { Queryable } from '../../db/database.js';

/** Each query returns the first rows and, on every row, how many there are in all. */
type Counted<T> = T & { total: string };

/**
 * The programs the user may see (`p` in the query): those open to the organization and
 * those they are a member of, unless `everything` (roles that see every program).
 * Owning a task of a program one may not see does not reveal it.
 */
const visible = (everything: boolean) =>
  everything
    ? 'true'
    : `(p.visibility = 'organization' OR EXISTS (SELECT 1 FROM program_members v
                                                 WHERE v.program_id = p.id AND v.user_id = $1))`;

export interface MyTaskRow {
  id: string;
  name: string;
  program_id: string;
  program_name: string;
  time_zone: string;
  state: 'todo' | 'in_progress' | 'blocked';
  due_date: string | null;
}

/** Open tasks the user owns or is assigned to, in active programs, the soonest due first. */
export async function myOpenTasks(db: Queryable, userId: string, everything: boolean) {
  const r = await db.query<Counted<MyTaskRow>>(
    `SELECT t.id, t.name, t.program_id, p.name AS program_name, p.time_zone, t.state,
            to_char(t.due_date, 'YYYY-MM-DD') AS due_date, count(*) OVER () AS total
       FROM tasks t JOIN programs p ON p.id = t.program_id
      WHERE t.state IN ('todo', 'in_progress', 'blocked') AND p.status = 'active' AND ${visible(everything)}
        AND (t.owner_id = $1
             OR EXISTS (SELECT 1 FROM task_assignments a WHERE a.task_id = t.id AND a.user_id = $1))
      ORDER BY t.due_date NULLS LAST, p.name, t.name, t.id
      LIMIT ${MY_WORK_LIMIT}`,
    [userId],
  );
  return r.rows;
}

export interface MyRequestRow {
  id: string;
  number: number;
  title: string;
  state: string;
  created_at: Date;
}

/**
 * Requests waiting on the user: assigned and not yet answered (new or acknowledged);
 * or, with `submitted`, the user's own that are still open.
 */
export async function myOpenRequests(db: Queryable, userId: string, submitted: boolean) {
  const r = await db.query<Counted<MyRequestRow>>(
    `SELECT id, number, title, state, created_at, count(*) OVER () AS total
       FROM intake_requests
      WHERE ${submitted ? 'requester_id' : 'assignee_id'} = $1
        AND state IN ('new', 'acknowledged')
      ORDER BY created_at, number
      LIMIT ${MY_WORK_LIMIT}`,
    [userId],
  );
  return r.rows;
}

export interface DecisionNeededRow {
  id: string;
  title: string;
  program_id: string | null;
  program_name: string | null;
  time_zone: string | null;
  needed_by: string | null;
}

/**
 * Proposed decisions of the programs the user owns (as the program's owner or an owner
 * member), and of the portfolio when `portfolio` (TPM managers and admins decide those).
 */
export async function decisionsNeeded(
  db: Queryable,
  userId: string,
  portfolio: boolean,
  everything: boolean,
) {
  const r = await db.query<Counted<DecisionNeededRow>>(
    `SELECT d.id, d.title, d.program_id, p.name AS program_name, p.time_zone,
            to_char(d.needed_by, 'YYYY-MM-DD') AS needed_by, count(*) OVER () AS total
       FROM decisions d LEFT JOIN programs p ON p.id = d.program_id
      WHERE d.status = 'proposed' AND (d.program_id IS NULL OR ${visible(everything)})
        AND (${portfolio ? 'd.program_id IS NULL OR ' : ''}p.owner_id = $1
             OR EXISTS (SELECT 1 FROM program_members m
                         WHERE m.program_id = d.program_id AND m.user_id = $1 AND m.role = 'owner'))
      ORDER BY d.needed_by NULLS LAST, d.created_at, d.id
      LIMIT ${MY_WORK_LIMIT}`,
    [userId],
  );
  return r.rows;
}

export interface OwnedProgramRow {
  id: string;
  name: string;
  status: string;
  target_date: string | null;
  health: 'green' | 'amber' | 'red';
}

/** Active programs the user owns, by name, with the health their latest published report gives. */
export async function ownedPrograms(db: Queryable, userId: string, everything: boolean) {
  const r = await db.query<Counted<OwnedProgramRow>>(
    `SELECT p.id, p.name, p.status, to_char(p.target_date, 'YYYY-MM-DD') AS target_date,
            coalesce((SELECT coalesce(s.health_override, s.facts->>'health') FROM status_reports s
                       WHERE s.program_id = p.id AND s.status = 'published'
                       ORDER BY s.published_at DESC, s.id LIMIT 1), p.health) AS health,
            count(*) OVER () AS total
       FROM programs p
      WHERE p.status = 'active' AND ${visible(everything)}
        AND (p.owner_id = $1
             OR EXISTS (SELECT 1 FROM program_members m
                         WHERE m.program_id = p.id AND m.user_id = $1 AND m.role = 'owner'))
      ORDER BY p.name, p.id
      LIMIT ${MY_WORK_LIMIT}`,
    [userId],
  );
  return r.rows;
}

/** `total` of a counted result: the window count of its first row, or none. */
export const totalOf = (rows: { total: string }[]) => (rows[0] ? Number(rows[0].total) : 0);
