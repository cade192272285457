import { Type, type Static } from 'typebox';
import { ClosedObject, Id, IsoDate, Nullable, Timestamp, Version } from './common.schema.js';
import { LevellingMode } from './program.schema.js';

/** A project-local wall-clock time without a zone, e.g. `2027-01-04T08:00:00`. */
export const LocalDateTime = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$',
  description: 'Project-local date and time, YYYY-MM-DDTHH:MM:SS (no zone).',
});

export const SCHEDULE_ITEM_KINDS = ['task', 'milestone'] as const;

export const ScheduleItem = ClosedObject({
  id: Id,
  kind: Type.Enum([...SCHEDULE_ITEM_KINDS]),
  name: Type.String(),
  earlyStart: LocalDateTime,
  earlyFinish: LocalDateTime,
  lateStart: LocalDateTime,
  lateFinish: LocalDateTime,
  totalSlackMinutes: Type.Number({ description: 'Working minutes of total float.' }),
  freeSlackMinutes: Type.Number({ description: 'Working minutes of free float.' }),
  critical: Type.Boolean(),
  /** May name items of other programs (cross-program dependencies). */
  drivingPredecessorIds: Type.Array(Type.String()),
  durationMinutes: Type.Number({ description: 'Scheduled duration in working minutes.' }),
  estimateHours: Nullable(Type.Number()),
  /** Absent in schedules stored before progress existed. */
  percentComplete: Type.Optional(Type.Number({ minimum: 0, maximum: 100 })),
  progress: Type.Optional(
    Type.Enum(['not_started', 'in_progress', 'done'], {
      description:
        'Done items sit at their actual dates; in-progress ones keep their actual start.',
    }),
  ),
  /** Absent in schedules stored before the outline existed. */
  parentId: Type.Optional(
    Nullable(Id, { description: 'The summary task it sits under (outline order is list order).' }),
  ),
  summary: Type.Optional(
    Type.Boolean({ description: 'A summary task: its dates roll up from the items below it.' }),
  ),
});
export type ScheduleItem = Static<typeof ScheduleItem>;

export const ScheduleDiagnostic = ClosedObject({
  code: Type.String(),
  severity: Type.Enum(['error', 'warning']),
  message: Type.String(),
  itemIds: Type.Array(Type.String()),
  /** The items' names, in the order of itemIds. */
  itemNames: Type.Optional(Type.Array(Type.String())),
});
export type ScheduleDiagnostic = Static<typeof ScheduleDiagnostic>;

export const LevellingDelay = ClosedObject({
  itemId: Id,
  resourceId: Id,
  resourceName: Type.String(),
  delayMinutes: Type.Number({ description: "Working minutes on the task's calendar." }),
  unlevelledStart: LocalDateTime,
  levelledStart: LocalDateTime,
  reason: Type.String({ description: 'Who was over capacity, by which tasks, when.' }),
});
export type LevellingDelay = Static<typeof LevellingDelay>;

export const LevellingUnresolved = ClosedObject({
  itemId: Id,
  resourceIds: Type.Array(Id),
  cause: Type.Enum(['beyond_slack', 'hard_constraint', 'do_not_level', 'exceeds_capacity']),
  reason: Type.String(),
});

/** What levelling did to the schedule: each delayed task and why, and what it could not fix. */
export const ScheduleLevelling = ClosedObject({
  mode: LevellingMode,
  delays: Type.Array(LevellingDelay),
  unresolved: Type.Array(LevellingUnresolved),
});
export type ScheduleLevelling = Static<typeof ScheduleLevelling>;

/** What is stored per program and per baseline: the schedule, without its bookkeeping. */
export const ScheduleSnapshot = ClosedObject({
  start: LocalDateTime,
  finish: LocalDateTime,
  /**
   * The status date the schedule was computed at (the program's, or today on
   * its clock): work before it is reported, unstarted work starts from it.
   */
  statusDate: Type.Optional(IsoDate),
  /** This program's tasks and milestones only (items of other programs that drive it are not listed). */
  items: Type.Array(ScheduleItem),
  diagnostics: Type.Array(ScheduleDiagnostic),
  /** Present when the program is levelled (levelling other than none). */
  levelling: Type.Optional(ScheduleLevelling),
});
export type ScheduleSnapshot = Static<typeof ScheduleSnapshot>;

export const ProgramSchedule = ClosedObject({
  programId: Id,
  ...ScheduleSnapshot.properties,
  inputHash: Type.String({
    description: 'SHA-256 of the engine input the schedule was computed from.',
  }),
  computedAt: Timestamp,
  stale: Type.Boolean({
    description:
      'True when the plan changed since computedAt and a background job is recomputing it (large programs only).',
  }),
  version: Version,
});
export type ProgramSchedule = Static<typeof ProgramSchedule>;
