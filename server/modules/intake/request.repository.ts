import type { Queryable } from '../../db/database.js';
import type { RequestState } from '../../../contracts/intake.schema.js';

export interface RequestRow {
  id: string;
  number: number;
  title: string;
  problem: string;
  desired_outcome: string;
  business_value: string;
  teams: string[];
  tags: string[];
  links: string[];
  deadline: string | null;
  size_guess: 'unknown' | 'xs' | 's' | 'm' | 'l' | 'xl';
  source: 'web' | 'api' | 'cli' | 'slack' | 'gitlab';
  requester_id: string | null;
  requester_name: string;
  requester_time_zone: string | null;
  assignee_id: string | null;
  assignee_name: string | null;
  state: RequestState;
  state_reason: string | null;
  deferred_until: string | null;
  duplicate_of_id: string | null;
  program_id: string | null;
  first_response_at: Date | null;
  triaged_at: Date | null;
  first_response_breach_flagged_at: Date | null;
  triage_breach_flagged_at: Date | null;
  slack_user_id: string | null;
  slack_channel_id: string | null;
  slack_response_url: string | null;
  gitlab_project_id: number | null;
  gitlab_issue_iid: number | null;
  gitlab_issue_url: string | null;
  gitlab_issue_state: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  /** Pauses of the SLA clocks, oldest first. */
  pauses: { paused_at: string; resumed_at: string | null }[];
}

/** The `pauses` column of a request row aliased `r`, as the SLA clocks read it. */
export const REQUEST_PAUSES_COLUMN = `coalesce((SELECT json_agg(json_build_object('paused_at', pause.paused_at, 'resumed_at', pause.resumed_at) ORDER BY pause.paused_at)
                     FROM intake_request_pauses pause WHERE pause.request_id = r.id), '[]'::json) AS pauses`;

const SELECT = `
  SELECT r.*, a.name AS assignee_name, ${REQUEST_PAUSES_COLUMN}
    FROM intake_requests r LEFT JOIN users a ON a.id = r.assignee_id`;

export interface NewRequest {
  title: string;
  problem?: string;
  desiredOutcome?: string;
  businessValue?: string;
  teams?: string[];
  tags?: string[];
  links?: string[];
  deadline?: string | null;
  sizeGuess?: string;
  source: RequestRow['source'];
  requesterId: string | null;
  requesterName: string;
  requesterTimeZone: string | null;
  /** When it was submitted: the server clock's now. */
  createdAt: Date;
  slack?: { userId: string; channelId: string; responseUrl: string };
  gitlab?: {
    projectId: number;
    projectPath: string;
    issueIid: number;
    issueUrl: string;
    issueState: string;
  };
}

export async function insertRequest(tx: Queryable, r: NewRequest): Promise<string> {
  const result = await tx.query<{ id: string }>(
    `INSERT INTO intake_requests (title, problem, desired_outcome, business_value, teams, tags, links, deadline, size_guess,
        source, requester_id, requester_name, requester_time_zone, slack_user_id, slack_channel_id, slack_response_url,
        gitlab_project_id, gitlab_project_path, gitlab_issue_iid, gitlab_issue_url, gitlab_issue_state, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $22) RETURNING id`,
    [
      r.title,
      r.problem ?? '',
      r.desiredOutcome ?? '',
      r.businessValue ?? '',
      r.teams ?? [],
      r.tags ?? [],
      r.links ?? [],
      r.deadline ?? null,
      r.sizeGuess ?? 'unknown',
      r.source,
      r.requesterId,
      r.requesterName,
      r.requesterTimeZone,
      r.slack?.userId ?? null,
      r.slack?.channelId ?? null,
      r.slack?.responseUrl ?? null,
      r.gitlab?.projectId ?? null,
      r.gitlab?.projectPath ?? null,
      r.gitlab?.issueIid ?? null,
      r.gitlab?.issueUrl ?? null,
      r.gitlab?.issueState ?? null,
      r.createdAt,
    ],
  );
  return result.rows[0]!.id;
}

export async function findRequest(db: Queryable, id: string): Promise<RequestRow | null> {
  const r = await db.query<RequestRow>(`${SELECT} WHERE r.id = $1`, [id]);
  return r.rows[0] ?? null;
}

export async function findRequestByNumber(
  db: Queryable,
  number: number,
): Promise<RequestRow | null> {
  const r = await db.query<RequestRow>(`${SELECT} WHERE r.number = $1`, [number]);
  return r.rows[0] ?? null;
}

export async function findRequestByGitlabIssue(
  db: Queryable,
  projectId: number,
  iid: number,
): Promise<RequestRow | null> {
  const r = await db.query<RequestRow>(
    `${SELECT} WHERE r.gitlab_project_id = $1 AND r.gitlab_issue_iid = $2`,
    [projectId, iid],
  );
  return r.rows[0] ?? null;
}

export interface RequestFilter {
  requesterId?: string;
  assigneeId?: string;
  states?: readonly RequestState[];
}

/** Oldest first: the queue is worked in arrival order. */
export async function listRequests(db: Queryable, filter: RequestFilter): Promise<RequestRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.requesterId) where.push(`r.requester_id = $${params.push(filter.requesterId)}`);
  if (filter.assigneeId) where.push(`r.assignee_id = $${params.push(filter.assigneeId)}`);
  if (filter.states) where.push(`r.state = ANY($${params.push(filter.states)}::text[])`);
  const r = await db.query<RequestRow>(
    `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY r.created_at, r.number`,
    params,
  );
  return r.rows;
}

export async function openPause(
  tx: Queryable,
  requestId: string,
  reason: string,
  at: Date,
): Promise<void> {
  await tx.query(
    'INSERT INTO intake_request_pauses (request_id, paused_at, reason) VALUES ($1, $3, $2)',
    [requestId, reason, at],
  );
}

export async function closePause(tx: Queryable, requestId: string, at: Date): Promise<void> {
  await tx.query(
    'UPDATE intake_request_pauses SET resumed_at = $2 WHERE request_id = $1 AND resumed_at IS NULL',
    [requestId, at],
  );
}
