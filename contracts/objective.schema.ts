import { Type, type Static } from 'typebox';
import {
  ClosedObject,
  Id,
  IsoDate,
  Nullable,
  Timestamp,
  Version,
  VersionQuery,
} from './common.schema.js';
import { KpiId } from './kpi.schema.js';

export const OBJECTIVE_STATES = ['draft', 'committed', 'graded'] as const;
export const ObjectiveState = Type.Enum([...OBJECTIVE_STATES], {
  description:
    'draft → committed (POST …/commit) → graded at period end (POST …/grade; read-only).',
});
export type ObjectiveState = Static<typeof ObjectiveState>;

export const OWNER_KINDS = ['organization', 'team', 'person'] as const;
export const OwnerKind = Type.Enum([...OWNER_KINDS], {
  description:
    'organization and team objectives are written by TPM managers and admins; a person writes their own.',
});
export type OwnerKind = Static<typeof OwnerKind>;

export const KR_BINDINGS = ['manual', 'kpi', 'milestones'] as const;
export const KeyResultBinding = Type.Enum([...KR_BINDINGS], {
  description:
    'manual: the value is typed or checked in; kpi: read from the KPI over the period and the linked programs; milestones: the share of linked milestones achieved.',
});
export type KeyResultBinding = Static<typeof KeyResultBinding>;

export const Period = Type.String({
  pattern: '^(FY)?[0-9]{4}-Q[1-4]$',
  maxLength: 10,
  description: 'A fiscal quarter as the headcount plan counts them: 2027-Q1 or FY2027-Q1.',
});

const Value = Type.Number({ minimum: -1_000_000_000, maximum: 1_000_000_000 });
const Title = Type.String({ minLength: 1, maxLength: 300 });
const Description = Nullable(Type.String({ maxLength: 10000 }));
const MilestoneIds = Type.Array(Id, {
  maxItems: 100,
  uniqueItems: true,
  description: 'The milestones a milestones-bound key result counts; replaces the list on update.',
});

export const ObjectiveCreate = ClosedObject({
  period: Period,
  title: Title,
  description: Type.Optional(Description),
  ownerKind: OwnerKind,
  teamId: Type.Optional(Nullable(Id, { description: 'The owning team (ownerKind team).' })),
  personId: Type.Optional(
    Nullable(Id, { description: 'The owning person (ownerKind person); defaults to you.' }),
  ),
  parentId: Type.Optional(
    Nullable(Id, { description: 'The objective this one serves, of the same period.' }),
  ),
});
export type ObjectiveCreate = Static<typeof ObjectiveCreate>;

export const ObjectiveUpdate = ClosedObject({
  version: Type.Optional(Version),
  title: Type.Optional(Title),
  description: Type.Optional(Description),
  parentId: Type.Optional(Nullable(Id)),
});
export type ObjectiveUpdate = Static<typeof ObjectiveUpdate>;

export const KeyResultCreate = ClosedObject({
  title: Title,
  startValue: Type.Optional(Value),
  targetValue: Type.Optional(Value),
  currentValue: Type.Optional(Nullable(Value)),
  unit: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
  binding: Type.Optional(KeyResultBinding),
  kpiId: Type.Optional(Nullable(KpiId)),
  milestoneIds: Type.Optional(MilestoneIds),
});
export type KeyResultCreate = Static<typeof KeyResultCreate>;

export const KeyResultUpdate = ClosedObject({
  version: Type.Optional(Version),
  title: Type.Optional(Title),
  startValue: Type.Optional(Value),
  targetValue: Type.Optional(Value),
  currentValue: Type.Optional(Nullable(Value)),
  unit: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
  binding: Type.Optional(KeyResultBinding),
  kpiId: Type.Optional(Nullable(KpiId)),
  milestoneIds: Type.Optional(MilestoneIds),
});
export type KeyResultUpdate = Static<typeof KeyResultUpdate>;

