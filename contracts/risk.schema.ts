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
} from './common.schema.js';

/*
 * The risk register (the R of the RAID log, issue 16). A risk began as a bare
 * forecast input (title, probability, delay on tasks, cost); those fields and
 * their meaning are kept, the register's fields come beside them. Only open
 * and mitigating risks feed the forecast.
 */

export const RISK_CATEGORIES = [
  'schedule',
  'technical',
  'resource',
  'vendor',
  'scope',
  'budget',
  'compliance',
  'other',
] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];
export const RISK_STATUSES = ['open', 'mitigating', 'occurred', 'closed'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];
/** The statuses whose risks feed the Monte Carlo forecast. */
export const FORECAST_RISK_STATUSES: readonly RiskStatus[] = ['open', 'mitigating'];
export const RISK_RESPONSES = ['avoid', 'mitigate', 'transfer', 'accept'] as const;
export type RiskResponse = (typeof RISK_RESPONSES)[number];

/** Limits shared by the API, the web form and the CLI. */
export const RISK_LIMITS = { maxDelayHours: 100000, maxText: 10000, maxTrigger: 2000 } as const;

const DelayHours = Type.Number({ minimum: 0, maximum: RISK_LIMITS.maxDelayHours });
const LongText = Type.String({ maxLength: RISK_LIMITS.maxText });

/** The register's fields, each nullable so that a PATCH can clear it. */
const registerFields = {
  description: Type.Optional(Nullable(LongText)),
  ownerId: Type.Optional(Nullable({ ...Id, description: 'An active user who owns the risk.' })),
  category: Type.Optional(Type.Enum([...RISK_CATEGORIES], { default: 'other' })),
  status: Type.Optional(
    Type.Enum([...RISK_STATUSES], {
      default: 'open',
      description: 'Only open and mitigating risks feed the forecast.',
    }),
  ),
  response: Type.Optional(Nullable(Type.Enum([...RISK_RESPONSES]))),
  mitigation: Type.Optional(Nullable(LongText)),
  mitigationDueDate: Type.Optional(Nullable(IsoDate)),
  contingency: Type.Optional(Nullable(LongText)),
  trigger: Type.Optional(Nullable(Type.String({ maxLength: RISK_LIMITS.maxTrigger }))),
  proximityDate: Type.Optional(
    Nullable({ ...IsoDate, description: 'When the risk could start to happen.' }),
  ),
  delayOptimisticHours: Type.Optional(
    Nullable({
      ...DelayHours,
      description: 'Three-point delay: the least (≤ delayHours). Absent: delayHours.',
    }),
  ),
  delayPessimisticHours: Type.Optional(
    Nullable({
      ...DelayHours,
      description: 'Three-point delay: the most (≥ delayHours). Absent: delayHours.',
    }),
  ),
  impact: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 5,
      default: 3,
      description: 'Impact on the 5×5 scale (1 negligible … 5 severe).',
    }),
  ),
  reviewDate: Type.Optional(Nullable(IsoDate)),
};

export const ProgramRiskCreate = ClosedObject({
  title: Type.String({ minLength: 1, maxLength: 300 }),
  probability: Type.Optional(Type.Number({ minimum: 0, maximum: 1, default: 0.5 })),
  delayHours: Type.Optional({
    ...DelayHours,
    default: 0,
    description: 'Working hours each named task takes longer when the risk occurs (likely value).',
  }),
  cost: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: MONEY_MAX }))), // numeric(14, 2)
  taskIds: Type.Optional(
    Type.Array(Id, { maxItems: 500, uniqueItems: true, default: [] as string[] }),
  ),
  ...registerFields,
});
export type ProgramRiskCreate = Static<typeof ProgramRiskCreate>;

/** Changes only the fields it names; `taskIds` replaces the whole list. */
export const ProgramRiskUpdate = ClosedObject({
  version: Type.Optional(Version),
  title: Type.Optional(ProgramRiskCreate.properties.title),
  probability: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
  delayHours: Type.Optional(DelayHours),
  cost: ProgramRiskCreate.properties.cost,
  taskIds: Type.Optional(Type.Array(Id, { maxItems: 500, uniqueItems: true })),
  ...registerFields,
  category: Type.Optional(Type.Enum([...RISK_CATEGORIES])),
  status: Type.Optional(Type.Enum([...RISK_STATUSES])),
  impact: Type.Optional(Type.Integer({ minimum: 1, maximum: 5 })),
});
export type ProgramRiskUpdate = Static<typeof ProgramRiskUpdate>;

export const ProgramRisk = ClosedObject({
  id: Id,
  programId: Id,
  title: Type.String(),
  probability: Type.Number(),
  delayHours: Type.Number(),
  cost: Nullable(Type.Number(), { description: `The risk's cost; ${MONEY_HIDDEN}` }),
  taskIds: Type.Array(Id),
  description: Nullable(Type.String()),
  ownerId: Nullable(Id),
  ownerName: Nullable(Type.String()),
  category: Type.Enum([...RISK_CATEGORIES]),
  status: Type.Enum([...RISK_STATUSES]),
  response: Nullable(Type.Enum([...RISK_RESPONSES])),
  mitigation: Nullable(Type.String()),
  mitigationDueDate: Nullable(IsoDate),
  contingency: Nullable(Type.String()),
  trigger: Nullable(Type.String()),
  proximityDate: Nullable(IsoDate),
  delayOptimisticHours: Nullable(Type.Number()),
  delayPessimisticHours: Nullable(Type.Number()),
  impact: Type.Integer({ minimum: 1, maximum: 5 }),
  likelihood: Type.Integer({
    minimum: 1,
    maximum: 5,
    description: 'From the probability: ≤ 0.1 → 1, ≤ 0.3 → 2, ≤ 0.5 → 3, ≤ 0.7 → 4, above → 5.',
  }),
  score: Type.Integer({ minimum: 1, maximum: 25, description: 'likelihood × impact.' }),
  reviewDate: Nullable(IsoDate),
  occurredAt: Nullable(Timestamp),
  closedAt: Nullable(Timestamp),
  /** The risk's program, for lists across the portfolio. */
  programName: Type.String(),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ProgramRisk = Static<typeof ProgramRisk>;
export const ProgramRiskList = ClosedObject({ items: Type.Array(ProgramRisk) });
export type ProgramRiskList = Static<typeof ProgramRiskList>;

const StatusFilter = Type.String({
  maxLength: 60,
  pattern: `^(${RISK_STATUSES.join('|')})(,(${RISK_STATUSES.join('|')}))*$`,
  description: 'One status or several, comma-separated: open,mitigating.',
});

/** Filters of a program's risk list. */
export const ProgramRiskListQuery = ClosedObject({
  status: Type.Optional(StatusFilter),
  ownerId: Type.Optional(Id),
  category: Type.Optional(Type.Enum([...RISK_CATEGORIES])),
});
export type ProgramRiskListQuery = Static<typeof ProgramRiskListQuery>;

/** Filters of the portfolio-wide risk list. */
export const RiskListQuery = ClosedObject({
  ...ProgramRiskListQuery.properties,
  programId: Type.Optional(Id),
});
export type RiskListQuery = Static<typeof RiskListQuery>;
