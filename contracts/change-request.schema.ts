import { Type, type Static, type TSchema } from 'typebox';
import { ClosedObject, Id, IsoDate, Nullable, Timestamp, Version } from './common.schema.js';
import { DependencyCreate } from './dependency.schema.js';
import { FORECAST_DISTRIBUTIONS } from './forecast.schema.js';
import { SuccessCriterionCreate } from './milestone.schema.js';
import { TaskCreate, TaskUpdate } from './task.schema.js';

/**
 * Change requests (issue 16): proposed plan edits whose impact is computed on a
 * copy of the plan before anyone decides (docs/change-requests.md).
 */
export const CHANGE_REQUEST_STATUSES = [
  'draft',
  'submitted',
  'approved',
  'deferred',
  'rejected',
] as const;
export const CHANGE_REQUEST_OUTCOMES = ['approved', 'deferred', 'rejected'] as const;
export const PLAN_CHANGE_KINDS = [
  'update_task',
  'add_task',
  'remove_task',
  'add_dependency',
  'remove_dependency',
  'move_milestone',
  'change_budget',
  'add_criterion',
  'remove_criterion',
] as const;
export type PlanChangeKind = (typeof PLAN_CHANGE_KINDS)[number];

/**
 * The fields without their `default`: a change is also sent in PATCH bodies, where no
 * default may be declared (the server fills them on POST only); the services of the
 * direct edits fill the same values when the change is applied.
 */
function withoutDefaults<T extends Record<string, TSchema>>(properties: T): T {
  return Object.fromEntries(
    Object.entries(properties).map(([name, schema]) => {
      const { default: _default, ...rest } = schema as TSchema & { default?: unknown };
      // The spread keeps only the enumerable keywords: optional stays optional.
      return [name, Type.IsOptional(schema) ? Type.Optional(rest as TSchema) : rest];
    }),
  ) as T;
}

// The task fields exactly as PATCH /api/tasks/:id takes them, less the version (read at approval).
const { version: _taskVersion, ...taskUpdateFields } = TaskUpdate.properties;

export const UpdateTaskChange = ClosedObject({
  kind: Type.Literal('update_task'),
  taskId: Id,
  ...taskUpdateFields,
});
export const AddTaskChange = ClosedObject({
  kind: Type.Literal('add_task'),
  ...TaskCreate.properties,
});
export const RemoveTaskChange = ClosedObject({ kind: Type.Literal('remove_task'), taskId: Id });
export const AddDependencyChange = ClosedObject({
  kind: Type.Literal('add_dependency'),
  ...withoutDefaults(DependencyCreate.properties),
});
export const RemoveDependencyChange = ClosedObject({
  kind: Type.Literal('remove_dependency'),
  dependencyId: Id,
});
export const MoveMilestoneChange = ClosedObject({
  kind: Type.Literal('move_milestone'),
  milestoneId: Id,
  date: Nullable(IsoDate, { description: "The milestone's new due date (its dueDate)." }),
});
export const ChangeBudgetChange = ClosedObject({
  kind: Type.Literal('change_budget'),
  budgetCents: Nullable(Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER }), {
    description: "The program's new budgetCents.",
  }),
});
export const AddCriterionChange = ClosedObject({
  kind: Type.Literal('add_criterion'),
  milestoneId: Id,
  ...withoutDefaults(SuccessCriterionCreate.properties),
});
export const RemoveCriterionChange = ClosedObject({
  kind: Type.Literal('remove_criterion'),
  criterionId: Id,
});

export const PLAN_CHANGE_SCHEMAS = {
  update_task: UpdateTaskChange,
  add_task: AddTaskChange,
  remove_task: RemoveTaskChange,
  add_dependency: AddDependencyChange,
  remove_dependency: RemoveDependencyChange,
  move_milestone: MoveMilestoneChange,
  change_budget: ChangeBudgetChange,
  add_criterion: AddCriterionChange,
  remove_criterion: RemoveCriterionChange,
} as const satisfies Record<PlanChangeKind, TSchema>;

const PlanChangeUnion = Type.Union([
  UpdateTaskChange,
  AddTaskChange,
  RemoveTaskChange,
  AddDependencyChange,
  RemoveDependencyChange,
  MoveMilestoneChange,
  ChangeBudgetChange,
  AddCriterionChange,
  RemoveCriterionChange,
]);
/**
 * One proposed edit, discriminated by `kind`: a `oneOf` with a discriminator, so
 * the validator checks only the branch `kind` names and reports one issue per
 * bad field (never one per branch).
 */
export const PlanChange = Type.Unsafe<Static<typeof PlanChangeUnion>>({
  oneOf: PlanChangeUnion.anyOf,
  discriminator: { propertyName: 'kind' },
  description:
    'One proposed plan edit; `kind` says which, the other fields are those of the direct edit it stands for.',
});
export type PlanChange = Static<typeof PlanChangeUnion>;
export type PlanChangeOf<K extends PlanChangeKind> = Extract<PlanChange, { kind: K }>;

