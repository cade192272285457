import { Type, type Static } from 'typebox';
import { ProgramLoad } from './allocation.schema.js';
import { ClosedObject, Id, IsoDate, Nullable } from './common.schema.js';

export const WEEK_STATUSES = ['over', 'ok', 'under', 'unavailable'] as const;

export const CapacityQuery = ClosedObject({
  from: Type.Optional(IsoDate),
  weeks: Type.Optional(Type.Integer({ minimum: 1, maximum: 104, default: 26 })),
  teamId: Type.Optional(Id),
  levelId: Type.Optional(Id),
  skill: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
  timeZone: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 64,
      description: 'Zone weeks are counted in; default America/Los_Angeles.',
    }),
  ),
});
export type CapacityQuery = Static<typeof CapacityQuery>;

export const CapacityCell = ClosedObject({
  weekStart: IsoDate,
  capacityHours: Type.Number(),
  loadHours: Type.Number(),
  timeOffHours: Type.Number(),
  holidayHours: Type.Number(),
  loadPercent: Nullable(Type.Number()),
  status: Type.Enum([...WEEK_STATUSES]),
  programs: Type.Array(ProgramLoad),
});
export type CapacityCell = Static<typeof CapacityCell>;

export const CapacityRow = ClosedObject({
  personId: Id,
  name: Type.String(),
  teamName: Nullable(Type.String()),
  levelName: Nullable(Type.String()),
  grade: Nullable(Type.Integer()),
  cells: Type.Array(CapacityCell),
});
export type CapacityRow = Static<typeof CapacityRow>;

export const CapacityHeatmap = ClosedObject({
  weeks: Type.Array(IsoDate),
  timeZone: Type.String(),
  people: Type.Array(CapacityRow),
  overAllocatedCells: Type.Integer(),
});
export type CapacityHeatmap = Static<typeof CapacityHeatmap>;
