import type { PlanChange } from '../../contracts/change-request.schema.js';
import type { Clock } from '../clock/clock.js';
import type { Database, Queryable } from '../db/database.js';
import { joinedTransaction } from '../db/joined-transaction.js';
import { createChangeRequestService } from '../modules/change-requests/change-request.service.js';
import type { Actor, RequestContext } from '../request-context.js';

/** `today` moved by whole days, `YYYY-MM-DD`. */
const dayFrom = (today: string, days: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The seed's transaction as a Database whose nested "transactions" are savepoints: the
 * change-request service checks each change by writing it and rolling back, which inside
 * one open transaction must undo only that check, never the rest of the seed.
 */
function savepointDatabase(db: Database, tx: Queryable): Database {
  const joined = joinedTransaction(db, tx);
  let depth = 0;
  return {
    ...joined,
    transaction: async (work) => {
      const savepoint = `demo_cr_${++depth}`;
      await tx.query(`SAVEPOINT ${savepoint}`);
      try {
        const result = await joined.transaction(work);
        await tx.query(`RELEASE SAVEPOINT ${savepoint}`);
        return result;
      } catch (error) {
        await tx.query(`ROLLBACK TO SAVEPOINT ${savepoint}`);
        throw error;
      } finally {
        depth--;
      }
    },
  };
}

interface DemoProgramPlan {
  id: string;
  owner: Actor | null;
  /** Open tasks with an estimate, the one due last first (the likeliest to be critical). */
  tasks: { id: string; name: string; estimate: number }[];
  milestone: { id: string; due_date: string } | null;
}

async function programsToChange(tx: Queryable): Promise<DemoProgramPlan[]> {
  const programs = await tx.query<{
    id: string;
    owner_id: string | null;
    email: string | null;
    name: string | null;
    role: Actor['role'] | null;
  }>(
    `SELECT p.id, p.owner_id, u.email, u.name, u.role
       FROM programs p LEFT JOIN users u ON u.id = p.owner_id ORDER BY p.name`,
  );
  const plans: DemoProgramPlan[] = [];
  for (const p of programs.rows) {
    const tasks = await tx.query<{ id: string; name: string; estimate: string }>(
      `SELECT id, name, estimate_hours AS estimate FROM tasks
        WHERE program_id = $1 AND state = 'todo' AND estimate_hours > 0
        ORDER BY due_date DESC NULLS LAST, id`,
      [p.id],
    );
    const milestone = await tx.query<{ id: string; due_date: string }>(
      `SELECT id, to_char(due_date, 'YYYY-MM-DD') AS due_date FROM milestones
        WHERE program_id = $1 AND due_date IS NOT NULL ORDER BY due_date DESC, id LIMIT 1`,
      [p.id],
    );
    plans.push({
      id: p.id,
      owner:
        p.owner_id && p.email && p.name && p.role
          ? { id: p.owner_id, email: p.email, name: p.name, role: p.role }
          : null,
      tasks: tasks.rows.map((t) => ({ ...t, estimate: Number(t.estimate) })),
      milestone: milestone.rows[0] ?? null,
    });
  }
  return plans;
}

/**
 * Change requests on every demo program (fictional, as all demo data), one in each
 * state: a draft, a submitted one, a deferred one, a rejected one, and one approved with
 * its baseline "before CR-n". Written through the change-request service itself, so each
 * carries the impact it would show and the approval changes the plan as the web does.
 * The approved one comes last: the others' impacts are then read on the plan as seeded.
 */
export async function writeDemoChangeRequests(
  db: Database,
  tx: Queryable,
  today: string,
  clock: Clock,
): Promise<void> {
  const service = createChangeRequestService(savepointDatabase(db, tx), clock);
  for (const plan of await programsToChange(tx)) {
    const ctx: RequestContext = { actor: plan.owner, requestId: null };
    const [last, second, third] = plan.tasks;
    if (!last) continue;
    const estimate = (task: typeof last, factor: number): PlanChange => ({
      kind: 'update_task',
      taskId: task.id,
      estimateHours: Math.round(task.estimate * factor),
    });
    const raise = (title: string, reason: string, changes: PlanChange[], draft = false) =>
      service.create(ctx, plan.id, { title, reason, changes, draft });

    await raise(
      plan.milestone ? 'Move the last milestone two weeks later' : 'Add a load-test pass',
      'The review board asked for a longer acceptance window.',
      plan.milestone
        ? [
            {
              kind: 'move_milestone',
              milestoneId: plan.milestone.id,
              date: dayFrom(plan.milestone.due_date, 14),
            },
          ]
        : [estimate(last, 1.25)],
      true,
    );
    await raise(
      `Add accessibility fixes to ${last.name}`,
      'The audit found issues that must be fixed before launch.',
      [estimate(last, 1.5)],
    );
    const deferred = await raise(
      `Broaden the scope of ${(second ?? last).name}`,
      'A partner team asked for two more integrations.',
      [estimate(second ?? last, 1.75)],
    );
    await service.decide(ctx, deferred.id, deferred.version, {
      outcome: 'deferred',
      reason: 'Wait for the partner team to confirm its own dates.',
      deferredUntil: dayFrom(today, 30),
    });
    const rejected = await raise(
      `Double the effort on ${last.name}`,
      'A second data center was proposed for launch.',
      [estimate(last, 2)],
    );
    await service.decide(ctx, rejected.id, rejected.version, {
      outcome: 'rejected',
      reason: 'The second data center waits for next year’s budget.',
    });
    const approved = await raise(
      `Add a security review to ${(third ?? last).name}`,
      'Security asked for a review before the work ships.',
      [estimate(third ?? last, 1.2)],
    );
    // The approval's writes share one request id, as an HTTP approval's do: the change request's.
    await service.decide({ ...ctx, requestId: approved.id }, approved.id, approved.version, {
      outcome: 'approved',
      reason: 'Small delay, required by policy.',
    });
  }
}
