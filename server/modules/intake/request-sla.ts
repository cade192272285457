import type { IntakeRequest, RequestTemplate, SlaClock } from '../../../contracts/intake.schema.js';
import { readSlaClock, type SlaPause } from '../../../engine/sla/sla-clock.js';
import type { WorkingTime } from '../../../engine/calendar/working-time.js';
import { compileTeamCalendar, type TeamCalendar } from '../../../engine/sla/team-calendar.js';
import type { RequestRow } from './request.repository.js';

/** The settings both clocks of every request are read with. */
export interface SlaSettings {
  calendar: TeamCalendar;
  working: WorkingTime;
  firstResponseHours: number;
  triageHours: number;
}

export function slaSettings(template: RequestTemplate, calendar: TeamCalendar): SlaSettings {
  return {
    calendar,
    working: compileTeamCalendar(calendar),
    firstResponseHours: template.firstResponseHours,
    triageHours: template.triageHours,
  };
}

function pausesOf(row: RequestRow): SlaPause[] {
  return row.pauses.map((p) => ({
    fromMs: Date.parse(p.paused_at),
    toMs: p.resumed_at === null ? null : Date.parse(p.resumed_at),
  }));
}

function clock(
  row: RequestRow,
  settings: SlaSettings,
  targetHours: number,
  metAt: Date | null,
  nowMs: number,
): SlaClock {
  const c = readSlaClock({
    calendar: settings.calendar,
    working: settings.working,
    startedAtMs: row.created_at.getTime(),
    targetHours,
    pauses: pausesOf(row),
    metAtMs: metAt?.getTime() ?? null,
    atMs: nowMs,
  });
  return {
    targetHours,
    dueAt: c.dueAtMs === null ? null : new Date(c.dueAtMs).toISOString(),
    workingMinutesLeft: c.workingMinutesLeft,
    breached: c.breached,
    state: c.state,
  };
}

/** The first-response clock stops at the first explicit response; the triage clock at the decision. */
export function requestClocks(
  row: RequestRow,
  settings: SlaSettings,
  nowMs: number,
): Pick<IntakeRequest, 'firstResponse' | 'triage'> {
  return {
    firstResponse: clock(row, settings, settings.firstResponseHours, row.first_response_at, nowMs),
    triage: clock(row, settings, settings.triageHours, row.triaged_at, nowMs),
  };
}

export function toIntakeRequest(
  row: RequestRow,
  settings: SlaSettings,
  nowMs: number,
): IntakeRequest {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    problem: row.problem,
    desiredOutcome: row.desired_outcome,
    businessValue: row.business_value,
    teams: row.teams,
    tags: row.tags,
    links: row.links,
    deadline: row.deadline,
    sizeGuess: row.size_guess,
    source: row.source,
    requesterId: row.requester_id,
    requesterName: row.requester_name,
    assigneeId: row.assignee_id,
    assigneeName: row.assignee_name,
    state: row.state,
    stateReason: row.state_reason,
    deferredUntil: row.deferred_until,
    duplicateOfId: row.duplicate_of_id,
    programId: row.program_id,
    waitingOnRequester: row.pauses.some((p) => p.resumed_at === null),
    firstResponseAt: row.first_response_at?.toISOString() ?? null,
    triagedAt: row.triaged_at?.toISOString() ?? null,
    ...requestClocks(row, settings, nowMs),
    gitlabIssueUrl: row.gitlab_issue_url,
    gitlabIssueState: row.gitlab_issue_state,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
