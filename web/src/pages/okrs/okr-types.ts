import type { paths } from '../../../../contracts/api-client';
import type { BadgeTone } from '../../components/badge';

/** The OKR shapes, taken from the generated OpenAPI types. */
type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type Ok<Op> = Op extends { responses: { 200: infer R } } ? Json<R> : never;

export type Objective = Ok<paths['/api/objectives/{id}']['get']>;
export type KeyResult = Objective['keyResults'][number];
export type ObjectiveState = Objective['state'];
export type OwnerKind = Objective['ownerKind'];
export type CheckIn = Ok<paths['/api/key-results/{id}/check-ins']['get']>['items'][number];

export const STATE_LABEL: Record<ObjectiveState, string> = {
  draft: 'Draft',
  committed: 'Committed',
  graded: 'Graded',
};
export const STATE_TONE: Record<ObjectiveState, BadgeTone> = {
  draft: 'muted',
  committed: 'blue',
  graded: 'green',
};
export const OWNER_LABEL: Record<OwnerKind, string> = {
  organization: 'Organization',
  team: 'Team',
  person: 'Person',
};

/** "FY2027-Q4" for the quarter that holds `day` (the fiscal year starts in February). */
export function quarterOf(day: Date): string {
  const month = day.getUTCMonth() + 1;
  const year = day.getUTCFullYear();
  const fiscalYear = month < 2 ? year : year + 1;
  return `FY${fiscalYear}-Q${Math.floor(((month - 2 + 12) % 12) / 3) + 1}`;
}

/** The quarter `offset` quarters from `quarter`. */
export function shiftQuarter(quarter: string, offset: number): string {
  const m = /^FY(\d{4})-Q([1-4])$/.exec(quarter);
  if (!m) return quarter;
  const index = Number(m[1]) * 4 + Number(m[2]) - 1 + offset;
  return `FY${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** Who owns an objective, in words. */
export function ownerText(o: Objective): string {
  if (o.ownerKind === 'team') return o.teamName ?? 'A team';
  if (o.ownerKind === 'person') return o.personName ?? 'A person';
  return 'Organization';
}

export const scorePercent = (score: number | null) =>
  score === null ? 'No key results' : `${Math.round(score * 100)}%`;
