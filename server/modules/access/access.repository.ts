import type { MemberRole, ProgramVisibility } from '../../../contracts/program-member.schema.js';
import type { Queryable } from '../../db/database.js';
import type { ProgramEntity } from './access-rule.js';

/** For each kind of row: the program(s) it belongs to, given its ids as $1 (uuid[]). */
const PROGRAMS_OF: Record<ProgramEntity, string> = {
  program: 'SELECT id AS program_id FROM programs WHERE id = ANY($1::uuid[])',
  workstream: 'SELECT program_id FROM workstreams WHERE id = ANY($1::uuid[])',
  calendar: 'SELECT program_id FROM program_calendars WHERE id = ANY($1::uuid[])',
  programResource: 'SELECT program_id FROM program_resources WHERE id = ANY($1::uuid[])',
  milestone: 'SELECT program_id FROM milestones WHERE id = ANY($1::uuid[])',
  criterion: `SELECT m.program_id FROM success_criteria c JOIN milestones m ON m.id = c.milestone_id
               WHERE c.id = ANY($1::uuid[])`,
  task: 'SELECT program_id FROM tasks WHERE id = ANY($1::uuid[])',
  planItem: `SELECT program_id FROM tasks WHERE id = ANY($1::uuid[])
             UNION ALL SELECT program_id FROM milestones WHERE id = ANY($1::uuid[])`,
  // A dependency is part of its successor's plan.
  dependency: `SELECT coalesce(st.program_id, sm.program_id) AS program_id
                 FROM dependencies d
                 LEFT JOIN tasks st ON st.id = d.successor_task_id
                 LEFT JOIN milestones sm ON sm.id = d.successor_milestone_id
                WHERE d.id = ANY($1::uuid[])`,
  baseline: 'SELECT program_id FROM baselines WHERE id = ANY($1::uuid[])',
  // A portfolio forecast belongs to every program it forecast.
  forecast: `SELECT unnest(CASE WHEN program_id IS NOT NULL THEN ARRAY[program_id] ELSE program_ids END) AS program_id
               FROM forecasts WHERE id = ANY($1::uuid[])`,
  risk: 'SELECT program_id FROM program_risks WHERE id = ANY($1::uuid[])',
  assumption: 'SELECT program_id FROM program_assumptions WHERE id = ANY($1::uuid[])',
  programIssue: 'SELECT program_id FROM program_issues WHERE id = ANY($1::uuid[])',
  externalDependency: 'SELECT program_id FROM external_dependencies WHERE id = ANY($1::uuid[])',
  changeRequest: 'SELECT program_id FROM change_requests WHERE id = ANY($1::uuid[])',
  taskAssignment: `SELECT t.program_id FROM task_assignments a JOIN tasks t ON t.id = a.task_id
                    WHERE a.id = ANY($1::uuid[])`,
  allocation: 'SELECT program_id FROM allocations WHERE id = ANY($1::uuid[])',
  staffingNeed: 'SELECT program_id FROM staffing_needs WHERE id = ANY($1::uuid[])',
  // A portfolio decision belongs to no program: it locates nothing (see its routes' rules).
  decision:
    'SELECT program_id FROM decisions WHERE id = ANY($1::uuid[]) AND program_id IS NOT NULL',
  // A portfolio action item belongs to no program: the service answers for it.
  actionItem:
    'SELECT program_id FROM action_items WHERE id = ANY($1::uuid[]) AND program_id IS NOT NULL',
  statusReport: 'SELECT program_id FROM status_reports WHERE id = ANY($1::uuid[])',
  postMortem: 'SELECT program_id FROM post_mortems WHERE id = ANY($1::uuid[])',
  // A review belongs to every program it reviews; a portfolio review to none (see its routes' rules).
  review: 'SELECT program_id FROM review_programs WHERE review_id = ANY($1::uuid[])',
  // A survey of no program locates nothing: its routes' guard keeps it to TPM managers and admins.
  survey: 'SELECT program_id FROM surveys WHERE id = ANY($1::uuid[]) AND program_id IS NOT NULL',
};

export interface ProgramStanding {
  programId: string;
  visibility: ProgramVisibility;
  membership: MemberRole | null;
}

/** The programs these rows belong to, with their visibility and the user's membership. */
export async function programStandings(
  db: Queryable,
  entity: ProgramEntity,
  ids: string[],
  userId: string,
): Promise<ProgramStanding[]> {
  const r = await db.query<{ id: string; visibility: ProgramVisibility; role: MemberRole | null }>(
    `SELECT DISTINCT p.id, p.visibility, m.role
       FROM (${PROGRAMS_OF[entity]}) owned
       JOIN programs p ON p.id = owned.program_id
       LEFT JOIN program_members m ON m.program_id = p.id AND m.user_id = $2`,
    [ids, userId],
  );
  return r.rows.map((row) => ({
    programId: row.id,
    visibility: row.visibility,
    membership: row.role,
  }));
}

/** The person a personal record belongs to (a person is their own record). */
export async function personOf(
  db: Queryable,
  of: 'person' | 'timeOff',
  id: string,
): Promise<string | undefined> {
  const sql =
    of === 'person'
      ? 'SELECT id AS person_id FROM users WHERE id = $1'
      : 'SELECT user_id AS person_id FROM time_off WHERE id = $1';
  return (await db.query<{ person_id: string }>(sql, [id])).rows[0]?.person_id;
}
