import { Type, type Static } from 'typebox';
import {
  ClosedObject,
  Id,
  IsoDate,
  Nullable,
  Timestamp,
  Version,
  MONEY_HIDDEN_WHO,
} from './common.schema.js';
import { LocalDateTime } from './schedule.schema.js';

export const FORECAST_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export const FORECAST_DISTRIBUTIONS = ['triangular', 'pert'] as const;

/** Limits shared by the API, the web form and the CLI. */
export const FORECAST_LIMITS = {
  minIterations: 100,
  maxIterations: 1_000_000,
  // Below 1: at 1 every duration would be the same draw, which the copula cannot express.
  maxRankCorrelation: 0.99,
} as const;

const RankCorrelation = Type.Number({
  minimum: 0,
  maximum: FORECAST_LIMITS.maxRankCorrelation,
  description:
    'Spearman rank correlation between every two uncertain task durations (one-factor Gaussian copula); 0 = independent.',
});

export const ForecastCreate = ClosedObject({
  iterations: Type.Optional(
    Type.Integer({
      minimum: FORECAST_LIMITS.minIterations,
      maximum: FORECAST_LIMITS.maxIterations,
      default: 10000,
    }),
  ),
  seed: Type.Optional(
    Type.Integer({
      minimum: 0,
      maximum: 4294967295,
      description: 'Random seed; the same plan and seed give the same forecast. Default: random.',
    }),
  ),
  targetDate: Type.Optional(
    Nullable({ ...IsoDate, description: 'Probability of finishing by this day (17:00).' }),
  ),
  distribution: Type.Optional(Type.Enum([...FORECAST_DISTRIBUTIONS], { default: 'triangular' })),
  rankCorrelation: Type.Optional({ ...RankCorrelation, default: 0 }),
});
export type ForecastCreate = Static<typeof ForecastCreate>;

/** A forecast of several programs together: their combined network, cross-program links inside. */
export const PortfolioForecastCreate = ClosedObject({
  ...ForecastCreate.properties,
  programIds: Type.Optional(
    Type.Array(Id, {
      minItems: 1,
      maxItems: 500,
      uniqueItems: true,
      description:
        "The programs to forecast together; default every active program. The clock (time zone) is the first program's.",
    }),
  ),
});
export type PortfolioForecastCreate = Static<typeof PortfolioForecastCreate>;

const Percentile = ClosedObject({
  p: Type.Number({ minimum: 0, maximum: 100 }),
  finish: LocalDateTime,
  low: LocalDateTime,
  high: LocalDateTime,
});

/** The results of one run, dates project-local. */
export const ForecastSummary = ClosedObject({
  iterations: Type.Integer(),
  percentileMethod: Type.String(),
  deterministicFinish: LocalDateTime,
  finish: ClosedObject({
    mean: LocalDateTime,
    sdMinutes: Type.Number({ description: 'Standard deviation, working minutes.' }),
    percentiles: Type.Array(Percentile),
  }),
  sCurve: Type.Array(ClosedObject({ p: Type.Number(), finish: LocalDateTime })),
  histogram: Type.Array(
    ClosedObject({ from: LocalDateTime, to: LocalDateTime, count: Type.Integer() }),
  ),
  probabilityOfTarget: Nullable(Type.Number()),
  milestones: Type.Array(
    ClosedObject({
      id: Type.String(),
      name: Type.String(),
      p50: LocalDateTime,
      p80: LocalDateTime,
      p95: LocalDateTime,
    }),
  ),
  /** Portfolio runs only: each program's finish (the last of its items). */
  programs: Type.Optional(
    Type.Array(
      ClosedObject({
        programId: Id,
        name: Type.String(),
        p50: LocalDateTime,
        p80: LocalDateTime,
        p95: LocalDateTime,
        probabilityOfTarget: Type.Optional(
          Type.Number({
            description: 'With a target date: share of iterations it is done by then.',
          }),
        ),
      }),
    ),
  ),
  tasks: Type.Array(
    ClosedObject({
      id: Type.String(),
      name: Type.String(),
      criticalityIndex: Type.Number(),
      meanFinish: LocalDateTime,
    }),
  ),
  sensitivity: Type.Array(
    ClosedObject({ id: Type.String(), name: Type.String(), spearman: Type.Number() }),
  ),
  tornado: Type.Array(
    ClosedObject({
      id: Type.String(),
      name: Type.String(),
      effectMinutes: Type.Number({ description: 'How far P80 moves out because of this risk.' }),
      p80Without: LocalDateTime,
    }),
  ),
  cost: Nullable(
    ClosedObject({
      mean: Type.Number(),
      sd: Type.Number(),
      percentiles: Type.Array(ClosedObject({ p: Type.Number(), cost: Type.Number() })),
    }),
    {
      description: `The forecast cost; null without task costs, or hidden from you when you may not see the money of every program forecast (${MONEY_HIDDEN_WHO}).`,
    },
  ),
  jointConfidence: Type.Array(
    ClosedObject({
      p: Type.Number(),
      finish: LocalDateTime,
      cost: Type.Number(),
      probability: Type.Number(),
    }),
  ),
  diagnostics: Type.Array(
    ClosedObject({
      code: Type.String(),
      severity: Type.Enum(['error', 'warning']),
      message: Type.String(),
      itemIds: Type.Array(Type.String()),
    }),
  ),
});
export type ForecastSummary = Static<typeof ForecastSummary>;

