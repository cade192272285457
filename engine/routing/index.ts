export {
  rankRoutingCandidates,
  ROUTING_WEIGHTS,
  type RoutingCandidate,
  type RoutingFactor,
  type RoutingReason,
  type RoutingRequest,
  type RoutingSuggestion,
} from './route-request.js';
export { workingWindowOverlapMinutes, type WorkingWindow } from './working-window-overlap.js';
