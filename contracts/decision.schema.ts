import { Type, type Static } from 'typebox';
import {
  ClosedObject,
  Id,
  IsoDate,
  MONEY_HIDDEN,
  MONEY_MAX,
  Nullable,
  Timestamp,
  Version,
  VersionQuery,
} from './common.schema.js';

export const DECISION_STATUSES = ['proposed', 'decided', 'superseded'] as const;
export const DecisionStatus = Type.Enum([...DECISION_STATUSES], {
  description:
    'proposed (the default) → decided (needs the decision text) → superseded (by supersededById).',
});
export type DecisionStatus = Static<typeof DecisionStatus>;

/** The most options one decision lays out. */
export const DECISION_OPTIONS_MAX = 20;

const LongText = (maxLength: number, description: string) =>
  Nullable(Type.String({ maxLength }), { description });

export const DecisionOptionInput = ClosedObject({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  pros: Type.Optional(LongText(4000, 'What speaks for it.')),
  cons: Type.Optional(LongText(4000, 'What speaks against it.')),
  cost: Type.Optional(
    Nullable(Type.Number({ minimum: 0, maximum: MONEY_MAX }), {
      description: 'What it would cost, in the major unit (at most 2 decimals); null: not known.',
    }),
  ),
});
export type DecisionOptionInput = Static<typeof DecisionOptionInput>;

export const DecisionOption = ClosedObject({
  name: Type.String(),
  pros: Nullable(Type.String()),
  cons: Nullable(Type.String()),
  cost: Nullable(Type.Number(), { description: `What it would cost; ${MONEY_HIDDEN}` }),
});
export type DecisionOption = Static<typeof DecisionOption>;

/**
 * The fields a decision is written with. Links to other registers are id arrays
 * of the same program (`riskIds`; issues and change requests follow the same shape).
 */
const writable = {
  title: Type.String({ minLength: 1, maxLength: 300 }),
  context: Type.Optional(LongText(10000, 'Why a decision is needed; what constrains it.')),
  options: Type.Optional(
    Type.Array(DecisionOptionInput, {
      maxItems: DECISION_OPTIONS_MAX,
      description: 'The options considered, side by side; replaces the list on update.',
    }),
  ),
  decision: Type.Optional(LongText(10000, 'What was decided; required once decided.')),
  chosenOption: Type.Optional(
    Nullable(Type.Integer({ minimum: 0, maximum: DECISION_OPTIONS_MAX - 1 }), {
      description: 'The index (from 0) of the option chosen, among `options`.',
    }),
  ),
  decidedById: Type.Optional(
    Nullable(Id, {
      description: 'Who decided (an active account); defaults to the caller when decided.',
    }),
  ),
  decidedOn: Type.Optional(
    Nullable(IsoDate, { description: "When; defaults to the program's today when decided." }),
  ),
  status: Type.Optional(DecisionStatus),
  supersededById: Type.Optional(
    Nullable(Id, {
      description:
        'The decision that replaced this one: required when superseded; of the same program, or a portfolio decision.',
    }),
  ),
  neededBy: Type.Optional(
    Nullable(IsoDate, { description: 'Needed by: a proposed decision past it is overdue.' }),
  ),
  riskIds: Type.Optional(
    Type.Array(Id, {
      maxItems: 100,
      uniqueItems: true,
      description: "Risks of the decision's program it answers; replaces the list on update.",
    }),
  ),
  issueIds: Type.Optional(
    Type.Array(Id, {
      maxItems: 100,
      uniqueItems: true,
      description: "Issues of the decision's program it answers; replaces the list on update.",
    }),
  ),
  changeRequestIds: Type.Optional(
    Type.Array(Id, {
      maxItems: 100,
      uniqueItems: true,
      description:
        "Change requests of the decision's program it concerns; replaces the list on update.",
    }),
  ),
};

export const DecisionCreate = ClosedObject(writable);
export type DecisionCreate = Static<typeof DecisionCreate>;

/** Changes only the fields it names; `options` and `riskIds` replace their lists. */
export const DecisionUpdate = ClosedObject({
  version: Type.Optional(Version),
  ...writable,
  title: Type.Optional(writable.title),
});
export type DecisionUpdate = Static<typeof DecisionUpdate>;

export const Decision = ClosedObject({
  id: Id,
  programId: Nullable(Id, { description: 'null: a portfolio decision, of no one program.' }),
  programName: Nullable(Type.String()),
  title: Type.String(),
  context: Nullable(Type.String()),
  options: Type.Array(DecisionOption),
  decision: Nullable(Type.String()),
  chosenOption: Nullable(Type.Integer()),
  decidedById: Nullable(Id),
  decidedByName: Nullable(Type.String()),
  decidedOn: Nullable(IsoDate),
  status: DecisionStatus,
  supersededById: Nullable(Id),
  supersededBy: Nullable(ClosedObject({ id: Id, title: Type.String() })),
  supersedes: Type.Array(Id, { description: 'The decisions this one replaced.' }),
  neededBy: Nullable(IsoDate),
  overdue: Type.Boolean({
    description:
      "Proposed and needed before today (the program's today; UTC for portfolio decisions).",
  }),
  riskIds: Type.Array(Id),
  issueIds: Type.Array(Id),
  changeRequestIds: Type.Array(Id),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Decision = Static<typeof Decision>;
export const DecisionList = ClosedObject({ items: Type.Array(Decision) });
export type DecisionList = Static<typeof DecisionList>;

const Overdue = Type.Boolean({ description: 'true: only overdue ones; false: none of them.' });

export const ProgramDecisionQuery = ClosedObject({
  status: Type.Optional(DecisionStatus),
  overdue: Type.Optional(Overdue),
});
export type ProgramDecisionQuery = Static<typeof ProgramDecisionQuery>;

export const PortfolioDecisionQuery = ClosedObject({
  status: Type.Optional(DecisionStatus),
  overdue: Type.Optional(Overdue),
  programId: Type.Optional({ ...Id, description: 'Only this program’s decisions.' }),
});
export type PortfolioDecisionQuery = Static<typeof PortfolioDecisionQuery>;

export const DecisionDeleteQuery = ClosedObject({ ...VersionQuery.properties });
