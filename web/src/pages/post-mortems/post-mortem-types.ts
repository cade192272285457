import type { paths } from '../../../../contracts/api-client';

/** The post-mortem shapes, taken from the generated OpenAPI types. */
type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type Ok<Op> = Op extends { responses: { 200: infer R } } ? Json<R> : never;

export type PostMortem = Ok<paths['/api/post-mortems/{id}']['get']>;
export type PostMortemItem = PostMortem['wentWell'][number];
export type PostMortemSection = PostMortem['sections'][number];
export type PostMortemTimeline = Ok<paths['/api/post-mortems/{id}/timeline']['get']>;
export type TimelineEvent = PostMortemTimeline['events'][number];
export type TimelineKind = TimelineEvent['kind'];

/** Sections whose content is a field of the post-mortem itself. */
export const BOUND_FIELDS = ['wentWell', 'didNotGoWell', 'rootCauses'] as const;
export type BoundField = (typeof BOUND_FIELDS)[number];
export const isBound = (id: string): id is BoundField =>
  (BOUND_FIELDS as readonly string[]).includes(id);

export const KIND_LABEL: Record<TimelineKind, string> = {
  baseline: 'Baseline',
  milestone_slip: 'Milestone moved',
  milestone_completed: 'Milestone achieved',
  change_request: 'Change request',
  risk_occurred: 'Risk occurred',
  decision: 'Decision',
  issue: 'Issue',
};
