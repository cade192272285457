/**
 * SQLSTATEs that mean "the server went away or is not taking connections",
 * not "this statement was wrong": admin_shutdown (also sent when the postmaster
 * died), crash_shutdown, cannot_connect_now (starting up, in recovery), and the
 * connection_exception class.
 */
const CONNECTION_SQLSTATES = new Set([
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '08007',
]);

/** Socket-level failures reaching the server. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * node-postgres raises these without any code, so their text is all there is to
 * go on (the one place we match on message text).
 */
const CLIENT_MESSAGES = [
  /^Connection terminated/,
  /not queryable/,
  /^timeout exceeded when trying to connect/,
];

/** True when `error` says the database cannot be reached, as opposed to refusing a statement. */
export function isConnectionError(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { code, message, errors, cause } = e as {
      code?: unknown;
      message?: unknown;
      errors?: unknown;
      cause?: unknown;
    };
    if (typeof code === 'string' && (CONNECTION_SQLSTATES.has(code) || SOCKET_CODES.has(code)))
      return true;
    if (typeof message === 'string' && CLIENT_MESSAGES.some((m) => m.test(message))) return true;
    // Node reports a refused dual-stack connect as an AggregateError of per-address errors.
    if (Array.isArray(errors) && errors.some((inner) => isConnectionError(inner))) return true;
    e = cause;
  }
  return false;
}
