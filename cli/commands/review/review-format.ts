import type { paths } from '../../../contracts/api-client.js';

export type ReviewBody =
  paths['/api/reviews/{id}']['get']['responses'][200]['content']['application/json'];

/** How messages name a review: `review "Weekly" (id)`. */
export const reviewWhat = (r: { title: string; id: string }) => `review "${r.title}" (${r.id})`;

export const scopeText = (r: ReviewBody) =>
  r.scope === 'portfolio' ? '(portfolio)' : r.programs.map((p) => p.name).join(', ');

export const whenText = (r: ReviewBody) =>
  [r.recurrenceText, r.time ? `at ${r.time}` : null, r.timeZone].filter(Boolean).join(' ');
