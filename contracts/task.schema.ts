import { Type, type Static } from 'typebox';
import {
  ClosedObject,
  Id,
  IsoDate,
  MONEY_MAX,
  Nullable,
  Page,
  Pagination,
  programDateTime,
  Timestamp,
  Version,
  MONEY_HIDDEN,
} from './common.schema.js';
import {
  Deadline,
  DurationElapsed,
  ItemCalendarId,
  MspdiUid,
  OutlinePosition,
  ParentTaskId,
} from './plan-structure.schema.js';

export const TASK_STATES = ['todo', 'in_progress', 'blocked', 'done', 'cancelled'] as const;
/** MS Project's constraint types; a task without one is scheduled as soon as possible. */
export const TASK_CONSTRAINT_TYPES = [
  'SNET',
  'SNLT',
  'FNET',
  'FNLT',
  'MSO',
  'MFO',
  'ALAP',
] as const;
export const ConstraintType = Type.Enum([...TASK_CONSTRAINT_TYPES], {
  description:
    'Start/finish no earlier than (SNET/FNET), no later than (SNLT/FNLT), must start/finish on (MSO/MFO), or as late as possible (ALAP).',
});
export const ConstraintDate = programDateTime(
  "On the program's clock, YYYY-MM-DDTHH:MM:SS; required for every type but ALAP.",
);
const Name = Type.String({ minLength: 1, maxLength: 300 });
const ActualDate = programDateTime(
  "On the program's clock, YYYY-MM-DDTHH:MM:SS; not after the program's status date.",
);
const PercentComplete = Type.Integer({
  minimum: 0,
  maximum: 100,
  description: 'Share of the work done, 0–100; a done task is 100.',
});
const RemainingHours = Type.Number({
  minimum: 0,
  maximum: 100000,
  description: 'Working hours left; when not given, the duration × (1 − percentComplete / 100).',
});
const EstimateHours = Type.Number({ minimum: 0, maximum: 100000 });
// Costs carry no currency: every amount in one organization is in the one it plans in.
const FixedCost = Type.Number({
  minimum: 0,
  maximum: MONEY_MAX,
  description: 'A fixed amount the task costs, in the organization’s planning currency.',
});
const CostPerHour = Type.Number({
  minimum: 0,
  maximum: MONEY_MAX,
  description:
    'Cost per working hour of the task’s duration, in the organization’s planning currency.',
});

export const Task = ClosedObject({
  id: Id,
  programId: Id,
  workstreamId: Nullable(Id),
  milestoneId: Nullable(Id),
  name: Name,
  description: Type.String(),
  ownerId: Nullable(Id),
  ownerName: Nullable(Type.String()),
  teamId: Nullable(Id),
  estimateHours: Nullable(EstimateHours),
  /** Three-point estimate for forecasting; estimateHours is the likely value. */
  estimateOptimisticHours: Nullable(EstimateHours),
  estimatePessimisticHours: Nullable(EstimateHours),
  /** Forecast cost: fixedCost + costPerHour × the task's working hours. */
  fixedCost: Nullable(FixedCost, { description: `A fixed cost; ${MONEY_HIDDEN}` }),
  costPerHour: Nullable(CostPerHour, { description: `Cost per working hour; ${MONEY_HIDDEN}` }),
  startDate: Nullable(IsoDate),
  dueDate: Nullable(IsoDate),
  state: Type.Enum([...TASK_STATES]),
  constraintType: Nullable(ConstraintType),
  constraintDate: Nullable(ConstraintDate),
  actualStart: Nullable(ActualDate),
  actualFinish: Nullable(ActualDate),
  percentComplete: PercentComplete,
  /** Always a number: the stored value, or derived from the duration and the percent. */
  remainingHours: RemainingHours,
  /** True when remainingHours was given rather than derived. */
  remainingHoursSet: Type.Boolean(),
  parentTaskId: ParentTaskId,
  position: OutlinePosition,
  uid: MspdiUid,
  calendarId: ItemCalendarId,
  durationElapsed: DurationElapsed,
  deadline: Deadline,
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Task = Static<typeof Task>;

const fields = {
  workstreamId: Type.Optional(Nullable(Id)),
  milestoneId: Type.Optional(Nullable(Id)),
  description: Type.Optional(Type.String({ maxLength: 10000 })),
  ownerId: Type.Optional(Nullable(Id)),
  teamId: Type.Optional(Nullable(Id)),
  estimateHours: Type.Optional(Nullable(EstimateHours)),
  estimateOptimisticHours: Type.Optional(Nullable(EstimateHours)),
  estimatePessimisticHours: Type.Optional(Nullable(EstimateHours)),
  fixedCost: Type.Optional(Nullable(FixedCost)),
  costPerHour: Type.Optional(Nullable(CostPerHour)),
  startDate: Type.Optional(Nullable(IsoDate)),
  dueDate: Type.Optional(Nullable(IsoDate)),
  state: Type.Optional(Type.Enum([...TASK_STATES])),
  /** Null clears the constraint (and its date, unless a date is sent too). */
  constraintType: Type.Optional(Nullable(ConstraintType)),
  constraintDate: Type.Optional(Nullable(ConstraintDate)),
  /** Moving to in_progress or done fills the actuals from the clock unless they are given. */
  actualStart: Type.Optional(Nullable(ActualDate)),
  actualFinish: Type.Optional(Nullable(ActualDate)),
  percentComplete: Type.Optional(PercentComplete),
  /** Null: derive it again from the duration and the percent. */
  remainingHours: Type.Optional(Nullable(RemainingHours)),
  parentTaskId: Type.Optional(ParentTaskId),
  position: Type.Optional(OutlinePosition),
  uid: Type.Optional(MspdiUid),
  calendarId: Type.Optional(ItemCalendarId),
  durationElapsed: Type.Optional(DurationElapsed),
  deadline: Type.Optional(Deadline),
};
export const TaskCreate = ClosedObject({ name: Name, ...fields });
export type TaskCreate = Static<typeof TaskCreate>;
export const TaskUpdate = ClosedObject({
  version: Type.Optional(Version),
  name: Type.Optional(Name),
  ...fields,
});
export type TaskUpdate = Static<typeof TaskUpdate>;

export const TASK_SORTS = [
  'name',
  '-name',
  'dueDate',
  '-dueDate',
  'startDate',
  '-startDate',
  'state',
  '-state',
  'updatedAt',
  '-updatedAt',
] as const;
export const TaskListQuery = ClosedObject({
  q: Type.Optional(Type.String({ maxLength: 200 })),
  state: Type.Optional(Type.Enum([...TASK_STATES])),
  ownerId: Type.Optional(Id),
  teamId: Type.Optional(Id),
  workstreamId: Type.Optional(Id),
  milestoneId: Type.Optional(Id),
  sort: Type.Optional(Type.Enum([...TASK_SORTS], { default: 'dueDate' })),
  ...Pagination,
});
export type TaskListQuery = Static<typeof TaskListQuery>;
export const TaskPage = Page(Task);
export type TaskPage = Static<typeof TaskPage>;
