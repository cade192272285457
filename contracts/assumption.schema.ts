import { Type, type Static } from 'typebox';
import { ClosedObject, Id, IsoDate, Nullable, Timestamp, Version } from './common.schema.js';

export const ASSUMPTION_STATUSES = ['unvalidated', 'valid', 'invalid'] as const;
export const AssumptionStatus = Type.Enum([...ASSUMPTION_STATUSES], {
  description: 'unvalidated until someone checks it; then valid or invalid.',
});
export type AssumptionStatus = (typeof ASSUMPTION_STATUSES)[number];

const fields = {
  statement: Type.String({ minLength: 1, maxLength: 500, description: 'What is taken as true.' }),
  description: Type.String({ maxLength: 5000 }),
  ownerId: Nullable(Id, { description: 'An active account who checks it.' }),
  validateBy: Nullable(IsoDate, { description: 'The day by which it must be checked.' }),
  status: AssumptionStatus,
  note: Type.String({ maxLength: 5000, description: 'What the check found.' }),
};

/** An assumption of the RAID log: a statement the plan relies on, checked by a date. */
export const Assumption = ClosedObject({
  id: Id,
  programId: Id,
  programName: Type.String(),
  ...fields,
  ownerName: Nullable(Type.String()),
  validatedAt: Nullable(Timestamp, {
    description: 'When it became valid or invalid (null while unvalidated).',
  }),
  overdue: Type.Boolean({
    description: "Unvalidated and its validate-by day is before the program's today.",
  }),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Assumption = Static<typeof Assumption>;
export const AssumptionList = ClosedObject({ items: Type.Array(Assumption) });
export type AssumptionList = Static<typeof AssumptionList>;

/** Only the statement is required; the rest has a default or comes later. */
export const AssumptionCreate = ClosedObject({
  statement: fields.statement,
  description: Type.Optional(fields.description),
  ownerId: Type.Optional(fields.ownerId),
  validateBy: Type.Optional(fields.validateBy),
  status: Type.Optional(fields.status),
  note: Type.Optional(fields.note),
});
export type AssumptionCreate = Static<typeof AssumptionCreate>;

/** Changes only the fields named. */
export const AssumptionUpdate = ClosedObject({
  version: Type.Optional(Version),
  ...AssumptionCreate.properties,
  statement: Type.Optional(fields.statement),
});
export type AssumptionUpdate = Static<typeof AssumptionUpdate>;

export const AssumptionListQuery = ClosedObject({
  status: Type.Optional(AssumptionStatus),
  ownerId: Type.Optional(Id),
});
export type AssumptionListQuery = Static<typeof AssumptionListQuery>;

export const PortfolioAssumptionListQuery = ClosedObject({
  ...AssumptionListQuery.properties,
  programId: Type.Optional(Id),
});
export type PortfolioAssumptionListQuery = Static<typeof PortfolioAssumptionListQuery>;
