import type { paths } from '../../../../contracts/api-client';
import type { BadgeTone } from '../../components/badge';

type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;

export type RequestDetail = Json<paths['/api/requests/{id}']['get']['responses'][200]>;
export type IntakeRequest = RequestDetail['request'];
export type SlaClock = IntakeRequest['firstResponse'];
export type RequestState = IntakeRequest['state'];
export type RoutingSuggestion = NonNullable<RequestDetail['routing']>;
export type RequestTemplate = Json<paths['/api/request-template']['get']['responses'][200]>;
export type RequestCreate =
  paths['/api/requests']['post']['requestBody']['content']['application/json'];
export type TriageBody =
  paths['/api/requests/{id}/triage']['post']['requestBody']['content']['application/json'];

export const STATE_LABEL: Record<RequestState, string> = {
  new: 'New',
  acknowledged: 'Acknowledged',
  accepted: 'Accepted',
  declined: 'Declined',
  deferred: 'Deferred',
  duplicate: 'Duplicate',
};

export const STATE_TONE: Record<RequestState, BadgeTone> = {
  new: 'violet',
  acknowledged: 'blue',
  accepted: 'green',
  declined: 'muted',
  deferred: 'amber',
  duplicate: 'muted',
};

export const SLA_LABEL: Record<SlaClock['state'], string> = {
  on_track: 'On track',
  due_soon: 'Due soon',
  paused: 'Paused',
  breached: 'Breached',
  met: 'Met',
  met_late: 'Met late',
};

export const SLA_TONE: Record<SlaClock['state'], BadgeTone> = {
  on_track: 'green',
  due_soon: 'amber',
  paused: 'neutral',
  breached: 'red',
  met: 'green',
  met_late: 'amber',
};

export const SIZE_LABEL: Record<IntakeRequest['sizeGuess'], string> = {
  unknown: 'Not sure',
  xs: 'XS — days',
  s: 'S — a few weeks',
  m: 'M — a quarter',
  l: 'L — several quarters',
  xl: 'XL — a year or more',
};

/** History lines read as sentences: "<actor> <what happened>". */
const EVENT_LABEL: Record<string, string> = {
  submitted: 'submitted the request',
  acknowledge: 'acknowledged it',
  accept: 'accepted it',
  decline: 'declined it',
  defer: 'deferred it',
  duplicate: 'marked it as a duplicate',
  reopen: 'reopened it',
  assigned: 'assigned it',
  routing_suggested: 'asked for routing suggestions',
  waiting_on_requester: 'is waiting on the requester',
  resumed: 'resumed the SLA clocks',
  sla_breached_first_response: 'flagged the first-response SLA as breached',
  sla_breached_triage: 'flagged the triage SLA as breached',
  gitlab_issue_closed: 'saw the GitLab issue closed',
  gitlab_issue_opened: 'saw the GitLab issue reopened',
};

export function eventLabel(kind: string): string {
  return EVENT_LABEL[kind] ?? kind.replace(/_/g, ' ');
}
