import type { RiskRow } from '../forecasts/program-forecast-input.js';

/** A risk register row as the repository reads it: the table plus its owner's and program's names. */
export interface RiskRegisterRow extends RiskRow {
  status: string;
  delay_optimistic_hours: number | null;
  delay_pessimistic_hours: number | null;
  description: string | null;
  owner_id: string | null;
  owner_name: string | null;
  program_name: string;
  category: string;
  response: string | null;
  mitigation: string | null;
  mitigation_due_date: string | null;
  contingency: string | null;
  trigger_event: string | null;
  proximity_date: string | null;
  impact: number;
  review_date: string | null;
  occurred_at: Date | null;
  closed_at: Date | null;
}
