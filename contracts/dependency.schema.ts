import { Type, type Static } from 'typebox';
import { ClosedObject, Id, Timestamp, Version } from './common.schema.js';
import { LagKind, LagPercent } from './plan-structure.schema.js';

export const DEPENDENCY_TYPES = ['FS', 'SS', 'FF', 'SF'] as const;
export const PLAN_ITEM_KINDS = ['task', 'milestone'] as const;

export const PlanItemRef = ClosedObject({
  kind: Type.Enum([...PLAN_ITEM_KINDS]),
  id: Id,
  name: Type.String(),
  programId: Id,
});
export type PlanItemRef = Static<typeof PlanItemRef>;

/** Ten years of working minutes either way; the web checks it before sending, in hours. */
export const MAX_LAG_MINUTES = 5256000;
const LagMinutes = Type.Integer({
  minimum: -MAX_LAG_MINUTES,
  maximum: MAX_LAG_MINUTES,
  description: 'Lag in working minutes; negative for a lead.',
});

export const Dependency = ClosedObject({
  id: Id,
  predecessor: PlanItemRef,
  successor: PlanItemRef,
  type: Type.Enum([...DEPENDENCY_TYPES]),
  lagMinutes: Type.Integer(),
  lagKind: LagKind,
  lagPercent: LagPercent,
  crossProgram: Type.Boolean(),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Dependency = Static<typeof Dependency>;

export const DependencyCreate = ClosedObject({
  predecessorId: Type.String({ format: 'uuid', description: 'A task or milestone id.' }),
  successorId: Type.String({ format: 'uuid', description: 'A task or milestone id.' }),
  type: Type.Optional(Type.Enum([...DEPENDENCY_TYPES], { default: 'FS' })),
  lagMinutes: Type.Optional(LagMinutes),
  lagKind: Type.Optional(LagKind),
  lagPercent: Type.Optional(LagPercent),
});
export type DependencyCreate = Static<typeof DependencyCreate>;

export const DependencyUpdate = ClosedObject({
  version: Type.Optional(Version),
  type: Type.Optional(Type.Enum([...DEPENDENCY_TYPES])),
  lagMinutes: Type.Optional(LagMinutes),
  lagKind: Type.Optional(LagKind),
  lagPercent: Type.Optional(LagPercent),
});
export type DependencyUpdate = Static<typeof DependencyUpdate>;

export const DependencyListQuery = ClosedObject({
  programId: Type.Optional(Id),
  itemId: Type.Optional(
    Type.String({ format: 'uuid', description: 'Dependencies touching this task or milestone.' }),
  ),
});
export type DependencyListQuery = Static<typeof DependencyListQuery>;
export const DependencyList = ClosedObject({ items: Type.Array(Dependency) });

/** `details` of a dependency_cycle error: the items on the cycle, in order, first repeated last. */
export const DependencyCycleDetails = ClosedObject({ cycle: Type.Array(PlanItemRef) });
export type DependencyCycleDetails = Static<typeof DependencyCycleDetails>;
