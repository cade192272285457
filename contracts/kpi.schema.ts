import { Type, type Static } from 'typebox';
import { ClosedObject, Id, IsoDate, Nullable, Timestamp, Version } from './common.schema.js';

/** The KPIs Waymark computes; their ids are an interface (other tools and OKR bindings use them). */
export const KPI_IDS = [
  'completion_on_time_on_budget',
  'stakeholder_satisfaction',
  'intake_sla_attainment',
  'forecast_calibration',
  'request_throughput',
  'request_cycle_time',
  'tpm_capacity_utilisation',
  'change_requests_approved',
] as const;
export const KpiId = Type.Enum([...KPI_IDS], { description: 'The KPI’s identifier.' });
export type KpiId = Static<typeof KpiId>;

export const KPI_UNITS = ['share', 'score', 'count', 'hours', 'days'] as const;
export const KpiUnit = Type.Enum([...KPI_UNITS], {
  description:
    'share: a fraction in [0, 1] (shown as a percentage); score: a mean on the 1–5 survey scale; count; hours: working hours; days: working days.',
});
export type KpiUnit = Static<typeof KpiUnit>;

export const KpiDirection = Type.Enum(['higher_is_better', 'lower_is_better']);
export type KpiDirection = Static<typeof KpiDirection>;

export const KpiRag = Type.Enum(['green', 'amber', 'red', 'none'], {
  description: 'Against the target’s thresholds; none when there is no value (nothing to count).',
});
export type KpiRag = Static<typeof KpiRag>;

const KpiNumber = Type.Number({ minimum: -1_000_000_000, maximum: 1_000_000_000 });

export const KpiTarget = ClosedObject({
  target: KpiNumber,
  green: Type.Number({
    minimum: -1_000_000_000,
    maximum: 1_000_000_000,
    description: 'Green at or beyond this value (≥ when higher is better, ≤ when lower is better).',
  }),
  amber: Type.Number({
    minimum: -1_000_000_000,
    maximum: 1_000_000_000,
    description: 'Amber at or beyond this value and short of green; red beyond it.',
  }),
  version: Version,
  updatedAt: Nullable(Timestamp, { description: 'null while the target is the default.' }),
});
export type KpiTarget = Static<typeof KpiTarget>;

/** Changes only the fields it names; TPM managers and admins. */
export const KpiTargetUpdate = ClosedObject({
  version: Type.Optional(Version),
  target: Type.Optional(KpiNumber),
  green: Type.Optional(KpiNumber),
  amber: Type.Optional(KpiNumber),
});
export type KpiTargetUpdate = Static<typeof KpiTargetUpdate>;

export const KpiTrendPoint = ClosedObject({
  quarter: Type.String({ maxLength: 10, description: 'Fiscal quarter, e.g. FY2027-Q1.' }),
  from: IsoDate,
  to: IsoDate,
  value: Nullable(Type.Number()),
  count: Type.Integer({ minimum: 0, description: 'How many items the value counts.' }),
});
export type KpiTrendPoint = Static<typeof KpiTrendPoint>;

export const KpiFigure = ClosedObject({
  label: Type.String({ maxLength: 200 }),
  value: Nullable(Type.Number()),
  unit: KpiUnit,
});
export type KpiFigure = Static<typeof KpiFigure>;

export const KpiSummary = ClosedObject({
  id: KpiId,
  name: Type.String({ maxLength: 200 }),
  definition: Type.String({
    maxLength: 4000,
    description: 'Plain text: the formula, the data it reads and its tolerance.',
  }),
  unit: KpiUnit,
  direction: KpiDirection,
  value: Nullable(Type.Number(), { description: 'null when there is nothing to count.' }),
  count: Type.Integer({ minimum: 0, description: 'How many items the value counts.' }),
  rag: KpiRag,
  target: KpiTarget,
  trend: Type.Array(KpiTrendPoint, { description: 'One point per fiscal quarter of the period.' }),
  figures: Type.Array(KpiFigure, {
    description: 'Companion figures (median working hours to first response, response rate…).',
  }),
  note: Nullable(Type.String({ maxLength: 1000 }), {
    description: 'What the value leaves out, in a sentence (e.g. budgets not yet assessed).',
  }),
  from: IsoDate,
  to: IsoDate,
});
export type KpiSummary = Static<typeof KpiSummary>;

export const KPI_ITEM_KINDS = [
  'program',
  'milestone',
  'request',
  'survey_response',
  'person',
  'change_request',
] as const;
export const KpiItem = ClosedObject({
  kind: Type.Enum([...KPI_ITEM_KINDS]),
  id: Id,
  name: Type.String({ maxLength: 500 }),
  programId: Nullable(Id),
  programName: Nullable(Type.String({ maxLength: 500 })),
  date: Nullable(IsoDate, { description: 'The day that placed it in the period.' }),
  value: Nullable(Type.Number()),
  counts: Type.Enum(['good', 'bad', 'neutral'], {
    description: 'good: counts towards the KPI (on time, met the SLA…); bad: against it.',
  }),
  detail: Type.String({ maxLength: 1000, description: 'A sentence saying why it counts so.' }),
});
export type KpiItem = Static<typeof KpiItem>;

export const KpiCalibrationPoint = ClosedObject({
  p: Type.Integer({ minimum: 1, maximum: 99 }),
  observed: Nullable(Type.Number({ minimum: 0, maximum: 1 })),
  count: Type.Integer({ minimum: 0 }),
});

export const KpiDetail = ClosedObject({
  ...KpiSummary.properties,
  items: Type.Array(KpiItem, { description: 'The items behind the number (drill-down).' }),
  calibration: Type.Optional(
    Type.Array(KpiCalibrationPoint, { description: 'forecast_calibration only.' }),
  ),
});
export type KpiDetail = Static<typeof KpiDetail>;

export const KpiQuery = ClosedObject({
  from: Type.Optional(IsoDate),
  to: Type.Optional(IsoDate),
  programId: Type.Optional(Id),
  personId: Type.Optional(
    Type.String({
      maxLength: 40,
      description: 'A person’s id, or "me": the programs they own.',
    }),
  ),
  teamId: Type.Optional(Id),
});
export type KpiQuery = Static<typeof KpiQuery>;

export const KpiList = ClosedObject({ items: Type.Array(KpiSummary), from: IsoDate, to: IsoDate });
export type KpiList = Static<typeof KpiList>;
