import { createApiClient } from '../../../contracts/api-client';
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
  if (isErrorBody(error)) {
    const { code, message, issues, details } = error.error;
    throw new ApiProblem(response.status, code, message, issues, details);
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
