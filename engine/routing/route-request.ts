import { workingWindowOverlapMinutes, type WorkingWindow } from './working-window-overlap.js';

/**
 * Ranks the people who could pick up a request. Pure and generic: "skills" are
 * any labels (today: teams and tags; later: the career ladder's competencies),
 * bandwidth is allocated vs capacity hours over the request's horizon, the
 * caller computes both. Each factor is scored 0..1 and kept with its reason,
 * so a manager sees why and the KPI work can later measure routing quality.
 */
export interface RoutingRequest {
  /** Labels the request asks for (its tags, the teams involved). Compared case-insensitively. */
  labels: readonly string[];
  requesterWindow: WorkingWindow | null;
}

export interface RoutingCandidate {
  personId: string;
  name: string;
  /** Labels the person brings (skills, domains, teams). */
  labels: readonly string[];
  window: WorkingWindow;
  allocatedHours: number;
  capacityHours: number;
  /** Requests already assigned to them and not yet decided. */
  openRequests: number;
}

export type RoutingFactor = 'fit' | 'bandwidth' | 'time_zone' | 'queue';

export interface RoutingReason {
  factor: RoutingFactor;
  /** 0 (worst) … 1 (best). */
  score: number;
  detail: string;
}

export interface RoutingSuggestion {
  personId: string;
  name: string;
  /** Weighted sum of the factor scores, 0 … 1, rounded to 3 decimals. */
  score: number;
  reasons: RoutingReason[];
}

export const ROUTING_WEIGHTS: Readonly<Record<RoutingFactor, number>> = {
  fit: 0.4,
  bandwidth: 0.3,
  time_zone: 0.2,
  queue: 0.1,
};

/** Past this many open requests, the queue factor is zero. */
const QUEUE_SATURATION = 5;

export function rankRoutingCandidates(
  request: RoutingRequest,
  candidates: readonly RoutingCandidate[],
  referenceMs: number,
): RoutingSuggestion[] {
  const wanted = new Set(request.labels.map((l) => l.toLowerCase()));
  const suggestions = candidates.map((c): RoutingSuggestion => {
    const matched = [...new Set(c.labels.map((l) => l.toLowerCase()))].filter((l) => wanted.has(l));
    const fit: RoutingReason =
      wanted.size === 0
        ? { factor: 'fit', score: 0.5, detail: 'the request names no teams or tags' }
        : {
            factor: 'fit',
            score: matched.length / wanted.size,
            detail:
              matched.length === 0
                ? 'no matching teams or skills'
                : `matches ${matched.sort().join(', ')}`,
          };
    const free = c.capacityHours <= 0 ? 0 : Math.max(0, 1 - c.allocatedHours / c.capacityHours);
    const bandwidth: RoutingReason = {
      factor: 'bandwidth',
      score: free,
      detail:
        c.capacityHours <= 0
          ? 'no capacity over the horizon'
          : `${Math.round(c.allocatedHours)} of ${Math.round(c.capacityHours)} h allocated over the horizon`,
    };
    let timeZone: RoutingReason;
    if (request.requesterWindow === null) {
      timeZone = {
        factor: 'time_zone',
        score: 0.5,
        detail: "the requester's working hours are unknown",
      };
    } else {
      const overlap = workingWindowOverlapMinutes(request.requesterWindow, c.window, referenceMs);
      const shortest = Math.min(
        request.requesterWindow.endMinutes - request.requesterWindow.startMinutes,
        c.window.endMinutes - c.window.startMinutes,
      );
      timeZone = {
        factor: 'time_zone',
        score: shortest <= 0 ? 0 : overlap / shortest,
        detail: `${formatHours(overlap)} h a day of shared working hours with the requester`,
      };
    }
    const queue: RoutingReason = {
      factor: 'queue',
      score: Math.max(0, 1 - c.openRequests / QUEUE_SATURATION),
      detail: `${c.openRequests} open request${c.openRequests === 1 ? '' : 's'}`,
    };
    const reasons = [fit, bandwidth, timeZone, queue];
    const score = reasons.reduce((sum, r) => sum + ROUTING_WEIGHTS[r.factor] * r.score, 0);
    return { personId: c.personId, name: c.name, score: Math.round(score * 1000) / 1000, reasons };
  });
  // Ties broken by name then id so the order never depends on input order.
  return suggestions.sort(
    (a, b) =>
      b.score - a.score || a.name.localeCompare(b.name) || a.personId.localeCompare(b.personId),
  );
}

function formatHours(minutes: number): string {
  return (Math.round((minutes / 60) * 10) / 10).toString();
}
