import { Type } from 'typebox';
import { SignedIn, SignIn, User } from '../../../contracts/account.schema.js';
import { ErrorResponses } from '../../../contracts/common.schema.js';
import type { Container } from '../../container.js';
import { UnauthenticatedError } from '../../domain-errors.js';
import { clientAddress } from '../../http/client-address.js';
import { contextOf, type App } from '../../http/typed-app.js';
import { SESSION_COOKIE, SESSION_DAYS } from './auth.service.js';

const tags = ['accounts'];

export async function authRoutes(app: App, { services }: Container) {
  app.post('/api/auth/sign-in', {
    config: { public: true },
    schema: {
      operationId: 'signIn',
      tags,
      summary: 'Sign in; sets the session cookie',
      description:
        'After 10 failed attempts for one e-mail (or 50 from one address) within 15 minutes, counted across every Waymark instance on the database, sign-in answers 429 `rate_limited` with `Retry-After` until the oldest failure is 15 minutes old. Like every route that needs no account, it also has the per-address public rate limit.',
      security: [],
      body: SignIn,
      response: { 200: SignedIn, ...ErrorResponses, 429: ErrorResponses[400] },
    },
    handler: async (req, reply) => {
      const { user, sessionSecret } = await services.auth.signIn(
        contextOf(req),
        req.body,
        clientAddress(req),
        req.headers['user-agent'] ?? '',
      );
      reply.setCookie(SESSION_COOKIE, sessionSecret, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        // Behind a TLS-terminating proxy the original scheme arrives in X-Forwarded-Proto (trustProxy).
        secure: req.protocol === 'https',
        maxAge: SESSION_DAYS * 24 * 3600,
      });
      return { user };
    },
  });
  app.post('/api/auth/sign-out', {
    config: { readOnlyRoleMayWrite: true },
    schema: { operationId: 'signOut', tags, response: { 204: Type.Null(), ...ErrorResponses } },
    handler: async (req, reply) => {
      const cookie = req.cookies[SESSION_COOKIE];
      if (cookie) await services.auth.signOut(contextOf(req), cookie);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  });
  app.get('/api/me', {
    schema: {
      operationId: 'getMe',
      tags,
      summary: 'The signed-in user',
      response: { 200: User, ...ErrorResponses },
    },
    handler: async (req) => {
      if (!req.actor) throw new UnauthenticatedError();
      return services.users.get(req.actor.id);
    },
  });
}
