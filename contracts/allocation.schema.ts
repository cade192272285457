import { Type, type Static } from 'typebox';
import { ClosedObject, Id, IsoDate, Nullable, Timestamp, Version } from './common.schema.js';

// numeric(5, 2) columns with CHECK (> 0): the smallest positive value they hold is 0.01
// (5e-324 passes `exclusiveMinimum: 0`, rounds to 0.00 and breaks the CHECK).
const Percent = Type.Number({
  minimum: 0.01,
  maximum: 200,
  description: 'Percent of the person’s capacity.',
});
const HoursPerWeek = Type.Number({ minimum: 0.01, maximum: 100 });

export const Allocation = ClosedObject({
  id: Id,
  personId: Id,
  personName: Type.String(),
  programId: Nullable(Id, {
    description:
      'null for run work, or for a members-only program you may not see (then programName is "Members-only program" and the note is empty; the hours still count).',
  }),
  programName: Nullable(Type.String()),
  /** What run work this is, when there is no program. */
  runWork: Type.String(),
  percent: Nullable(Type.Number()),
  hoursPerWeek: Nullable(Type.Number()),
  from: IsoDate,
  to: Nullable(IsoDate),
  note: Type.String(),
  overAllocationConfirmed: Type.Boolean(),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Allocation = Static<typeof Allocation>;

export const AllocationCreate = ClosedObject({
  personId: Id,
  programId: Type.Optional(Nullable(Id)),
  runWork: Type.Optional(
    Type.String({ maxLength: 120, description: 'Required without a program.' }),
  ),
  percent: Type.Optional(Percent),
  hoursPerWeek: Type.Optional(HoursPerWeek),
  from: IsoDate,
  to: Type.Optional(Nullable(IsoDate)),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
  confirmOverAllocation: Type.Optional(
    Type.Boolean({
      description:
        'Save even though it over-allocates the person (the warning is recorded in the audit trail).',
    }),
  ),
});
export type AllocationCreate = Static<typeof AllocationCreate>;

export const AllocationUpdate = ClosedObject({
  version: Type.Optional(Version),
  programId: Type.Optional(Nullable(Id)),
  runWork: Type.Optional(Type.String({ maxLength: 120 })),
  percent: Type.Optional(Nullable(Percent)),
  hoursPerWeek: Type.Optional(Nullable(HoursPerWeek)),
  from: Type.Optional(IsoDate),
  to: Type.Optional(Nullable(IsoDate)),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
  confirmOverAllocation: Type.Optional(Type.Boolean()),
});
export type AllocationUpdate = Static<typeof AllocationUpdate>;

export const AllocationListQuery = ClosedObject({
  personId: Type.Optional(Id),
  programId: Type.Optional(Id),
  activeOn: Type.Optional(IsoDate),
});
export type AllocationListQuery = Static<typeof AllocationListQuery>;
export const AllocationList = ClosedObject({ items: Type.Array(Allocation) });
export type AllocationList = Static<typeof AllocationList>;

export const ProgramLoad = ClosedObject({
  programId: Nullable(Id, {
    description: 'null for run work, and for programs you may not see (all in one row).',
  }),
  programName: Type.String({
    description: 'The program, "Run work", or "Members-only program" for those you may not see.',
  }),
  allocatedHours: Type.Number(),
  assignedHours: Type.Number(),
  loadHours: Type.Number({
    description:
      'What the program loads the week with: the larger of its allocation and its task assignments.',
  }),
});
export type ProgramLoad = Static<typeof ProgramLoad>;

export const OverAllocationWeek = ClosedObject({
  weekStart: IsoDate,
  loadHours: Type.Number(),
  capacityHours: Type.Number(),
  loadPercent: Nullable(
    Type.Number({ description: 'null when the person has no capacity that week.' }),
  ),
  programs: Type.Array(ProgramLoad),
});
export type OverAllocationWeek = Static<typeof OverAllocationWeek>;

/** What `confirmOverAllocation` overrides; also the body of POST /api/allocations/check. */
export const OverAllocationReport = ClosedObject({
  personId: Id,
  overAllocated: Type.Boolean(),
  weeks: Type.Array(OverAllocationWeek),
});
export type OverAllocationReport = Static<typeof OverAllocationReport>;