export const KeyResult = ClosedObject({
  id: Id,
  objectiveId: Id,
  title: Type.String(),
  startValue: Type.Number(),
  targetValue: Type.Number(),
  currentValue: Nullable(Type.Number(), {
    description: 'For bound key results, computed on read (frozen at grading).',
  }),
  unit: Nullable(Type.String()),
  binding: KeyResultBinding,
  kpiId: Nullable(KpiId),
  milestoneIds: Type.Array(Id),
  score: Type.Number({
    description:
      'clamp((current − start) / (target − start), 0, 1); milestones: achieved / linked.',
  }),
  confidence: Nullable(Type.Integer(), { description: 'From the latest check-in (1–10).' }),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type KeyResult = Static<typeof KeyResult>;

export const Objective = ClosedObject({
  id: Id,
  period: Type.String({ description: 'The fiscal quarter, e.g. FY2027-Q1.' }),
  from: IsoDate,
  to: IsoDate,
  title: Type.String(),
  description: Nullable(Type.String()),
  ownerKind: OwnerKind,
  teamId: Nullable(Id),
  teamName: Nullable(Type.String()),
  personId: Nullable(Id),
  personName: Nullable(Type.String()),
  parentId: Nullable(Id),
  parent: Nullable(ClosedObject({ id: Id, title: Type.String() })),
  childIds: Type.Array(Id),
  state: ObjectiveState,
  score: Nullable(Type.Number(), {
    description: 'The mean of the key results’ scores (null with none); the grade once graded.',
  }),
  grade: Nullable(Type.Number()),
  gradedAt: Nullable(Timestamp),
  programIds: Type.Array(Id),
  keyResults: Type.Array(KeyResult),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Objective = Static<typeof Objective>;
export const ObjectiveList = ClosedObject({ items: Type.Array(Objective) });
export type ObjectiveList = Static<typeof ObjectiveList>;

export const ObjectiveQuery = ClosedObject({
  period: Type.Optional(Period),
  ownerKind: Type.Optional(OwnerKind),
  teamId: Type.Optional(Id),
  personId: Type.Optional(Type.Union([Id, Type.Literal('me')])),
  state: Type.Optional(ObjectiveState),
  programId: Type.Optional({ ...Id, description: 'Only objectives this program serves.' }),
});
export type ObjectiveQuery = Static<typeof ObjectiveQuery>;

export const CheckInCreate = ClosedObject({
  value: Type.Optional(
    Nullable(Value, { description: 'A new current value (manual key results only).' }),
  ),
  confidence: Type.Integer({
    minimum: 1,
    maximum: 10,
    description: 'How sure the key result will be met: 1 (unlikely) to 10 (certain).',
  }),
  note: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))),
});
export type CheckInCreate = Static<typeof CheckInCreate>;

export const CheckIn = ClosedObject({
  id: Id,
  keyResultId: Id,
  value: Nullable(Type.Number()),
  confidence: Type.Integer(),
  note: Nullable(Type.String()),
  authorId: Nullable(Id),
  authorName: Nullable(Type.String()),
  at: Timestamp,
});
export type CheckIn = Static<typeof CheckIn>;
export const CheckInList = ClosedObject({ items: Type.Array(CheckIn) });

export const ObjectiveProgramLink = ClosedObject({ programId: Id });
export const ObjectivePrograms = ClosedObject({ programIds: Type.Array(Id) });
export const ObjectiveProgramParams = ClosedObject({ id: Id, programId: Id });

export const UnalignedProgramsQuery = ClosedObject({ period: Type.Optional(Period) });
export const UnalignedPrograms = ClosedObject({
  period: Type.String(),
  items: Type.Array(ClosedObject({ id: Id, name: Type.String() })),
});
export type UnalignedPrograms = Static<typeof UnalignedPrograms>;

export const ObjectiveDeleteQuery = ClosedObject({ ...VersionQuery.properties });
