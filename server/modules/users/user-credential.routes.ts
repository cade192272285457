import { Type } from 'typebox';
import {
  ApiToken,
  ApiTokenList,
  SessionList,
  UserSessionParams,
  UserTokenParams,
} from '../../../contracts/account.schema.js';
import { ErrorResponses, IdParams } from '../../../contracts/common.schema.js';
import type { Container } from '../../container.js';
import { contextOf, type App } from '../../http/typed-app.js';
import { SESSION_COOKIE } from '../auth/auth.service.js';

const tags = ['accounts'];

// Everyone manages their own sessions and tokens (stakeholders included); an admin anyone's.
export async function userCredentialRoutes(app: App, { services }: Container) {
  app.get('/api/users/:id/sessions', {
    schema: {
      operationId: 'listUserSessions',
      tags,
      summary: 'A person’s signed-in sessions (yours, or anyone’s for an admin)',
      params: IdParams,
      response: { 200: SessionList, ...ErrorResponses },
    },
    handler: async (req) => ({
      items: await services.sessions.list(
        contextOf(req),
        req.params.id,
        req.cookies[SESSION_COOKIE],
      ),
    }),
  });
  app.delete('/api/users/:id/sessions/:sessionId', {
    config: { readOnlyRoleMayWrite: true },
    schema: {
      operationId: 'revokeUserSession',
      tags,
      summary: 'End one session (yours, or anyone’s for an admin)',
      params: UserSessionParams,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    handler: async (req, reply) => {
      await services.sessions.revoke(contextOf(req), req.params.id, req.params.sessionId);
      return reply.status(204).send(null);
    },
  });
  app.get('/api/users/:id/tokens', {
    schema: {
      operationId: 'listUserTokens',
      tags,
      summary: 'A person’s API tokens, never their secrets (yours, or anyone’s for an admin)',
      params: IdParams,
      response: { 200: ApiTokenList, ...ErrorResponses },
    },
    handler: async (req) => ({
      items: await services.tokens.listFor(contextOf(req), req.params.id),
    }),
  });
  app.delete('/api/users/:id/tokens/:tokenId', {
    config: { readOnlyRoleMayWrite: true },
    schema: {
      operationId: 'revokeUserToken',
      tags,
      summary: 'Revoke one API token (yours, or anyone’s for an admin)',
      params: UserTokenParams,
      response: { 200: ApiToken, ...ErrorResponses },
    },
    handler: (req) => services.tokens.revokeFor(contextOf(req), req.params.id, req.params.tokenId),
  });
}
