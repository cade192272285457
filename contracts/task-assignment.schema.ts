import { Type, type Static } from 'typebox';
import { ClosedObject, Id, Timestamp, Version } from './common.schema.js';

// numeric(4, 2) with CHECK (units > 0): 0.01 is the smallest it holds.
const Units = Type.Number({
  minimum: 0.01,
  maximum: 2,
  description: 'Share of the person’s working time on this task: 1 = all of it, 0.5 = half.',
});

/** A person working on a task. Levelling and the resource view read these. */
export const TaskAssignment = ClosedObject({
  id: Id,
  taskId: Id,
  programId: Id,
  userId: Id,
  userName: Type.String(),
  units: Units,
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type TaskAssignment = Static<typeof TaskAssignment>;

export const TaskAssignmentCreate = ClosedObject({
  userId: Id,
  units: Type.Optional(Units),
  confirmOverAllocation: Type.Optional(
    Type.Boolean({
      description:
        'Save even though it over-allocates the person (otherwise 409 over_allocation with the weeks and programs); the audit row keeps the warning.',
    }),
  ),
});
export type TaskAssignmentCreate = Static<typeof TaskAssignmentCreate>;

export const TaskAssignmentUpdate = ClosedObject({
  version: Type.Optional(Version),
  units: Units,
  confirmOverAllocation: Type.Optional(
    Type.Boolean({
      description:
        'Save even though it over-allocates the person (otherwise 409 over_allocation with the weeks and programs); the audit row keeps the warning.',
    }),
  ),
});
export type TaskAssignmentUpdate = Static<typeof TaskAssignmentUpdate>;

export const TaskAssignmentList = ClosedObject({ items: Type.Array(TaskAssignment) });
export type TaskAssignmentList = Static<typeof TaskAssignmentList>;
