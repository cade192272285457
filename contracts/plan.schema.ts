import { Type, type Static } from 'typebox';
import { ClosedObject } from './common.schema.js';
import { Program } from './program.schema.js';
import { Workstream } from './workstream.schema.js';
import { Milestone } from './milestone.schema.js';
import { Task } from './task.schema.js';
import { Dependency } from './dependency.schema.js';

/** A program with everything planned under it, for the program page and exports. */
export const ProgramPlan = ClosedObject({
  program: Program,
  workstreams: Type.Array(Workstream),
  milestones: Type.Array(Milestone),
  tasks: Type.Array(Task),
  dependencies: Type.Array(Dependency),
});
export type ProgramPlan = Static<typeof ProgramPlan>;
