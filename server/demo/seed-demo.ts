import { systemClock } from '../clock/clock.js';
import type { Database } from '../db/database.js';
import { countUsers, insertUser } from '../modules/users/user.repository.js';
import { hashPassword } from '../modules/auth/password.js';
import { createScheduleService } from '../modules/schedules/schedule.service.js';
import { writeDemoChangeRequests } from './demo-change-requests.js';
import { writeDemoDecisions } from './demo-decisions.js';
import { writeDemoOkrs } from './demo-okrs.js';
import { writeDemoPostMortems } from './demo-post-mortems.js';
import { writeDemoReviews } from './demo-reviews.js';
import { seedDemoForecastInputs } from './demo-forecasts.js';
import { writeDemoRisks } from './demo-risks.js';
import { writeDemoRaidLog } from './demo-raid.js';
import { writeDemoStatusReports } from './demo-status-reports.js';
import { buildDemoOrganization } from './demo-organization.js';
import { writeDemoIntake } from './demo-intake.js';
import { writeDemoIntakeHistory } from './demo-intake-history.js';
import { writeDemoHistory } from './demo-history.js';
import { writeDemoOrganization } from './demo-writer.js';
import { writeDemoWorkingTime } from './demo-working-time.js';
import { writeDemoTeam } from './demo-team.js';
import { writeDemoSurveys } from './demo-surveys.js';

export const DEMO_ADMIN_EMAIL = 'admin@waymark.test';

export interface SeedDemoOptions {
  /** The calendar date the demo plan is laid out around; defaults to today (UTC). */
  today?: string;
  /** The instant the demo's request ages count back from; defaults to the system clock. */
  now?: Date;
}

/**
 * Seeds the demo organization on an empty database: the admin, teams, people
 * (who sign in with the same demo password as the admin), four programs with their plans and
 * dependencies, all in one transaction. Returns false when the database already
 * has users (nothing is touched then).
 */
export async function seedDemoOrganization(
  db: Database,
  adminPassword: string,
  options: SeedDemoOptions = {},
): Promise<boolean> {
  if ((await countUsers(db)) > 0) return false;
  const now = options.now ?? systemClock();
  const today = options.today ?? now.toISOString().slice(0, 10);
  const organization = buildDemoOrganization(today);
  const passwordHash = await hashPassword(adminPassword);
  return db.transaction(async (tx) => {
    // Two instances starting on one empty external database: the second waits, then sees users.
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('waymark.seed-demo'))`);
    if ((await countUsers(tx)) > 0) return false;
    const admin = await insertUser(tx, {
      email: DEMO_ADMIN_EMAIL,
      name: 'Avery Admin',
      role: 'admin',
      title: 'Waymark administrator',
      passwordHash,
    });
    const counts = await writeDemoOrganization(tx, organization, today, passwordHash);
    await writeDemoWorkingTime(tx, today);
    await seedDemoForecastInputs(tx);
    await writeDemoRisks(tx, today, now);
    await writeDemoRaidLog(tx, today, now);
    await writeDemoDecisions(tx, today);
    await writeDemoReviews(tx, today);
    await writeDemoOkrs(tx, today, now);
    await writeDemoIntake(tx, now);
    const team = await writeDemoTeam(tx, organization);
    // Computed now, so the capacity heatmap reads scheduled dates from the first start.
    const demoClock = () => new Date(`${today}T12:00:00Z`);
    const schedules = createScheduleService(db, demoClock);
    for (const { id } of (await tx.query<{ id: string }>('SELECT id FROM programs ORDER BY id'))
      .rows)
      await schedules.current(tx, id);
    // After the schedules: an approval saves the schedule as its baseline "before CR-n".
    await writeDemoChangeRequests(db, tx, today, demoClock);
    await writeDemoStatusReports(tx, today, { clock: demoClock, schedules });
    await writeDemoSurveys(tx, now);
    // Last: its timeline is stored from the history written above.
    await writeDemoPostMortems(tx, now);
    // After every other writer, so none of them picks up the closed programs.
    const history = await writeDemoHistory(tx, today);
    await writeDemoIntakeHistory(tx, now);
    await tx.query(
      `INSERT INTO audit_events (actor_id, actor_email, entity_type, entity_id, action, after)
       VALUES (NULL, NULL, 'demo', 'organization', 'seed', $1)`,
      [
        JSON.stringify({
          today,
          adminId: admin.id,
          ...counts,
          programs: counts.programs + history.programs,
          tasks: counts.tasks + history.tasks,
          team,
        }),
      ],
    );
    return true;
  });
}
