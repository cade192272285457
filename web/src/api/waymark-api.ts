import { createApiClient } from '../../../contracts/api-client';
import { waitInWords } from '../../../contracts/wait-in-words';
import type { ApiIssue, ErrorBody } from './types';

/**
 * The one typed client the web app talks to the API through. Same origin, so the
 * HttpOnly session cookie set by sign-in travels with every request.
 */
export const api = createApiClient({ baseUrl: '', credentials: 'same-origin' });

type SignedOutListener = () => void;
const signedOutListeners = new Set<SignedOutListener>();

/** Lets the session provider hear that the server no longer knows us (expired cookie). */
export function onSignedOut(listener: SignedOutListener): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

api.use({
  onResponse({ response, request }) {
    // A 401 from sign-in itself is just a wrong password, not a lost session.
    if (response.status === 401 && !new URL(request.url).pathname.endsWith('/auth/sign-in')) {
      for (const listener of signedOutListeners) listener();
    }
    return undefined;
  },
});

/** A failed API call, carrying the server's error code and every issue with its path. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ApiIssue[],
    readonly details: unknown,
    /** From `Retry-After` on a 429: how long until the server takes the request again. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiProblem';
  }

  get isVersionConflict(): boolean {
    return this.code === 'version_conflict';
  }
}

function isErrorBody(value: unknown): value is ErrorBody {
  return typeof value === 'object' && value !== null && 'error' in value;
}

/**
 * Turns an openapi-fetch result into its data, or throws ApiProblem. Pages then
 * handle one kind of failure whatever the route.
 */
export async function unwrap<T>(
  pending: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await pending;
  } catch {
    throw new ApiProblem(
      0,
      'network_error',
      'Waymark could not be reached. Check your connection and try again.',
      [],
      undefined,
    );
  }
  const { data, error, response } = result;
  if (response.ok) return data as T;
  const retryAfter = Number(response.headers.get('retry-after'));
  const retryAfterSeconds =
    response.status === 429 && Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null;
  if (isErrorBody(error)) {
    const { code, message, issues, details } = error.error;
    throw new ApiProblem(response.status, code, message, issues, details, retryAfterSeconds);
  }
  // A proxy in front of Waymark may refuse with its own page; the header still says how long.
  if (response.status === 429) {
    const wait = retryAfterSeconds
      ? `Try again in ${waitInWords(retryAfterSeconds)}.`
      : 'Wait a little and try again.';
    throw new ApiProblem(
      429,
      'rate_limited',
      `Too many requests. ${wait}`,
      [],
      undefined,
      retryAfterSeconds,
    );
  }
  throw new ApiProblem(
    response.status,
    'internal_error',
    `The server answered ${response.status}.`,
    [],
    undefined,
  );
}

export function asProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  return new ApiProblem(
    0,
    'internal_error',
    error instanceof Error ? error.message : String(error),
    [],
    undefined,
  );
}
