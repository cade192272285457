import { ForbiddenError, UnauthenticatedError } from '../../domain-errors.js';
import type { Actor, RequestContext } from '../../request-context.js';

/** Everyone manages their own sessions and tokens; an admin manages anyone's. */
export function requireCredentialOwnerOrAdmin(
  ctx: RequestContext,
  userId: string,
  what: 'sessions' | 'API tokens',
): Actor {
  if (!ctx.actor) throw new UnauthenticatedError();
  if (ctx.actor.id !== userId && ctx.actor.role !== 'admin')
    throw new ForbiddenError(`Only an admin can see or revoke another person's ${what}.`);
  return ctx.actor;
}
