import { demoAchievedAt, demoTaskProgress } from './demo-progress.js';
import type { Queryable } from '../db/database.js';
import type { DemoOrganization } from './demo-model.js';

export interface DemoWriteCounts {
  teams: number;
  people: number;
  programs: number;
  workstreams: number;
  milestones: number;
  successCriteria: number;
  tasks: number;
  dependencies: number;
  crossProgramDependencies: number;
}

interface PlanItem {
  kind: 'task' | 'milestone';
  id: string;
  programId: string;
}

/** A key lookup that fails loudly: a dangling key is a bug in the demo data. */
function resolver<T>(what: string) {
  const map = new Map<string, T>();
  return {
    set(key: string, value: T) {
      if (map.has(key)) throw new Error(`demo data: duplicate ${what} key ${JSON.stringify(key)}`);
      map.set(key, value);
    },
    get(key: string): T {
      const value = map.get(key);
      if (value === undefined)
        throw new Error(`demo data: unknown ${what} key ${JSON.stringify(key)}`);
      return value;
    },
  };
}

async function insertReturningId(tx: Queryable, sql: string, params: unknown[]): Promise<string> {
  const r = await tx.query<{ id: string }>(sql, params);
  return r.rows[0]!.id;
}

/**
 * Writes the demo organization with plain SQL. Call it inside a transaction: it
 * either writes everything or (by throwing) nothing. People sign in with the demo
 * password (`peoplePasswordHash`), so each role can be tried.
 */
export async function writeDemoOrganization(
  tx: Queryable,
  org: DemoOrganization,
  today: string,
  peoplePasswordHash: string | null = null,
): Promise<DemoWriteCounts> {
  const teams = resolver<string>('team');
  const people = resolver<{ id: string; name: string }>('person');
  const workstreams = resolver<string>('workstream');
  const items = resolver<PlanItem>('task or milestone');
  const counts: DemoWriteCounts = {
    teams: 0,
    people: 0,
    programs: 0,
    workstreams: 0,
    milestones: 0,
    successCriteria: 0,
    tasks: 0,
    dependencies: 0,
    crossProgramDependencies: 0,
  };

  for (const t of org.teams) {
    teams.set(
      t.key,
      await insertReturningId(
        tx,
        'INSERT INTO teams (name, description) VALUES ($1, $2) RETURNING id',
        [t.name, t.description],
      ),
    );
    counts.teams++;
  }
  for (const p of org.people) {
    const id = await insertReturningId(
      tx,
      `INSERT INTO users (email, name, role, title, team_id, password_hash) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [p.email, p.name, p.role, p.title, teams.get(p.teamKey), peoplePasswordHash],
    );
    people.set(p.key, { id, name: p.name });
    counts.people++;
  }

  const programIds: string[] = [];
  for (const program of org.programs) {
    const programId = await insertReturningId(
      tx,
      `INSERT INTO programs (name, summary, owner_id, sponsor, status, health, start_date, target_date, budget_cents, currency, visibility)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        program.name,
        program.summary,
        people.get(program.ownerKey).id,
        people.get(program.sponsorKey).name,
        program.status,
        program.health,
        program.startDate,
        program.targetDate,
        program.budgetCents,
        program.currency,
        program.visibility ?? 'organization',
      ],
    );
    programIds.push(programId);
    counts.programs++;
    // The owner owns it in Waymark too; the workstream leads edit it.
    await tx.query(
      `INSERT INTO program_members (program_id, user_id, role) VALUES ($1, $2, 'owner')
       ON CONFLICT DO NOTHING`,
      [programId, people.get(program.ownerKey).id],
    );
    if (program.visibility === 'members')
      await tx.query(
        `INSERT INTO program_members (program_id, user_id, role) VALUES ($1, $2, 'viewer')
         ON CONFLICT DO NOTHING`,
        [programId, people.get(program.sponsorKey).id],
      );
    for (const w of program.workstreams)
      await tx.query(
        `INSERT INTO program_members (program_id, user_id, role) VALUES ($1, $2, 'editor')
         ON CONFLICT DO NOTHING`,
        [programId, people.get(w.leadKey).id],
      );

    for (const [order, w] of program.workstreams.entries()) {
      workstreams.set(
        w.key,
        await insertReturningId(
          tx,
          `INSERT INTO workstreams (program_id, name, description, lead_id, sort_order) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [programId, w.name, w.description, people.get(w.leadKey).id, order],
        ),
      );
      counts.workstreams++;
    }
    for (const m of program.milestones) {
      const milestoneId = await insertReturningId(
        tx,
        `INSERT INTO milestones (program_id, workstream_id, name, description, due_date, state, achieved_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          programId,
          workstreams.get(m.workstreamKey),
          m.name,
          m.description,
          m.dueDate,
          m.state,
          demoAchievedAt(m, today),
        ],
      );
      items.set(m.key, { kind: 'milestone', id: milestoneId, programId });
      counts.milestones++;
      for (const [order, c] of m.criteria.entries()) {
        await tx.query(
          `INSERT INTO success_criteria (milestone_id, description, state, evidence_url, sort_order) VALUES ($1, $2, $3, $4, $5)`,
          [milestoneId, c.description, c.state, c.evidenceUrl, order],
        );
        counts.successCriteria++;
      }
    }
    for (const t of program.tasks) {
      const progress = demoTaskProgress(t, today);
      const taskId = await insertReturningId(
        tx,
        `INSERT INTO tasks (program_id, workstream_id, milestone_id, name, description, owner_id, team_id,
                            estimate_hours, start_date, due_date, state, actual_start, actual_finish, percent_complete)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
        [
          programId,
          workstreams.get(t.workstreamKey),
          t.milestoneKey === null ? null : items.get(t.milestoneKey).id,
          t.name,
          t.description,
          people.get(t.ownerKey).id,
          teams.get(t.teamKey),
          t.estimateHours,
          t.startDate,
          t.dueDate,
          t.state,
          progress.actualStart,
          progress.actualFinish,
          progress.percentComplete,
        ],
      );
      items.set(t.key, { kind: 'task', id: taskId, programId });
      counts.tasks++;
    }
  }

  for (const d of org.dependencies) {
    const from = items.get(d.predecessor);
    const to = items.get(d.successor);
    await tx.query(
      `INSERT INTO dependencies (predecessor_task_id, predecessor_milestone_id, successor_task_id, successor_milestone_id, type, lag_minutes)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        from.kind === 'task' ? from.id : null,
        from.kind === 'milestone' ? from.id : null,
        to.kind === 'task' ? to.id : null,
        to.kind === 'milestone' ? to.id : null,
        d.type,
        d.lagMinutes,
      ],
    );
    counts.dependencies++;
    if (from.programId !== to.programId) counts.crossProgramDependencies++;
  }

  // What the rollup job would compute, so the first screen shows progress at once.
  await tx.query(
    `UPDATE programs p SET task_count = c.total, done_task_count = c.done, rollup_at = now()
       FROM (SELECT pr.id, count(t.id)::int AS total, count(t.id) FILTER (WHERE t.state = 'done')::int AS done
               FROM programs pr LEFT JOIN tasks t ON t.program_id = pr.id
              WHERE pr.id = ANY($1::uuid[]) GROUP BY pr.id) c
      WHERE p.id = c.id`,
    [programIds],
  );
  return counts;
}
