import type { MyWork } from '../../../contracts/my-work.schema.js';
import type { Clock } from '../../clock/clock.js';
import { programToday } from '../../clock/program-clock.js';
import { utcDay } from '../../clock/clock.js';
import type { Database } from '../../db/database.js';
import { UnauthenticatedError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { seesEveryProgram } from '../access/program-access-policy.js';
import { isDecisionOverdue } from '../decisions/decision-overdue.js';
import { PORTFOLIO_DECISION_ROLES } from '../decisions/decision.service.js';
import {
  decisionsNeeded,
  myOpenRequests,
  myOpenTasks,
  ownedPrograms,
  totalOf,
} from './my-work.repository.js';

/**
 * The home page's "my work": what waits on the signed-in person, in one answer, each
 * kind cut to its first ten with the full count beside it. Overdue is judged on each
 * program's own today.
 */
export function createMyWorkService(db: Database, clock: Clock) {
  return {
    async get(ctx: RequestContext): Promise<MyWork> {
      const actor = ctx.actor;
      if (!actor) throw new UnauthenticatedError();
      const everything = seesEveryProgram(actor.role);
      const portfolio = (PORTFOLIO_DECISION_ROLES as readonly string[]).includes(actor.role);
      const [tasks, requests, decisions, programs] = await Promise.all([
        myOpenTasks(db, actor.id, everything),
        myOpenRequests(db, actor.id, actor.role === 'stakeholder'),
        decisionsNeeded(db, actor.id, portfolio, everything),
        ownedPrograms(db, actor.id, everything),
      ]);
      return {
        tasks: {
          items: tasks.map((t) => ({
            id: t.id,
            name: t.name,
            programId: t.program_id,
            programName: t.program_name,
            state: t.state,
            dueDate: t.due_date,
            overdue: t.due_date !== null && t.due_date < programToday(clock, t.time_zone),
          })),
          total: totalOf(tasks),
        },
        requests: {
          items: requests.map((r) => ({
            id: r.id,
            number: r.number,
            title: r.title,
            state: r.state,
            submittedAt: new Date(r.created_at).toISOString(),
          })),
          total: totalOf(requests),
        },
        decisionsNeeded: {
          items: decisions.map((d) => ({
            id: d.id,
            title: d.title,
            programId: d.program_id,
            programName: d.program_name,
            neededBy: d.needed_by,
            overdue: isDecisionOverdue(
              'proposed',
              d.needed_by,
              d.time_zone ? programToday(clock, d.time_zone) : utcDay(clock),
            ),
          })),
          total: totalOf(decisions),
        },
        programs: {
          items: programs.map((p) => ({
            id: p.id,
            name: p.name,
            status: p.status,
            targetDate: p.target_date,
            health: p.health,
          })),
          total: totalOf(programs),
        },
      };
    },
  };
}
