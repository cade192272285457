import { Type, type Static } from 'typebox';
import { ClosedObject, Id, Nullable, Version } from './common.schema.js';

export const HEADCOUNT_STATUSES = ['planned', 'open', 'filled'] as const;
export const NEED_SOURCES = ['program', 'intake'] as const;

export const Quarter = Type.String({
  pattern: '^FY[0-9]{4}-Q[1-4]$',
  description:
    'Fiscal quarter, e.g. FY2027-Q2 (the fiscal year starts on 1 February and is named after the year it ends in).',
});
export const FiscalYear = Type.String({ pattern: '^FY[0-9]{4}$' });

export const HeadcountRole = ClosedObject({
  id: Id,
  title: Type.String(),
  quarter: Quarter,
  trackId: Nullable(Id),
  trackName: Nullable(Type.String()),
  levelId: Nullable(Id),
  levelName: Nullable(Type.String()),
  grade: Nullable(Type.Integer()),
  teamId: Nullable(Id),
  status: Type.Enum([...HEADCOUNT_STATUSES]),
  filledById: Nullable(Id),
  note: Type.String(),
  version: Version,
});
export type HeadcountRole = Static<typeof HeadcountRole>;

export const HeadcountRoleCreate = ClosedObject({
  title: Type.String({ minLength: 1, maxLength: 200 }),
  quarter: Quarter,
  trackId: Type.Optional(Nullable(Id)),
  levelId: Type.Optional(Nullable(Id)),
  teamId: Type.Optional(Nullable(Id)),
  status: Type.Optional(Type.Enum([...HEADCOUNT_STATUSES])),
  filledById: Type.Optional(Nullable(Id)),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
});
export type HeadcountRoleCreate = Static<typeof HeadcountRoleCreate>;
export const HeadcountRoleUpdate = ClosedObject({
  version: Type.Optional(Version),
  title: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  quarter: Type.Optional(Quarter),
  trackId: Type.Optional(Nullable(Id)),
  levelId: Type.Optional(Nullable(Id)),
  teamId: Type.Optional(Nullable(Id)),
  status: Type.Optional(Type.Enum([...HEADCOUNT_STATUSES])),
  filledById: Type.Optional(Nullable(Id)),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
});
export type HeadcountRoleUpdate = Static<typeof HeadcountRoleUpdate>;

export const StaffingNeed = ClosedObject({
  id: Id,
  quarter: Quarter,
  source: Type.Enum([...NEED_SOURCES]),
  programId: Nullable(Id, {
    description:
      'null for intake, or for a members-only program you may not see (then programName is "Members-only program", the description empty; the FTE still counts).',
  }),
  programName: Nullable(Type.String()),
  description: Type.String(),
  fte: Type.Number(),
  version: Version,
});
export type StaffingNeed = Static<typeof StaffingNeed>;
export const StaffingNeedCreate = ClosedObject({
  quarter: Quarter,
  source: Type.Enum([...NEED_SOURCES]),
  programId: Type.Optional(Nullable(Id)),
  description: Type.Optional(Type.String({ maxLength: 2000 })),
  fte: Type.Number({ minimum: 0.01, maximum: 1000 }), // numeric(6, 2), CHECK (> 0)
});
export type StaffingNeedCreate = Static<typeof StaffingNeedCreate>;
/** Changes only the fields it names; a program need keeps a program, intake demand has none. */
export const StaffingNeedUpdate = ClosedObject({
  version: Type.Optional(Version),
  quarter: Type.Optional(Quarter),
  source: Type.Optional(StaffingNeedCreate.properties.source),
  programId: StaffingNeedCreate.properties.programId,
  description: StaffingNeedCreate.properties.description,
  fte: Type.Optional(StaffingNeedCreate.properties.fte),
});
export type StaffingNeedUpdate = Static<typeof StaffingNeedUpdate>;

/** One quarter of the plan: demand against people on staff and roles. */
export const HeadcountQuarter = ClosedObject({
  quarter: Quarter,
  demandFte: Type.Number({ description: 'Program staffing needs plus accepted intake work.' }),
  programDemandFte: Type.Number(),
  intakeDemandFte: Type.Number(),
  staffFte: Type.Number({
    description: 'TPMs on staff (capacity shares), roles filled before this quarter included.',
  }),
  filledRoles: Type.Integer(),
  openRoles: Type.Integer(),
  plannedRoles: Type.Integer(),
  /** demand − (staff + open + planned roles): positive = people still missing. */
  gapFte: Type.Number(),
});
export type HeadcountQuarter = Static<typeof HeadcountQuarter>;

export const HeadcountPlan = ClosedObject({
  fiscalYear: FiscalYear,
  quarters: Type.Array(HeadcountQuarter),
  roles: Type.Array(HeadcountRole),
  needs: Type.Array(StaffingNeed),
  totals: ClosedObject({
    demandFte: Type.Number({ description: 'Average over the quarters.' }),
    staffFte: Type.Number(),
    rolesPlanned: Type.Integer(),
    rolesOpen: Type.Integer(),
    rolesFilled: Type.Integer(),
    peakGapFte: Type.Number(),
  }),
});
export type HeadcountPlan = Static<typeof HeadcountPlan>;

export const HeadcountQuery = ClosedObject({ fiscalYear: Type.Optional(FiscalYear) });
export type HeadcountQuery = Static<typeof HeadcountQuery>;
