import type { RoutingSuggestion } from '../../../contracts/intake.schema.js';
import type { RoutingCandidate } from '../../../engine/routing/route-request.js';
import type { RoutingSuggestion as RankedCandidate } from '../../../engine/routing/route-request.js';
import type { Queryable } from '../../db/database.js';

interface SuggestionRow {
  id: string;
  request_id: string;
  computed_at: Date;
  candidates: RankedCandidate[];
  chosen_user_id: string | null;
  chosen_rank: number | null;
  chosen_at: Date | null;
}

function toSuggestion(r: SuggestionRow): RoutingSuggestion {
  return {
    id: r.id,
    requestId: r.request_id,
    computedAt: r.computed_at.toISOString(),
    candidates: r.candidates,
    chosenUserId: r.chosen_user_id,
    chosenRank: r.chosen_rank,
    chosenAt: r.chosen_at?.toISOString() ?? null,
  };
}

export async function insertRoutingSuggestion(
  tx: Queryable,
  requestId: string,
  candidates: RankedCandidate[],
): Promise<RoutingSuggestion> {
  const r = await tx.query<SuggestionRow>(
    'INSERT INTO routing_suggestions (request_id, candidates) VALUES ($1, $2) RETURNING *',
    [requestId, JSON.stringify(candidates)],
  );
  return toSuggestion(r.rows[0]!);
}

export async function latestRoutingSuggestion(
  db: Queryable,
  requestId: string,
): Promise<RoutingSuggestion | null> {
  const r = await db.query<SuggestionRow>(
    'SELECT * FROM routing_suggestions WHERE request_id = $1 ORDER BY computed_at DESC, id LIMIT 1',
    [requestId],
  );
  return r.rows[0] ? toSuggestion(r.rows[0]) : null;
}

export async function findRoutingSuggestion(
  db: Queryable,
  id: string,
): Promise<RoutingSuggestion | null> {
  const r = await db.query<SuggestionRow>('SELECT * FROM routing_suggestions WHERE id = $1', [id]);
  return r.rows[0] ? toSuggestion(r.rows[0]) : null;
}

/** Keeps the manager's choice beside the ranking it was made from. */
export async function recordRoutingChoice(
  tx: Queryable,
  suggestionId: string,
  choice: { userId: string; rank: number | null; chosenBy: string | null },
): Promise<void> {
  await tx.query(
    'UPDATE routing_suggestions SET chosen_user_id = $2, chosen_rank = $3, chosen_by = $4, chosen_at = now() WHERE id = $1',
    [suggestionId, choice.userId, choice.rank, choice.chosenBy],
  );
}

interface CandidateRow {
  id: string;
  name: string;
  labels: string[];
  time_zone: string;
  working_hours_start: number;
  working_hours_end: number;
  open_requests: number;
}

/** A candidate before bandwidth, which the capacity module computes. */
export type RoutingCandidateBase = Omit<RoutingCandidate, 'allocatedHours' | 'capacityHours'>;

/**
 * The people who can pick up requests (TPMs and their managers), with what the
 * scorer needs besides bandwidth. Labels: their own team and the teams working
 * in the programs they own or have tasks in, plus their skills and domains
 * (person_skills).
 */
export async function routingCandidates(db: Queryable): Promise<RoutingCandidateBase[]> {
  const r = await db.query<CandidateRow>(
    `SELECT u.id, u.name, u.time_zone, u.working_hours_start, u.working_hours_end,
            array(SELECT tm.name FROM teams tm
                   WHERE tm.id = u.team_id
                      OR tm.id IN (SELECT k.team_id FROM tasks k JOIN programs p ON p.id = k.program_id
                                    WHERE k.team_id IS NOT NULL AND (p.owner_id = u.id OR k.owner_id = u.id))
                  UNION SELECT s.name FROM person_skills s WHERE s.user_id = u.id
                  ORDER BY 1) AS labels,
            (SELECT count(*) FROM intake_requests q WHERE q.assignee_id = u.id AND q.state IN ('new', 'acknowledged'))::int AS open_requests
       FROM users u
      WHERE u.role IN ('tpm', 'tpm_manager')
      ORDER BY u.name, u.id`,
  );
  return r.rows.map((u) => ({
    personId: u.id,
    name: u.name,
    labels: u.labels,
    window: {
      timeZone: u.time_zone,
      startMinutes: u.working_hours_start,
      endMinutes: u.working_hours_end,
    },
    openRequests: u.open_requests,
  }));
}