const Title = Type.String({ minLength: 1, maxLength: 300 });
const Reason = Type.String({ minLength: 1, maxLength: 10000 });
const Changes = Type.Array(PlanChange, { maxItems: 200 });

export const ChangeRequestCreate = ClosedObject({
  title: Title,
  reason: Reason,
  requestedById: Type.Optional(Id),
  changes: Changes,
  draft: Type.Optional(
    Type.Boolean({ description: 'true: kept as a draft (submit it later); else submitted.' }),
  ),
});
export type ChangeRequestCreate = Static<typeof ChangeRequestCreate>;

export const ChangeRequestUpdate = ClosedObject({
  version: Type.Optional(Version),
  title: Type.Optional(Title),
  reason: Type.Optional(Reason),
  changes: Type.Optional(Changes),
});
export type ChangeRequestUpdate = Static<typeof ChangeRequestUpdate>;

export const ChangeRequestDecisionBody = ClosedObject({
  version: Type.Optional(Version),
  outcome: Type.Enum([...CHANGE_REQUEST_OUTCOMES]),
  reason: Reason,
  deferredUntil: Type.Optional(IsoDate),
});
export type ChangeRequestDecisionBody = Static<typeof ChangeRequestDecisionBody>;

export const ChangeRequestListQuery = ClosedObject({
  status: Type.Optional(Type.Enum([...CHANGE_REQUEST_STATUSES])),
});
export type ChangeRequestListQuery = Static<typeof ChangeRequestListQuery>;

const LocalDateTime = Type.String({
  description: "On the program's clock, YYYY-MM-DDTHH:MM:SS.",
});
const BeforeAfter = <T extends TSchema>(value: T) => ClosedObject({ before: value, after: value });

export const ChangeRequestImpact = ClosedObject({
  finish: BeforeAfter(LocalDateTime),
  finishDeltaWorkingDays: Type.Integer(),
  milestones: Type.Array(
    ClosedObject({
      id: Type.String(),
      name: Type.String(),
      before: Nullable(LocalDateTime),
      after: Nullable(LocalDateTime),
      deltaWorkingDays: Type.Integer(),
    }),
  ),
  p80: BeforeAfter(Nullable(LocalDateTime)),
  targetDate: Nullable(IsoDate),
  targetProbability: BeforeAfter(Nullable(Type.Number())),
  /** Finish at every whole percentile: the P-curve before and after. */
  pCurve: BeforeAfter(Type.Array(ClosedObject({ p: Type.Integer(), finish: LocalDateTime }))),
  forecast: ClosedObject({
    iterations: Type.Integer(),
    seed: Type.Integer(),
    distribution: Type.Enum([...FORECAST_DISTRIBUTIONS]),
  }),
  /** The plan's cost (fixed + rate × scheduled hours of its tasks); null when hidden from you. */
  cost: BeforeAfter(Nullable(Type.Number())),
  /** budgetCents; null when not set or hidden from you. */
  budget: BeforeAfter(Nullable(Type.Integer())),
  overAllocations: Type.Array(
    ClosedObject({
      personId: Type.String(),
      name: Type.String(),
      week: IsoDate,
      hours: Type.Number(),
      capacityHours: Type.Number(),
    }),
  ),
  newlyCritical: Type.Array(ClosedObject({ id: Type.String(), name: Type.String() })),
  computedAt: Timestamp,
  planHash: Type.String(),
});
export type ChangeRequestImpact = Static<typeof ChangeRequestImpact>;

export const ChangeRequestDecision = ClosedObject({
  outcome: Type.Enum([...CHANGE_REQUEST_OUTCOMES]),
  reason: Type.String(),
  decidedById: Nullable(Id),
  decidedAt: Timestamp,
  deferredUntil: Nullable(IsoDate),
});

export const ChangeRequest = ClosedObject({
  id: Id,
  programId: Id,
  number: Type.Integer(),
  /** "CR-3". */
  label: Type.String(),
  title: Type.String(),
  reason: Type.String(),
  requestedById: Nullable(Id),
  requestedByName: Nullable(Type.String()),
  changes: Type.Array(PlanChange),
  status: Type.Enum([...CHANGE_REQUEST_STATUSES]),
  decision: Nullable(ChangeRequestDecision),
  /** The baseline "before CR-n" saved on approval. */
  baselineId: Nullable(Id),
  impact: Nullable(ChangeRequestImpact),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ChangeRequest = Static<typeof ChangeRequest>;
export const ChangeRequestList = ClosedObject({ items: Type.Array(ChangeRequest) });
export type ChangeRequestList = Static<typeof ChangeRequestList>;

export const ChangeRequestSubmit = ClosedObject({ version: Type.Optional(Version) });
export type ChangeRequestSubmit = Static<typeof ChangeRequestSubmit>;
