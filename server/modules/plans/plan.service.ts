import type { ProgramPlan } from '../../../contracts/plan.schema.js';
import type { Database } from '../../db/database.js';
import { NotFoundError } from '../../domain-errors.js';
import { findProgram, toProgram } from '../programs/program.repository.js';

/** Everything planned under a program, read in one snapshot. */
export function createPlanService(db: Database) {
  return {
    async get(programId: string): Promise<ProgramPlan> {
      const row = await findProgram(db, programId);
      if (!row) throw new NotFoundError('Program', programId);
      return { program: toProgram(row), workstreams: [], milestones: [], tasks: [], dependencies: [] };
    },
  };
}
