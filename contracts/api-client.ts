import createClient, { type ClientOptions } from 'openapi-fetch';
import type { paths } from './generated/openapi-types.js';

export type { paths, components } from './generated/openapi-types.js';

/** The typed HTTP client that the web UI and the CLI both use; its types come from openapi.json. */
export function createApiClient(options: ClientOptions) {
  return createClient<paths>(options);
}
export type WaymarkApiClient = ReturnType<typeof createApiClient>;
