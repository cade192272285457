import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { WRITER_ROLES } from '../../contracts/account.schema.js';
import type { Container } from '../container.js';
import { ForbiddenError, UnauthenticatedError } from '../domain-errors.js';
import { SESSION_COOKIE } from '../modules/auth/auth.service.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every /api route needs a signed-in user (session cookie) or an API token
 * (Authorization: Bearer), unless its config says `public`. Read-only roles may
 * not write.
 */
export const authenticationPlugin = fp(async (app: FastifyInstance, { services }: Container) => {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    // The browsable docs are public; their routes come from @fastify/swagger-ui.
    const isApi = request.url.startsWith('/api/') && !request.url.startsWith('/api/docs');
    const config = request.routeOptions.config ?? {};
    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Bearer ')) {
      request.actor = await services.auth.actorFromApiToken(
        authorization.slice('Bearer '.length).trim(),
      );
      if (!request.actor && isApi && !config.public)
        throw new UnauthenticatedError(
          'The API token is not valid: it was revoked, has expired, or its account was deactivated.',
        );
    } else {
      const cookie = request.cookies[SESSION_COOKIE];
      if (cookie) request.actor = await services.auth.actorFromSession(cookie);
    }
    if (!isApi || config.public) return;
    if (!request.actor) throw new UnauthenticatedError();
    if (!SAFE_METHODS.has(request.method) && request.actor.tokenScope === 'read')
      throw new ForbiddenError('This API token has the read scope: it can only read (GET).');
    if (
      !SAFE_METHODS.has(request.method) &&
      !config.readOnlyRoleMayWrite &&
      !WRITER_ROLES.includes(request.actor.role)
    ) {
      throw new ForbiddenError(`A ${request.actor.role} account can read but not change data.`);
    }
  });
});
