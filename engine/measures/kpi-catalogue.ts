import type { KpiAggregation } from './kpi-aggregate.js';
import type { KpiDirectionKind, KpiThresholds } from './kpi-rag.js';

export type KpiUnitKind = 'share' | 'score' | 'count' | 'hours' | 'days';

export interface KpiDefinition {
  name: string;
  definition: string;
  unit: KpiUnitKind;
  direction: KpiDirectionKind;
  aggregation: KpiAggregation;
  /** The target until a manager sets one. */
  defaults: KpiThresholds;
  /** What the value leaves out, or null. */
  note: string | null;
}

/** Working days a finish may pass its planned day and still count as on time. */
export const ON_TIME_TOLERANCE_WORKING_DAYS = 0;

/** Every KPI Waymark computes, keyed by its id (the contract's KPI_IDS). */
export const KPI_CATALOGUE = {
  completion_on_time_on_budget: {
    name: 'Programs and milestones finished on time',
    definition:
      'Share of programs completed and milestones achieved in the period that finished on time: the actual finish (a milestone’s achieved day; a program’s last actual finish of its tasks and milestones) is on or before the planned finish in the program’s first baseline, or the milestone’s due date or the program’s target date when there is no baseline, plus a tolerance of ' +
      `${ON_TIME_TOLERANCE_WORKING_DAYS} working days. Items with no planned finish are listed but not counted.`,
    unit: 'share',
    direction: 'higher_is_better',
    aggregation: 'share',
    defaults: { target: 0.8, green: 0.8, amber: 0.6 },
    note: 'Budgets are not assessed yet: the value counts finishing on time only.',
  },
  stakeholder_satisfaction: {
    name: 'Stakeholder satisfaction',
    definition:
      'Mean answer to the “satisfaction” question (1 to 5) of survey responses submitted in the period, for surveys of the programs in scope (a survey with no program counts only when no program, person or team is chosen). Response rate: responses submitted in the period divided by invitations created in it.',
    unit: 'score',
    direction: 'higher_is_better',
    aggregation: 'mean',
    defaults: { target: 4, green: 4, amber: 3.5 },
    note: null,
  },
  intake_sla_attainment: {
    name: 'Intake first responses within the SLA',
    definition:
      'Share of intake requests first responded to in the period whose first response met the first-response SLA, on the intake team calendar with time waiting on the requester left out (the clock the intake page shows). Requests with no program count only when no program, person or team is chosen.',
    unit: 'share',
    direction: 'higher_is_better',
    aggregation: 'share',
    defaults: { target: 0.9, green: 0.9, amber: 0.75 },
    note: null,
  },
  forecast_calibration: {
    name: 'Forecast calibration (P80)',
    definition:
      'Share of milestones achieved in the period whose achieved day was on or before the P80 of the latest forecast made before that day. A calibrated forecaster scores 0.8; the detail compares P50, P80 and P95.',
    unit: 'share',
    direction: 'higher_is_better',
    aggregation: 'share',
    defaults: { target: 0.8, green: 0.75, amber: 0.6 },
    note: 'Milestones with no forecast made before they were achieved are not counted.',
  },
  request_throughput: {
    name: 'Intake requests decided',
    definition:
      'Number of intake requests given a triage decision (accepted, declined, deferred or marked duplicate) in the period.',
    unit: 'count',
    direction: 'higher_is_better',
    aggregation: 'count',
    defaults: { target: 20, green: 20, amber: 10 },
    note: null,
  },
  request_cycle_time: {
    name: 'Intake request cycle time',
    definition:
      'Median working hours from a request’s submission to its triage decision, for requests decided in the period, on the intake team calendar with time waiting on the requester left out.',
    unit: 'hours',
    direction: 'lower_is_better',
    aggregation: 'median',
    defaults: { target: 16, green: 16, amber: 32 },
    note: null,
  },
  tpm_capacity_utilisation: {
    name: 'TPM capacity utilisation',
    definition:
      'Allocated hours divided by available hours of TPMs and TPM managers in the period, as the capacity page computes them (allocations and task assignments against working hours, holidays and time off). Scoped to a program, person or team: the owners of those programs.',
    unit: 'share',
    direction: 'higher_is_better',
    aggregation: 'ratio',
    defaults: { target: 0.85, green: 0.75, amber: 0.6 },
    note: 'Above 1 means people are booked beyond their available hours.',
  },
  change_requests_approved: {
    name: 'Change requests approved per program',
    definition:
      'Change requests approved in the period divided by the number of programs in scope (the mean per program).',
    unit: 'count',
    direction: 'lower_is_better',
    aggregation: 'per_program',
    defaults: { target: 2, green: 2, amber: 4 },
    note: null,
  },
} as const satisfies Record<string, KpiDefinition>;

export type KpiKey = keyof typeof KPI_CATALOGUE;
