import { Type, type Static } from 'typebox';
import { ClosedObject, Id, IsoDate, Version } from './common.schema.js';
import { LevellingMode } from './program.schema.js';

export const ResourceWeek = ClosedObject({
  capacityHours: Type.Number({
    description: "Working hours available (the person's hours × capacity).",
  }),
  loadHours: Type.Number({ description: 'Hours of assigned work scheduled in the week.' }),
  overAllocated: Type.Boolean(),
  /** The program's tasks that put load in this week. */
  taskIds: Type.Array(Id),
});
export type ResourceWeek = Static<typeof ResourceWeek>;

export const ResourceLoadPerson = ClosedObject({
  userId: Id,
  name: Type.String(),
  capacity: Type.Number({
    description: 'Share of working time given to program work (1 = full time).',
  }),
  timeZone: Type.String(),
  weeks: Type.Array(ResourceWeek),
});

/**
 * Load per person per week against capacity, from the program's current
 * (possibly levelled) schedule and its task assignments.
 */
export const ResourceLoad = ClosedObject({
  programId: Id,
  levelling: LevellingMode,
  /** Monday of each week, in the program's time zone. */
  weekStarts: Type.Array(IsoDate),
  people: Type.Array(ResourceLoadPerson),
  overAllocatedWeeks: Type.Integer({ minimum: 0, description: 'Person-weeks over capacity.' }),
  scheduleComputedAt: Type.String({ format: 'date-time' }),
});
export type ResourceLoad = Static<typeof ResourceLoad>;

export const LevelRequest = ClosedObject({
  mode: LevellingMode,
  version: Type.Optional(Version),
});
export type LevelRequest = Static<typeof LevelRequest>;
