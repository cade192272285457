import type { Role, TokenScope } from '../contracts/account.schema.js';

export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Set when the request came with an API token: a `read` token may only read. */
  tokenScope?: TokenScope;
}

/** Who is acting and under which request id: services need both for the audit trail. */
export interface RequestContext {
  actor: Actor | null;
  requestId: string | null;
}

export const SYSTEM_CONTEXT: RequestContext = { actor: null, requestId: null };
