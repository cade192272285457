import type { ProgramPlan } from '../../../contracts/plan.schema.js';
import type { Database } from '../../db/database.js';
import { NotFoundError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { programMoneyFor, taskMoneyFor } from '../access/hidden-money.js';
import { programSight } from '../access/program-sight.js';
import { listDependencies, toDependency } from '../dependencies/dependency.repository.js';
import { listMilestones } from '../milestones/milestone.repository.js';
import { findProgram, toProgram } from '../programs/program.repository.js';
import { listProgramTasks, toTask } from '../tasks/task.repository.js';
import { listWorkstreams, toWorkstream } from '../workstreams/workstream.repository.js';

/** Everything planned under a program, read in one snapshot. */
export function createPlanService(db: Database) {
  return {
    async get(ctx: RequestContext, programId: string): Promise<ProgramPlan> {
      return db.transaction(async (tx) => {
        // One snapshot for all the reads: a task cannot appear whose dependency is missing.
        await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
        const row = await findProgram(tx, programId);
        if (!row) throw new NotFoundError('Program', programId);
        const workstreams = await listWorkstreams(tx, programId);
        const milestones = await listMilestones(tx, programId);
        const tasks = await listProgramTasks(tx, programId);
        const dependencies = await listDependencies(tx, { programId });
        // A cross-program link names the other end's program: only links whose ends one may see.
        const sight = await programSight(tx, ctx.actor, [
          programId,
          ...dependencies.flatMap((d) => [d.predecessor_program_id, d.successor_program_id]),
        ]);
        return {
          program: programMoneyFor(sight, toProgram(row)),
          workstreams: workstreams.map(toWorkstream),
          milestones,
          tasks: tasks.map((t) => taskMoneyFor(sight, toTask(t))),
          dependencies: dependencies
            .filter(
              (d) =>
                sight.canRead(d.predecessor_program_id) && sight.canRead(d.successor_program_id),
            )
            .map(toDependency),
        };
      });
    },
  };
}
