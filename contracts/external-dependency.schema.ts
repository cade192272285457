import { Type, type Static } from 'typebox';
import { ClosedObject, Id, IsoDate, Nullable, Timestamp, Version } from './common.schema.js';

export const EXTERNAL_DEPENDENCY_KINDS = ['team', 'vendor', 'date'] as const;
export const EXTERNAL_DEPENDENCY_STATUSES = [
  'pending',
  'committed',
  'at_risk',
  'delivered',
  'missed',
] as const;
export const ExternalDependencyKind = Type.Enum([...EXTERNAL_DEPENDENCY_KINDS], {
  description: 'What the program waits on: another team, a vendor, or a date (an event).',
});
export const ExternalDependencyStatus = Type.Enum([...EXTERNAL_DEPENDENCY_STATUSES]);
export type ExternalDependencyStatus = (typeof EXTERNAL_DEPENDENCY_STATUSES)[number];

const fields = {
  title: Type.String({ minLength: 1, maxLength: 300 }),
  description: Type.String({ maxLength: 5000 }),
  kind: ExternalDependencyKind,
  party: Type.String({ maxLength: 200, description: 'The team or vendor, by name.' }),
  teamId: Nullable(Id, { description: 'A Waymark team, when the party is one.' }),
  needByDate: Nullable(IsoDate),
  status: ExternalDependencyStatus,
  ownerId: Nullable(Id, { description: 'An active account who follows it up.' }),
  taskIds: Type.Array(Id, {
    maxItems: 200,
    uniqueItems: true,
    description: 'Tasks of the program that wait on it; replaces the list on update.',
  }),
};

/** A dependency of the RAID log on something outside Waymark's plans: a team, a vendor, a date. */
export const ExternalDependency = ClosedObject({
  id: Id,
  programId: Id,
  programName: Type.String(),
  ...fields,
  teamName: Nullable(Type.String()),
  ownerName: Nullable(Type.String()),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ExternalDependency = Static<typeof ExternalDependency>;
export const ExternalDependencyList = ClosedObject({ items: Type.Array(ExternalDependency) });
export type ExternalDependencyList = Static<typeof ExternalDependencyList>;

/** Only the title is required; the rest has a default or comes later. */
export const ExternalDependencyCreate = ClosedObject({
  title: fields.title,
  description: Type.Optional(fields.description),
  kind: Type.Optional(fields.kind),
  party: Type.Optional(fields.party),
  teamId: Type.Optional(fields.teamId),
  needByDate: Type.Optional(fields.needByDate),
  status: Type.Optional(fields.status),
  ownerId: Type.Optional(fields.ownerId),
  taskIds: Type.Optional(fields.taskIds),
});
export type ExternalDependencyCreate = Static<typeof ExternalDependencyCreate>;

export const ExternalDependencyUpdate = ClosedObject({
  version: Type.Optional(Version),
  ...ExternalDependencyCreate.properties,
  title: Type.Optional(fields.title),
});
export type ExternalDependencyUpdate = Static<typeof ExternalDependencyUpdate>;

export const ExternalDependencyListQuery = ClosedObject({
  status: Type.Optional(ExternalDependencyStatus),
  ownerId: Type.Optional(Id),
});
export type ExternalDependencyListQuery = Static<typeof ExternalDependencyListQuery>;

export const PortfolioExternalDependencyListQuery = ClosedObject({
  ...ExternalDependencyListQuery.properties,
  programId: Type.Optional(Id),
});
export type PortfolioExternalDependencyListQuery = Static<
  typeof PortfolioExternalDependencyListQuery
>;

/** A plan link between this program's item and an item of another program. */
export const CrossProgramLink = ClosedObject({
  dependencyId: Id,
  direction: Type.Enum(['upstream', 'downstream'], {
    description: 'upstream: the other program feeds this one; downstream: this one feeds it.',
  }),
  type: Type.Enum(['FS', 'SS', 'FF', 'SF']),
  lagMinutes: Type.Integer(),
  itemId: Id,
  itemName: Type.String(),
  itemKind: Type.Enum(['task', 'milestone']),
  otherProgramId: Id,
  otherProgramName: Type.String(),
  otherItemId: Id,
  otherItemName: Type.String(),
  otherItemKind: Type.Enum(['task', 'milestone']),
  otherItemStart: Nullable(IsoDate, { description: "The other item's planned start, if set." }),
  otherItemFinish: Nullable(IsoDate, {
    description: "The other item's planned finish (due date), if set.",
  }),
});
export type CrossProgramLink = Static<typeof CrossProgramLink>;

/** The RAID "D": links to other programs' plans, and dependencies outside Waymark. */
export const RaidDependencies = ClosedObject({
  crossProgram: Type.Array(CrossProgramLink),
  external: Type.Array(ExternalDependency),
});
export type RaidDependencies = Static<typeof RaidDependencies>;
