import { Type, type Static } from 'typebox';
import { ClosedObject, Id, Nullable, Timestamp, Version } from './common.schema.js';
import { LocalDateTime, ScheduleSnapshot, SCHEDULE_ITEM_KINDS } from './schedule.schema.js';

const Name = Type.String({ minLength: 1, maxLength: 200 });

export const BaselineCreate = ClosedObject({ name: Name });
export type BaselineCreate = Static<typeof BaselineCreate>;
/** A baseline's schedule is what was saved; only its name changes. */
export const BaselineUpdate = ClosedObject({ version: Type.Optional(Version), name: Name });
export type BaselineUpdate = Static<typeof BaselineUpdate>;

export const BaselineSummary = ClosedObject({
  id: Id,
  programId: Id,
  name: Name,
  finish: LocalDateTime,
  itemCount: Type.Integer({ minimum: 0 }),
  scheduleComputedAt: Timestamp,
  createdById: Nullable(Id),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type BaselineSummary = Static<typeof BaselineSummary>;

export const Baseline = ClosedObject({
  ...BaselineSummary.properties,
  schedule: ScheduleSnapshot,
});
export type Baseline = Static<typeof Baseline>;

export const BaselineList = ClosedObject({ items: Type.Array(BaselineSummary) });
export type BaselineList = Static<typeof BaselineList>;

// Checked by the service, so a wrong value gets one clear message, not one per union branch.
const Side = Type.String({
  maxLength: 100,
  description: 'A baseline id, or `current` for the current schedule.',
});
export const BaselineCompareQuery = ClosedObject({
  from: Type.Optional(Side),
  to: Type.Optional(Side),
});
export type BaselineCompareQuery = Static<typeof BaselineCompareQuery>;

export const ComparedSchedule = ClosedObject({
  kind: Type.Enum(['baseline', 'current']),
  baselineId: Nullable(Id),
  name: Type.String(),
  start: LocalDateTime,
  finish: LocalDateTime,
  computedAt: Timestamp,
});
export type ComparedSchedule = Static<typeof ComparedSchedule>;

const Minutes = Nullable(Type.Number());
export const ItemVariance = ClosedObject({
  id: Id,
  kind: Type.Enum([...SCHEDULE_ITEM_KINDS]),
  name: Type.String(),
  /** `added`: only in `to`; `removed`: only in `from`; variances are then null. */
  presence: Type.Enum(['both', 'added', 'removed']),
  fromStart: Nullable(LocalDateTime),
  toStart: Nullable(LocalDateTime),
  fromFinish: Nullable(LocalDateTime),
  toFinish: Nullable(LocalDateTime),
  startVarianceMinutes: Minutes,
  finishVarianceMinutes: Minutes,
  durationVarianceMinutes: Minutes,
  fromEstimateHours: Nullable(Type.Number()),
  toEstimateHours: Nullable(Type.Number()),
  costVarianceHours: Nullable(Type.Number()),
});
export type ItemVariance = Static<typeof ItemVariance>;

export const BaselineComparison = ClosedObject({
  programId: Id,
  from: ComparedSchedule,
  to: ComparedSchedule,
  /** Working minutes on the standard calendar; positive = `to` finishes later. */
  finishVarianceMinutes: Type.Number(),
  /** Largest finish slip first. */
  items: Type.Array(ItemVariance),
});
export type BaselineComparison = Static<typeof BaselineComparison>;
