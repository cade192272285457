import type { paths } from '../../../../contracts/api-client';
import type { ProgramRisk } from '../../api/types';

/** A risk of the register as the API lists it (with its program's name). */
export type RegisterRisk = ProgramRisk;
export type RiskCreate =
  paths['/api/programs/{id}/risks']['post']['requestBody']['content']['application/json'];

export const RISK_STATUSES = ['open', 'mitigating', 'occurred', 'closed'] as const;
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
export const RISK_RESPONSES = ['avoid', 'mitigate', 'transfer', 'accept'] as const;

export const STATUS_LABELS: Record<(typeof RISK_STATUSES)[number], string> = {
  open: 'Open',
  mitigating: 'Mitigating',
  occurred: 'Occurred',
  closed: 'Closed',
};

/** A heat map cell: likelihood (1–5) × impact (1–5). */
export interface RiskCell {
  likelihood: number;
  impact: number;
}

/** The score's band, as the heat map colours it: low 1–4, medium 5–9, high 10–14, severe 15–25. */
export function scoreBand(score: number): 'low' | 'medium' | 'high' | 'severe' {
  return score <= 4 ? 'low' : score <= 9 ? 'medium' : score <= 14 ? 'high' : 'severe';
}
