import { Type, type Static } from 'typebox';
import { ClosedObject, Id, IsoDate, Nullable, Timestamp, Version } from './common.schema.js';

export const ISSUE_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const ISSUE_STATUSES = ['open', 'in_progress', 'resolved', 'closed'] as const;
export const ESCALATION_LEVELS = ['none', 'program', 'director', 'executive'] as const;
export const IssueSeverity = Type.Enum([...ISSUE_SEVERITIES]);
export const IssueStatus = Type.Enum([...ISSUE_STATUSES]);
export const EscalationLevel = Type.Enum([...ESCALATION_LEVELS], {
  description: 'How far up it has been raised.',
});
export type IssueSeverity = (typeof ISSUE_SEVERITIES)[number];
export type IssueStatus = (typeof ISSUE_STATUSES)[number];

const LinkedIds = (description: string) =>
  Type.Array(Id, { maxItems: 200, uniqueItems: true, description });

const fields = {
  title: Type.String({ minLength: 1, maxLength: 300 }),
  description: Type.String({ maxLength: 5000 }),
  severity: IssueSeverity,
  ownerId: Nullable(Id, { description: 'An active account who resolves it.' }),
  dueDate: Nullable(IsoDate),
  status: IssueStatus,
  escalationLevel: EscalationLevel,
  taskIds: LinkedIds('Tasks of the program it blocks; replaces the list on update.'),
  riskIds: LinkedIds('Risks of the program it relates to; replaces the list on update.'),
};

/** An issue of the RAID log ("program issue"): a problem that is happening now. */
export const ProgramIssue = ClosedObject({
  id: Id,
  programId: Id,
  programName: Type.String(),
  ...fields,
  ownerName: Nullable(Type.String()),
  resolvedAt: Nullable(Timestamp, {
    description: 'When it became resolved or closed (null while open or in progress).',
  }),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ProgramIssue = Static<typeof ProgramIssue>;
export const ProgramIssueList = ClosedObject({ items: Type.Array(ProgramIssue) });
export type ProgramIssueList = Static<typeof ProgramIssueList>;

/** Only the title is required; the rest has a default or comes later. */
export const ProgramIssueCreate = ClosedObject({
  title: fields.title,
  description: Type.Optional(fields.description),
  severity: Type.Optional(fields.severity),
  ownerId: Type.Optional(fields.ownerId),
  dueDate: Type.Optional(fields.dueDate),
  status: Type.Optional(fields.status),
  escalationLevel: Type.Optional(fields.escalationLevel),
  taskIds: Type.Optional(fields.taskIds),
  riskIds: Type.Optional(fields.riskIds),
});
export type ProgramIssueCreate = Static<typeof ProgramIssueCreate>;

/** Changes only the fields named; `taskIds` and `riskIds` replace their lists. */
export const ProgramIssueUpdate = ClosedObject({
  version: Type.Optional(Version),
  ...ProgramIssueCreate.properties,
  title: Type.Optional(fields.title),
});
export type ProgramIssueUpdate = Static<typeof ProgramIssueUpdate>;

export const ProgramIssueListQuery = ClosedObject({
  status: Type.Optional(IssueStatus),
  severity: Type.Optional(IssueSeverity),
  ownerId: Type.Optional(Id),
});
export type ProgramIssueListQuery = Static<typeof ProgramIssueListQuery>;

export const PortfolioIssueListQuery = ClosedObject({
  ...ProgramIssueListQuery.properties,
  programId: Type.Optional(Id),
});
export type PortfolioIssueListQuery = Static<typeof PortfolioIssueListQuery>;