export const FORECAST_SCOPES = ['program', 'portfolio'] as const;

export const Forecast = ClosedObject({
  id: Id,
  /** null for a portfolio forecast. */
  programId: Nullable(Id),
  scope: Type.Enum([...FORECAST_SCOPES]),
  /** The programs forecast: the one program, or the portfolio's. */
  programIds: Type.Array(Id),
  status: Type.Enum([...FORECAST_STATUSES]),
  progress: Type.Number({ minimum: 0, maximum: 1 }),
  iterations: Type.Integer(),
  seed: Type.Integer(),
  distribution: Type.Enum([...FORECAST_DISTRIBUTIONS]),
  targetDate: Nullable(IsoDate),
  rankCorrelation: RankCorrelation,
  inputHash: Nullable(Type.String()),
  requestedById: Nullable(Id),
  requestedAt: Timestamp,
  startedAt: Nullable(Timestamp),
  finishedAt: Nullable(Timestamp),
  error: Nullable(Type.String()),
  /** Present once the run succeeded. */
  result: Nullable(ForecastSummary),
  version: Version,
});
export type Forecast = Static<typeof Forecast>;

/** History: newest first, without results (fetch one forecast for those), but with its P-dates. */
export const ForecastListItem = ClosedObject({
  ...Type.Omit(Forecast, ['result']).properties,
  p50: Nullable(LocalDateTime),
  p80: Nullable(LocalDateTime),
  probabilityOfTarget: Nullable(Type.Number()),
});
export type ForecastListItem = Static<typeof ForecastListItem>;
export const ForecastList = ClosedObject({ items: Type.Array(ForecastListItem) });
export type ForecastList = Static<typeof ForecastList>;

// The risk schemas live in risk.schema.ts (the risk register); re-exported for the forecast's users.
export {
  ProgramRisk,
  ProgramRiskCreate,
  ProgramRiskList,
  ProgramRiskUpdate,
} from './risk.schema.js';

export const ForecastAccuracyQuery = ClosedObject({
  programId: Type.Optional({ ...Id, description: 'One program; all programs when absent.' }),
});
export type ForecastAccuracyQuery = Static<typeof ForecastAccuracyQuery>;

/** Forecasts of milestones and programs that have finished, scored against the actual day. */
export const ForecastAccuracy = ClosedObject({
  scored: Type.Array(
    ClosedObject({
      forecastId: Id,
      itemId: Id,
      itemName: Type.String(),
      kind: Type.Enum(['milestone', 'program']),
      forecastOn: IsoDate,
      p50: LocalDateTime,
      p80: LocalDateTime,
      p95: LocalDateTime,
      actual: IsoDate,
      p50ErrorDays: Type.Integer({
        description: 'Actual − P50 in calendar days (positive: later).',
      }),
      withinP50: Type.Boolean(),
      withinP80: Type.Boolean(),
      withinP95: Type.Boolean(),
    }),
  ),
  calibration: Type.Array(
    ClosedObject({
      p: Type.Integer(),
      observed: Nullable(
        Type.Number({ description: 'Share of actuals at or before their P-date.' }),
      ),
      count: Type.Integer(),
    }),
  ),
  meanAbsoluteP50ErrorDays: Nullable(Type.Number()),
});
export type ForecastAccuracy = Static<typeof ForecastAccuracy>;
