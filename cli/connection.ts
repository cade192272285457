import { createApiClient, type WaymarkApiClient } from '../contracts/api-client.js';
import { readCredentials, type StoredCredentials } from './credentials.js';
import { CliError, errorFromNetwork, errorFromResponse, LOGIN_HINT } from './errors.js';
import type { CliIo } from './io.js';

export interface Connection {
  url: string;
  client: WaymarkApiClient;
  /** Where the token came from; `logout` only revokes a stored one. */
  source: 'env' | 'file';
  stored: StoredCredentials | null;
}

/** `http://host:3000/` and `http://host:3000` are the same server; paths in the client start with /api. */
export function normalizeUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw CliError.usage(`url: "${text}" is not a URL (e.g. http://localhost:3000)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw CliError.usage(`url: must start with http:// or https://`);
  return url.href.replace(/\/+$/, '');
}

export function clientFor(
  io: CliIo,
  url: string,
  headers: Record<string, string> = {},
): WaymarkApiClient {
  return createApiClient({ baseUrl: url, headers, ...(io.fetch ? { fetch: io.fetch } : {}) });
}

/**
 * WAYMARK_URL and WAYMARK_TOKEN win over the stored login, each on its own, so
 * a CI job can use a token without ever running `waymark login`.
 */
export async function connect(io: CliIo): Promise<Connection> {
  const stored = await readCredentials(io.env);
  const envUrl = io.env.WAYMARK_URL?.trim();
  const envToken = io.env.WAYMARK_TOKEN?.trim();
  const url = envUrl || stored?.url;
  const token = envToken || stored?.token;
  if (!url || !token) {
    const missing =
      !url && !token
        ? 'Not logged in.'
        : !url
          ? 'WAYMARK_TOKEN is set but not WAYMARK_URL.'
          : 'WAYMARK_URL is set but not WAYMARK_TOKEN.';
    throw CliError.usage(missing, LOGIN_HINT);
  }
  const normalized = normalizeUrl(url);
  return {
    url: normalized,
    client: clientFor(io, normalized, { authorization: `Bearer ${token}` }),
    source: envToken ? 'env' : 'file',
    stored,
  };
}

export type ApiResult<D> = { data?: D; error?: unknown; response: Response };

/** Awaits one typed-client call; only a missing server throws here, HTTP errors are the caller's to read. */
export async function send<D>(url: string, request: Promise<ApiResult<D>>): Promise<ApiResult<D>> {
  try {
    return await request;
  } catch (cause) {
    throw errorFromNetwork(cause, url);
  }
}

/**
 * Awaits one typed-client call and returns its body, or throws the CliError
 * that describes why there is none (no server, 4xx, 5xx).
 */
export async function call<D>(url: string, request: Promise<ApiResult<D>>): Promise<D> {
  const result = await send(url, request);
  if (!result.response.ok)
    throw errorFromResponse(
      result.response.status,
      result.error,
      url,
      result.response.headers.get('retry-after'),
    );
  // A 204 has no body; the callers that expect one never get a 204.
  return result.data as D;
}
