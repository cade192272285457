import type { paths } from '../../../../contracts/api-client';

type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;
export type Review = Json<paths['/api/reviews/{id}']['get']['responses'][200]>;
export type Agenda = Json<paths['/api/reviews/{id}/agenda']['get']['responses'][200]>;
export type AgendaItem = Agenda['items'][number];
export type OutcomeKind = AgendaItem['outcomes'][number]['kind'];

/** How the agenda names each kind of item, in agenda order. */
export const AGENDA_KIND_LABEL: Record<AgendaItem['kind'], string> = {
  program_health: 'Programs in amber or red',
  milestone_slipped: 'Slipped milestones',
  milestone_at_risk: 'Milestones at risk',
  decision_needed: 'Decisions needed',
  change_request_pending: 'Change requests awaiting a decision',
  risk_review_due: 'Risks due for review',
  action_item_overdue: 'Overdue action items',
  person_over_allocated: 'People over-allocated',
};

export const OUTCOME_KIND_LABEL: Record<OutcomeKind, string> = {
  note: 'Note',
  decision: 'Decision',
  action_item: 'Action item',
};
