import { Type, type Static } from 'typebox';
import { ClosedObject, Id, IsoDate, Version } from './common.schema.js';
import { ProgramLoad } from './allocation.schema.js';
import { LevellingMode } from './program.schema.js';

export const ResourceWeek = ClosedObject({
  capacityHours: Type.Number({
    description:
      "Working hours available: the person's hours − holidays − time off, × capacity (as in the capacity heatmap).",
  }),
  loadHours: Type.Number({
    description: "Hours of this program's assigned work scheduled in the week.",
  }),
  otherLoadHours: Type.Number({
    description: 'Hours the person is booked on other programs and run work in the week.',
  }),
  totalLoadHours: Type.Number({
    description:
      'Everything the person is booked for in the week, counted as the heatmap counts it (per program the larger of its allocation and its tasks).',
  }),
  overAllocated: Type.Boolean({
    description: 'Total load (this program and every other) above capacity.',
  }),
  /** The program's tasks that put load in this week. */
  taskIds: Type.Array(Id),
  programs: Type.Array(ProgramLoad, {
    description: 'Every program (and run work) loading the week, largest first.',
  }),
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
