import { hashPassword } from '../server/modules/auth/password.js';
import type { Database } from '../server/db/database.js';
import { buildDemoOrganization } from '../server/demo/demo-organization.js';
import { seedDemoForecastInputs } from '../server/demo/demo-forecasts.js';
import { writeDemoDecisions } from '../server/demo/demo-decisions.js';
import { writeDemoIntake } from '../server/demo/demo-intake.js';
import { writeDemoRaidLog } from '../server/demo/demo-raid.js';
import { writeDemoRisks } from '../server/demo/demo-risks.js';
import { writeDemoTeam } from '../server/demo/demo-team.js';
import { writeDemoOrganization } from '../server/demo/demo-writer.js';

/** Change requests the bench gives every program: the demo's own need schedules and Monte Carlo runs. */
const CHANGE_REQUESTS = [
  [
    'Move the launch a week later',
    'The vendor asked for more time to finish the integration tests.',
  ],
  ['Add a security review before go-live', 'Compliance wants a sign-off on the data flows first.'],
];

/**
 * The demo organization ten times over, for the search benchmark: the demo's
 * programs, plans, RAID log, decisions, requests and people written once (without
 * its forecasts, schedules and change-request impacts, which search does not read),
 * then copied nine times in SQL with new ids (people with new e-mail addresses).
 * Returns the number of rows per searched table.
 */
export async function seedDemoTimesTen(db: Database, today: string, now: Date) {
  const org = buildDemoOrganization(today);
  const hash = await hashPassword('bench-demo-password');
  await db.transaction(async (tx) => {
    await writeDemoOrganization(tx, org, today, hash);
    await seedDemoForecastInputs(tx);
    await writeDemoRisks(tx, today, now);
    await writeDemoRaidLog(tx, today, now);
    await writeDemoDecisions(tx, today);
    await writeDemoIntake(tx, now);
    await writeDemoTeam(tx, org);
    for (const [i, [title, reason]] of CHANGE_REQUESTS.entries())
      await tx.query(
        `INSERT INTO change_requests (program_id, number, title, reason)
         SELECT id, $3, $1, $2 FROM programs`,
        [title, reason, i + 1],
      );
  });
  await db.transaction(async (tx) => {
    await tx.query(`CREATE TEMP TABLE program_copy ON COMMIT DROP AS
      SELECT c AS copy, p.id AS old_id, gen_random_uuid() AS new_id
        FROM programs p CROSS JOIN generate_series(2, 10) c`);
    await tx.query(`CREATE TEMP TABLE user_copy ON COMMIT DROP AS
      SELECT c AS copy, u.id AS old_id, gen_random_uuid() AS new_id
        FROM users u CROSS JOIN generate_series(2, 10) c`);
    await tx.query(`INSERT INTO users (id, email, name, role, title, team_id, active)
      SELECT m.new_id, 'copy' || m.copy || '.' || u.email, u.name, u.role, u.title, u.team_id, u.active
        FROM users u JOIN user_copy m ON m.old_id = u.id`);
    await tx.query(`INSERT INTO person_skills (user_id, kind, name, proficiency)
      SELECT m.new_id, s.kind, s.name, s.proficiency FROM person_skills s JOIN user_copy m ON m.old_id = s.user_id`);
    await tx.query(`INSERT INTO programs (id, name, summary, sponsor, status, health, start_date, target_date, visibility)
      SELECT m.new_id, p.name, p.summary, p.sponsor, p.status, p.health, p.start_date, p.target_date, p.visibility
        FROM programs p JOIN program_copy m ON m.old_id = p.id`);
    const perProgram: [string, string][] = [
      ['milestones', 'name, description, due_date, state, achieved_at'],
      [
        'tasks',
        'name, description, state, estimate_hours, percent_complete, start_date, actual_start, actual_finish',
      ],
      [
        'program_risks',
        'title, description, mitigation, contingency, probability, delay_hours, category, status',
      ],
      ['program_assumptions', 'statement, description, note, status'],
      ['program_issues', 'title, description, severity, status'],
      ['external_dependencies', 'title, description, kind, party, status'],
      ['change_requests', 'number, title, reason, status'],
    ];
    for (const [table, columns] of perProgram)
      await tx.query(`INSERT INTO ${table} (program_id, ${columns})
        SELECT m.new_id, ${columns} FROM ${table} t JOIN program_copy m ON m.old_id = t.program_id`);
    // Superseded decisions point at their successor; the copies are decided (or proposed) instead.
    await tx.query(`INSERT INTO decisions (program_id, title, context, decision, status)
      SELECT m.new_id, d.title, d.context, d.decision,
             CASE WHEN d.status <> 'superseded' THEN d.status
                  WHEN coalesce(d.decision, '') <> '' THEN 'decided' ELSE 'proposed' END
        FROM decisions d JOIN (SELECT DISTINCT copy FROM program_copy) c ON true
        LEFT JOIN program_copy m ON m.old_id = d.program_id AND m.copy = c.copy`);
    await tx.query(`INSERT INTO intake_requests (title, problem, desired_outcome, business_value, source,
        requester_id, requester_name, state, state_reason, deferred_until, program_id)
      SELECT r.title, r.problem, r.desired_outcome, r.business_value, r.source,
             r.requester_id, r.requester_name,
             CASE WHEN r.state = 'duplicate' THEN 'new' ELSE r.state END,
             r.state_reason, r.deferred_until, m.new_id
        FROM intake_requests r JOIN (SELECT DISTINCT copy FROM program_copy) c ON true
        LEFT JOIN program_copy m ON m.old_id = r.program_id AND m.copy = c.copy`);
  });
  await db.query('ANALYZE');
  const counts: Record<string, number> = {};
  for (const table of [
    'programs',
    'milestones',
    'tasks',
    'intake_requests',
    'program_risks',
    'program_assumptions',
    'program_issues',
    'external_dependencies',
    'decisions',
    'change_requests',
    'users',
    'person_skills',
  ])
    counts[table] = (
      await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)
    ).rows[0]!.n;
  return counts;
}
