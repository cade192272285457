import { waitInWords } from '../contracts/wait-in-words.js';

/**
 * How a failure reaches the person at the terminal. Exit codes:
 *   2 - the request itself was wrong (bad flag, validation issue, not found,
 *       version conflict, cycle, not signed in): repeating it will not help;
 *   1 - something else failed (cannot connect, server error): retrying may.
 */
export const EXIT_USAGE = 2;
export const EXIT_FAILURE = 1;

export class CliError extends Error {
  constructor(
    /** Lines printed to stderr, one per problem. */
    readonly lines: string[],
    readonly exitCode: number,
    /** The HTTP status when the API answered with an error. */
    readonly status?: number,
  ) {
    super(lines.join('\n'));
    this.name = 'CliError';
  }

  static usage(...lines: string[]): CliError {
    return new CliError(lines, EXIT_USAGE);
  }

  static failure(...lines: string[]): CliError {
    return new CliError(lines, EXIT_FAILURE);
  }
}

export const LOGIN_HINT =
  'Run "waymark login", or set WAYMARK_URL and WAYMARK_TOKEN (an API token from your Waymark profile).';

interface ApiIssue {
  path: string;
  message: string;
}
interface ApiError {
  code?: string;
  message?: string;
  issues?: ApiIssue[];
  requestId?: string;
  details?: unknown;
}
interface CycleItem {
  kind?: string;
  name?: string;
  id?: string;
}

function apiErrorOf(body: unknown): ApiError | null {
  if (!body || typeof body !== 'object' || !('error' in body)) return null;
  const error = (body as { error: unknown }).error;
  return error && typeof error === 'object' ? (error as ApiError) : null;
}

/**
 * An issue path names where the problem is in the request (`body.name`,
 * `query.limit`, `params.id`); the flag the user typed mirrors the part after
 * that prefix, so that is what we show.
 */
export function fieldOfIssuePath(path: string): string {
  const stripped = path.replace(/^(body|query|params)\./, '');
  return stripped || path;
}

function describeCycle(details: unknown): string | null {
  const cycle = (details as { cycle?: unknown } | undefined)?.cycle;
  if (!Array.isArray(cycle) || cycle.length === 0) return null;
  const steps = (cycle as CycleItem[]).map(
    (item) => `${item.kind ?? 'item'} "${item.name ?? '?'}" (${item.id ?? '?'})`,
  );
  return `cycle: ${steps.join(' -> ')}`;
}

function retryAfterSecondsOf(header: string | null | undefined, error: ApiError | null) {
  const fromHeader = Number(header);
  if (header && Number.isFinite(fromHeader) && fromHeader > 0) return fromHeader;
  const fromBody = (error?.details as { retryAfterSeconds?: unknown } | undefined)
    ?.retryAfterSeconds;
  return typeof fromBody === 'number' && fromBody > 0 ? fromBody : null;
}

/**
 * Turns a non-2xx answer of the API into the lines and exit code the CLI reports.
 * `retryAfter` is the answer's Retry-After header, which a 429 carries.
 */
export function errorFromResponse(
  status: number,
  body: unknown,
  url: string,
  retryAfter?: string | null,
): CliError {
  const error = apiErrorOf(body);
  if (status === 429) {
    // Waymark's message already says how long to wait; a proxy's page may not.
    const seconds = retryAfterSecondsOf(retryAfter, error);
    const wait = seconds ? `wait ${waitInWords(seconds)}` : 'wait a little';
    return new CliError(
      [
        `Rate limited: ${error?.message ?? `Waymark at ${url} is refusing requests for now.`}`,
        `Nothing was changed; ${wait} and run the command again.`,
      ],
      EXIT_FAILURE,
      status,
    );
  }
  const message =
    error?.message ??
    (typeof body === 'string' && body.trim() ? body.trim().slice(0, 500) : `HTTP ${status}`);
  if (status >= 500 || status < 400) {
    const requestId = error?.requestId ? ` (request id ${error.requestId})` : '';
    return new CliError(
      [`Waymark at ${url} failed with HTTP ${status}: ${message}${requestId}`],
      EXIT_FAILURE,
      status,
    );
  }
  if (status === 401)
    return new CliError([`Not signed in: ${message}`, LOGIN_HINT], EXIT_USAGE, status);
  const issues = error?.issues ?? [];
  const lines =
    issues.length > 0
      ? issues.map((issue) => `${fieldOfIssuePath(issue.path)}: ${issue.message}`)
      : [`${error?.code ?? `HTTP ${status}`}: ${message}`];
  // A validation message only sums up its issues, but a conflict's says what happened
  // ("changed by someone else"), which the bare `version: current version is 3` does not.
  if (status === 409 && issues.length > 0 && !issues.some((issue) => issue.message === message)) {
    lines.unshift(message);
  }
  // The message names the items; the ids are what the next command needs to break the cycle.
  const cycle = error?.code === 'dependency_cycle' ? describeCycle(error.details) : null;
  if (cycle) lines.push(cycle);
  return new CliError(lines, EXIT_USAGE, status);
}

/** fetch rejects (rather than answering) when there is no server to talk to. */
export function errorFromNetwork(cause: unknown, url: string): CliError {
  const inner = (cause as { cause?: { code?: string; message?: string } })?.cause;
  const reason =
    inner?.code ?? inner?.message ?? (cause instanceof Error ? cause.message : String(cause));
  return CliError.failure(
    `Cannot connect to Waymark at ${url} (${reason}). Is the server running and the URL right?`,
  );
}
