import { Type, type Static } from 'typebox';
import {
  ClosedObject,
  Id,
  IsoDate,
  Nullable,
  programDateTime,
  Timestamp,
  Version,
} from './common.schema.js';
import {
  ItemCalendarId,
  MspdiUid,
  OutlinePosition,
  ParentTaskId,
} from './plan-structure.schema.js';
import { ConstraintDate, ConstraintType } from './task.schema.js';

export const MILESTONE_STATES = ['planned', 'achieved', 'missed'] as const;
export const CRITERION_STATES = ['pending', 'met', 'not_met'] as const;
const Name = Type.String({ minLength: 1, maxLength: 200 });
const AchievedAt = programDateTime(
  "When it was achieved, on the program's clock, YYYY-MM-DDTHH:MM:SS.",
);
const Url = Type.String({ format: 'uri', maxLength: 2000 });
// The column is a PostgreSQL integer; a larger number is a 400, not a 500.
const SortOrder = Type.Integer({ minimum: -2147483648, maximum: 2147483647 });

export const SuccessCriterion = ClosedObject({
  id: Id,
  milestoneId: Id,
  description: Type.String({ minLength: 1, maxLength: 2000 }),
  state: Type.Enum([...CRITERION_STATES]),
  evidenceUrl: Nullable(Url),
  sortOrder: Type.Integer(),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type SuccessCriterion = Static<typeof SuccessCriterion>;

export const SuccessCriterionCreate = ClosedObject({
  description: Type.String({ minLength: 1, maxLength: 2000 }),
  state: Type.Optional(Type.Enum([...CRITERION_STATES], { default: 'pending' })),
  evidenceUrl: Type.Optional(Nullable(Url)),
  sortOrder: Type.Optional(SortOrder),
});
export type SuccessCriterionCreate = Static<typeof SuccessCriterionCreate>;
export const SuccessCriterionUpdate = ClosedObject({
  version: Type.Optional(Version),
  description: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
  state: Type.Optional(Type.Enum([...CRITERION_STATES])),
  evidenceUrl: Type.Optional(Nullable(Url)),
  sortOrder: Type.Optional(SortOrder),
});
export type SuccessCriterionUpdate = Static<typeof SuccessCriterionUpdate>;

export const Milestone = ClosedObject({
  id: Id,
  programId: Id,
  workstreamId: Nullable(Id),
  name: Name,
  description: Type.String(),
  dueDate: Nullable(IsoDate),
  state: Type.Enum([...MILESTONE_STATES]),
  achievedAt: Nullable(AchievedAt),
  parentTaskId: ParentTaskId,
  position: OutlinePosition,
  uid: MspdiUid,
  calendarId: ItemCalendarId,
  constraintType: Nullable(ConstraintType),
  constraintDate: Nullable(ConstraintDate),
  criteria: Type.Array(SuccessCriterion),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Milestone = Static<typeof Milestone>;

const fields = {
  workstreamId: Type.Optional(Nullable(Id)),
  description: Type.Optional(Type.String({ maxLength: 10000 })),
  dueDate: Type.Optional(Nullable(IsoDate)),
  state: Type.Optional(Type.Enum([...MILESTONE_STATES])),
  /** Setting it marks the milestone achieved; marking it achieved fills it from the clock. */
  achievedAt: Type.Optional(Nullable(AchievedAt)),
  parentTaskId: Type.Optional(ParentTaskId),
  position: Type.Optional(OutlinePosition),
  uid: Type.Optional(MspdiUid),
  calendarId: Type.Optional(ItemCalendarId),
  /** Null clears the constraint (and its date, unless a date is sent too). */
  constraintType: Type.Optional(Nullable(ConstraintType)),
  constraintDate: Type.Optional(Nullable(ConstraintDate)),
  confirmUnmetCriteria: Type.Optional(
    Type.Boolean({
      description:
        'Mark it achieved although some success criteria are not met; the confirmation is audited.',
    }),
  ),
};
export const MilestoneCreate = ClosedObject({
  name: Name,
  ...fields,
  criteria: Type.Optional(Type.Array(SuccessCriterionCreate, { maxItems: 100 })),
});
export type MilestoneCreate = Static<typeof MilestoneCreate>;
export const MilestoneUpdate = ClosedObject({
  version: Type.Optional(Version),
  name: Type.Optional(Name),
  ...fields,
});
export type MilestoneUpdate = Static<typeof MilestoneUpdate>;
export const MilestoneList = ClosedObject({ items: Type.Array(Milestone) });
