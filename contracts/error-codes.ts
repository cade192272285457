/** Stable, machine-readable error codes. Clients match on these, never on message text. */
export const ERROR_CODES = [
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'version_conflict',
  'dependency_cycle',
  'duplicate',
  'data_folder_locked',
  'rate_limited',
  'internal_error',
  'service_unavailable',
  'over_allocation',
  'unmet_criteria',
  'too_many_rows',
  'database_unavailable',
  'csrf_refused',
  'unsupported_media_type',
  'uri_too_long',
  'headers_too_large',
  'request_timeout',
  'plan_beyond_horizon',
  'link_unusable',
  'last_owner',
  'in_use',
  'impact_stale',
  'change_request_closed',
  'report_published',
  'post_mortem_published',
  'survey_answered',
  'survey_link_used',
  'objective_graded',
  'objective_state',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The single error code -> HTTP status table. */
export const HTTP_STATUS_BY_CODE: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  version_conflict: 409,
  dependency_cycle: 409,
  duplicate: 409,
  data_folder_locked: 409,
  rate_limited: 429,
  internal_error: 500,
  service_unavailable: 503,
  over_allocation: 409,
  unmet_criteria: 409,
  too_many_rows: 413,
  database_unavailable: 503,
  csrf_refused: 403,
  unsupported_media_type: 415,
  uri_too_long: 414,
  headers_too_large: 431,
  request_timeout: 408,
  plan_beyond_horizon: 409,
  // An invitation or password-reset link that expired, was used, or was replaced.
  link_unusable: 410,
  // A program must keep an owner: removing or demoting its last one is refused.
  last_owner: 409,
  // A record others still refer to: the message says what refers to it and how to go on.
  in_use: 409,
  // A change request decided on an impact computed before the plan last changed: nothing applied.
  impact_stale: 409,
  // A decided change request is history: it is neither edited, deleted nor decided again.
  change_request_closed: 409,
  report_published: 409,
  // A published post-mortem is history: it is neither edited, deleted nor published again.
  post_mortem_published: 409,
  // A survey with answers keeps its question ids and scales, so old answers keep their meaning.
  survey_answered: 409,
  // Each survey link answers once.
  survey_link_used: 409,
  objective_graded: 409,
  objective_state: 409,
};
