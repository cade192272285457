import type { paths } from '../../../contracts/api-client.js';

export type DecisionBody =
  paths['/api/decisions/{id}']['get']['responses'][200]['content']['application/json'];

/** How messages name a decision: `decision "Which queue?" (id)`. */
export const decisionWhat = (d: { title: string; id: string }) => `decision "${d.title}" (${d.id})`;

/** The status as a person reads it: overdue pending ones say so. */
export function statusText(d: DecisionBody): string {
  if (d.status === 'superseded' && d.supersededBy) return `superseded by "${d.supersededBy.title}"`;
  return d.overdue ? 'proposed, OVERDUE' : d.status;
}
