import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../tests/support/test-database.js';
import { fiscalQuarterOf } from '../../engine/headcount/fiscal-quarter.js';
import { scoreForecasts } from '../../engine/forecasting/forecast-accuracy.js';
import { verifyPassword } from '../modules/auth/password.js';
import { loadForecastOutcomes } from '../modules/forecasts/forecast-accuracy.repository.js';
import { DEMO_ADMIN_EMAIL, seedDemoOrganization } from './seed-demo.js';

const PASSWORD = 'demo-password-for-tests';
const TABLES = [
  'teams',
  'users',
  'programs',
  'workstreams',
  'milestones',
  'success_criteria',
  'tasks',
  'dependencies',
  'audit_events',
  'task_assignments',
  'holidays',
];

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.drop());

async function one<R>(sql: string): Promise<R> {
  return (await t.db.query(sql)).rows[0] as R;
}
async function counts(): Promise<Record<string, number>> {
  const entries = await Promise.all(
    TABLES.map(
      async (table) =>
        [table, (await one<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).n] as const,
    ),
  );
  return Object.fromEntries(entries);
}

describe('seedDemoOrganization', () => {
  it('seeds an empty database in one go', async () => {
    expect(await seedDemoOrganization(t.db, PASSWORD)).toBe(true);
    const n = await counts();
    expect(n.users).toBeGreaterThanOrEqual(26); // the admin and 25+ people
    expect(n.programs).toBeGreaterThanOrEqual(3);
    expect(n.tasks).toBeGreaterThanOrEqual(40);
    // The seed's own row; the rest is the change requests' history, written by their service.
    const audit = await one<{ seed: number; other: number }>(
      `SELECT count(*) FILTER (WHERE entity_type = 'demo')::int AS seed,
              count(*) FILTER (WHERE entity_type <> 'demo' AND entity_type <> 'change_request'
                AND (request_id IS NULL OR request_id NOT IN (SELECT id::text FROM change_requests)))::int AS other
         FROM audit_events`,
    );
    expect(audit).toEqual({ seed: 1, other: 0 });
    expect(n.task_assignments).toBe(n.tasks); // every task's owner works on it
    expect(n.holidays).toBe(14); // seven a year, this year and next
    const cross = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM dependencies d
         JOIN LATERAL (SELECT program_id FROM tasks WHERE id = d.predecessor_id
                       UNION ALL SELECT program_id FROM milestones WHERE id = d.predecessor_id) a ON true
         JOIN LATERAL (SELECT program_id FROM tasks WHERE id = d.successor_id
                       UNION ALL SELECT program_id FROM milestones WHERE id = d.successor_id) b ON true
        WHERE a.program_id <> b.program_id`,
    );
    expect(cross.n).toBeGreaterThanOrEqual(3);
    // The risk register: every program's risks owned and mitigated, some occurred, some closed.
    const register = await t.db.query<{
      program_id: string;
      n: number;
      owned: number;
      open: number;
    }>(
      `SELECT program_id, count(*)::int AS n,
              count(*) FILTER (WHERE owner_id IS NOT NULL AND mitigation IS NOT NULL
                               AND mitigation_due_date IS NOT NULL AND review_date IS NOT NULL)::int AS owned,
              count(*) FILTER (WHERE status IN ('open', 'mitigating'))::int AS open
         FROM program_risks GROUP BY program_id`,
    );
    // The closed programs of the demo's history have their risks behind them.
    const active = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM programs WHERE status <> 'completed'`,
    );
    expect(register.rows).toHaveLength(active.n);
    for (const r of register.rows) {
      expect(r.owned).toBe(r.n);
      expect(r.open).toBeGreaterThan(0);
    }
    const statuses = await one<{ occurred: number; closed: number }>(
      `SELECT count(*) FILTER (WHERE status = 'occurred' AND occurred_at IS NOT NULL)::int AS occurred,
              count(*) FILTER (WHERE status = 'closed' AND closed_at IS NOT NULL)::int AS closed
         FROM program_risks`,
    );
    expect(statuses.occurred).toBeGreaterThanOrEqual(2);
    expect(statuses.closed).toBeGreaterThanOrEqual(2);
  });

  it('gives two programs a published status report and a draft that compares against it', async () => {
    const reports = await one<{ published: number; drafts: number; programs: number }>(
      `SELECT count(*) FILTER (WHERE status = 'published' AND published_by IS NOT NULL)::int AS published,
              count(*) FILTER (WHERE status = 'draft')::int AS drafts,
              count(DISTINCT program_id)::int AS programs
         FROM status_reports`,
    );
    expect(reports).toEqual({ published: 2, drafts: 2, programs: 2 });
  });

  it('gives every program a RAID log with owners: an invalid assumption, a critical escalated issue blocking a task, a vendor, a team and a date', async () => {
    const perProgram = await t.db.query<{
      invalid: number;
      critical: number;
      kinds: string[];
      unowned: number;
    }>(
      `SELECT (SELECT count(*)::int FROM program_assumptions a
                WHERE a.program_id = p.id AND a.status = 'invalid') AS invalid,
              (SELECT count(*)::int FROM program_issues i
                WHERE i.program_id = p.id AND i.severity = 'critical'
                  AND i.escalation_level <> 'none' AND cardinality(i.task_ids) > 0) AS critical,
              (SELECT array_agg(DISTINCT d.kind ORDER BY d.kind) FROM external_dependencies d
                WHERE d.program_id = p.id) AS kinds,
              (SELECT count(*)::int FROM program_assumptions WHERE program_id = p.id AND owner_id IS NULL)
            + (SELECT count(*)::int FROM program_issues WHERE program_id = p.id AND owner_id IS NULL)
            + (SELECT count(*)::int FROM external_dependencies WHERE program_id = p.id AND owner_id IS NULL)
                AS unowned
         FROM programs p WHERE p.status <> 'completed'`,
    );
    expect(perProgram.rows.length).toBeGreaterThanOrEqual(3);
    for (const row of perProgram.rows)
      expect(row).toEqual({
        invalid: 1,
        critical: 1,
        kinds: ['date', 'team', 'vendor'],
        unowned: 0,
      });
  });

  it('lets the admin and every demo person sign in with the demo password', async () => {
    const admin = await one<{ password_hash: string; role: string; name: string }>(
      `SELECT password_hash, role, name FROM users WHERE email = '${DEMO_ADMIN_EMAIL}'`,
    );
    expect([admin.role, admin.name]).toEqual(['admin', 'Avery Admin']);
    expect(await verifyPassword(admin.password_hash, PASSWORD)).toBe(true);
    expect(await verifyPassword(admin.password_hash, 'not-the-password')).toBe(false);
    const others = await one<{
      n: number;
      with_password: number;
      outside: number;
      no_team: number;
    }>(
      `SELECT count(*)::int AS n, count(password_hash)::int AS with_password,
              count(*) FILTER (WHERE email NOT LIKE '%@waymark.test')::int AS outside,
              count(*) FILTER (WHERE team_id IS NULL)::int AS no_team
         FROM users WHERE role <> 'admin'`,
    );
    expect(others).toMatchObject({ with_password: others.n, outside: 0, no_team: 0 });
    expect(others.n).toBeGreaterThanOrEqual(25);
    const person = await one<{ password_hash: string; active: boolean }>(
      `SELECT password_hash, active FROM users WHERE role = 'stakeholder' ORDER BY email LIMIT 1`,
    );
    expect(person.active).toBe(true);
    expect(await verifyPassword(person.password_hash, PASSWORD)).toBe(true);
  });

  it('stores programs with their real task counts, owners, sponsors and mixed health', async () => {
    const programs = (
      await t.db.query<{
        health: string;
        task_count: number;
        done_task_count: number;
        tasks: number;
        done: number;
        rollup_at: Date | null;
        owner_role: string;
        sponsor: string;
        budget_cents: number;
      }>(
        `SELECT p.health, p.task_count, p.done_task_count, p.rollup_at, p.sponsor, p.budget_cents, o.role AS owner_role,
                (SELECT count(*)::int FROM tasks t WHERE t.program_id = p.id) AS tasks,
                (SELECT count(*)::int FROM tasks t WHERE t.program_id = p.id AND t.state = 'done') AS done
           FROM programs p JOIN users o ON o.id = p.owner_id`,
      )
    ).rows;
    for (const p of programs) {
      expect([p.task_count, p.done_task_count]).toEqual([p.tasks, p.done]);
      expect(p.rollup_at).not.toBeNull();
      expect(p.owner_role).toMatch(/^tpm/);
      expect(p.budget_cents).toBeGreaterThan(0);
      const sponsor = await one<{ role: string }>(
        `SELECT role FROM users WHERE name = '${p.sponsor.replace(/'/g, "''")}'`,
      );
      expect(sponsor.role).toBe('stakeholder');
    }
    expect(new Set(programs.map((p) => p.health))).toEqual(new Set(['green', 'amber', 'red']));
  });

  it('records the seeding as one audit event (the change requests keep their own history)', async () => {
    const audit = await one<{ entity_type: string; action: string; after: { tasks: number } }>(
      `SELECT entity_type, action, after FROM audit_events WHERE entity_type = 'demo'`,
    );
    expect([audit.entity_type, audit.action]).toEqual(['demo', 'seed']);
    expect(audit.after.tasks).toBe((await counts()).tasks);
  });

  it('does nothing on a database that already has users', async () => {
    const before = await counts();
    expect(await seedDemoOrganization(t.db, 'another-password-entirely')).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it('seeds exactly once when two instances start together', async () => {
    const other = await createTestDatabase();
    try {
      const results = await Promise.all([
        seedDemoOrganization(other.db, PASSWORD),
        seedDemoOrganization(other.db, PASSWORD),
      ]);
      expect(results.sort()).toEqual([false, true]);
      const seeds = await other.db.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE entity_type = 'demo'`,
      );
      expect(seeds.rows[0].n).toBe(1);
      // One set of demo change requests, not two.
      const numbers = await other.db.query('SELECT max(number)::int AS n FROM change_requests');
      expect(numbers.rows[0].n).toBe(5);
    } finally {
      await other.drop();
    }
  });

  it('gives every program change requests in every state, the approved one with its baseline', async () => {
    const perProgram = await t.db.query<{ statuses: string[]; baselines: string[] }>(
      `SELECT (SELECT array_agg(c.status ORDER BY c.number) FROM change_requests c
                WHERE c.program_id = p.id) AS statuses,
              (SELECT array_agg(b.name ORDER BY b.name) FROM baselines b
                WHERE b.id IN (SELECT baseline_id FROM change_requests WHERE program_id = p.id)) AS baselines
         FROM programs p WHERE p.status <> 'completed'`,
    );
    expect(perProgram.rows.length).toBeGreaterThanOrEqual(3);
    for (const p of perProgram.rows) {
      expect(p.statuses).toEqual(['draft', 'submitted', 'deferred', 'rejected', 'approved']);
      expect(p.baselines).toEqual(['before CR-5']);
    }
    const impacts = await one<{ missing: number; later: number }>(
      `SELECT count(*) FILTER (WHERE impact IS NULL)::int AS missing,
              count(*) FILTER (WHERE (impact->>'finishDeltaWorkingDays')::int > 0)::int AS later
         FROM change_requests`,
    );
    expect(impacts.missing).toBe(0);
    expect(impacts.later).toBeGreaterThan(0);
  });

  it('publishes one post-mortem, its timeline stored in time order from the demo history', async () => {
    const pm = await one<{ status: string; timeline: { at: string; kind: string }[] }>(
      'SELECT status, timeline FROM post_mortems',
    );
    expect(pm.status).toBe('published');
    const kinds = new Set(pm.timeline.map((e) => e.kind));
    expect(kinds).toContain('change_request');
    expect(kinds).toContain('baseline');
    const times = pm.timeline.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  describe('a year of history for the KPIs', () => {
    const quarters = (days: string[]) => new Set(days.map((d) => fiscalQuarterOf(d)));

    it('closes programs over the last four quarters, their plans done against a baseline, some late', async () => {
      const closed = (
        await t.db.query<{ finished: string; tasks: number; done: number; baselines: number }>(
          `SELECT (SELECT max(actual_finish)::date::text FROM tasks WHERE program_id = p.id) AS finished,
                  (SELECT count(*)::int FROM tasks WHERE program_id = p.id) AS tasks,
                  (SELECT count(*)::int FROM tasks WHERE program_id = p.id AND state = 'done'
                     AND actual_start IS NOT NULL AND actual_finish IS NOT NULL) AS done,
                  (SELECT count(*)::int FROM baselines WHERE program_id = p.id) AS baselines
             FROM programs p WHERE p.status = 'completed'`,
        )
      ).rows;
      expect(closed.length).toBeGreaterThanOrEqual(4);
      for (const p of closed) {
        expect(p.tasks).toBeGreaterThanOrEqual(12);
        expect([p.done, p.baselines]).toEqual([p.tasks, 1]);
      }
      expect(quarters(closed.map((p) => p.finished)).size).toBeGreaterThanOrEqual(3);
      const milestones = await one<{ on_time: number; late: number }>(
        `SELECT count(*) FILTER (WHERE m.achieved_at::date <= m.due_date)::int AS on_time,
                count(*) FILTER (WHERE m.achieved_at::date > m.due_date)::int AS late
           FROM milestones m JOIN programs p ON p.id = m.program_id
          WHERE p.status = 'completed' AND m.state = 'achieved'`,
      );
      expect(milestones.on_time).toBeGreaterThanOrEqual(6);
      expect(milestones.late).toBeGreaterThanOrEqual(3);
    });

    it('has forecasts made before those finishes, some within their P80 and some not', async () => {
      const report = scoreForecasts(await loadForecastOutcomes(t.db, undefined, () => true));
      expect(report.scored.length).toBeGreaterThanOrEqual(12);
      const p80 = report.calibration.find((c) => c.p === 80)!;
      expect(p80.observed).toBeGreaterThan(0.5);
      expect(p80.observed).toBeLessThan(1);
    });

    it('answers and decides requests all year, some first responses days late', async () => {
      const requests = (
        await t.db.query<{ created: string; response_hours: number; decided: string }>(
          `SELECT created_at::date::text AS created,
                  extract(epoch FROM first_response_at - created_at)::float / 3600 AS response_hours,
                  triaged_at::date::text AS decided
             FROM intake_requests WHERE state IN ('accepted', 'declined') AND triaged_at IS NOT NULL`,
        )
      ).rows;
      expect(requests.length).toBeGreaterThanOrEqual(20);
      expect(requests.filter((r) => r.response_hours <= 24).length).toBeGreaterThan(10);
      expect(requests.filter((r) => r.response_hours > 72).length).toBeGreaterThanOrEqual(3);
      expect(quarters(requests.map((r) => r.decided)).size).toBeGreaterThanOrEqual(3);
    });

    it('approves change requests over at least three quarters', async () => {
      const approved = (
        await t.db.query<{ decided: string }>(
          `SELECT decided_at::date::text AS decided FROM change_requests WHERE status = 'approved'`,
        )
      ).rows;
      expect(approved.length).toBeGreaterThanOrEqual(8);
      expect(quarters(approved.map((r) => r.decided)).size).toBeGreaterThanOrEqual(3);
    });
  });

  it('grades last quarter’s OKRs and commits this quarter’s, with check-ins and aligned programs', async () => {
    const rows = (
      await t.db.query<{ state: string; n: number; cascaded: number; checkins: number }>(
        `SELECT o.state, count(*)::int AS n, count(o.parent_id)::int AS cascaded,
                sum((SELECT count(*) FROM key_results k JOIN key_result_check_ins c ON c.key_result_id = k.id
                      WHERE k.objective_id = o.id))::int AS checkins
           FROM objectives o GROUP BY o.state ORDER BY o.state`,
      )
    ).rows;
    expect(rows).toEqual([
      { state: 'committed', n: 2, cascaded: 1, checkins: 6 },
      { state: 'graded', n: 2, cascaded: 1, checkins: 0 },
    ]);
    const graded = await one<{ grade: number }>(
      "SELECT grade::float8 AS grade FROM objectives WHERE state = 'graded' AND parent_id IS NULL",
    );
    // (78 − 60) / (85 − 60) = 0.72 and (6 − 12) / (4 − 12) = 0.75: the grade is their mean.
    expect(graded.grade).toBeCloseTo(0.735, 4);
    expect((await one<{ n: number }>('SELECT count(*)::int AS n FROM objective_programs')).n).toBe(
      6,
    );
  });
});
