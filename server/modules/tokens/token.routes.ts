import {
  ApiToken,
  ApiTokenCreate,
  ApiTokenCreated,
  ApiTokenList,
} from '../../../contracts/account.schema.js';
import { ErrorResponses, IdParams } from '../../../contracts/common.schema.js';
import type { Container } from '../../container.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['accounts'];

// A stakeholder may hold tokens too: they carry the owner's (read-only) role.
export async function tokenRoutes(app: App, { services }: Container) {
  app.post('/api/tokens', {
    config: { readOnlyRoleMayWrite: true },
    schema: {
      operationId: 'createToken',
      tags,
      summary: 'Create an API token; the secret is shown only in this response',
      body: ApiTokenCreate,
      response: { 201: ApiTokenCreated, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await services.tokens.create(contextOf(req), req.body)),
  });
  app.get('/api/tokens', {
    schema: {
      operationId: 'listTokens',
      tags,
      summary: 'Your API tokens (never their secrets)',
      response: { 200: ApiTokenList, ...ErrorResponses },
    },
    handler: async (req) => ({ items: await services.tokens.list(contextOf(req)) }),
  });
  app.delete('/api/tokens/:id', {
    config: { readOnlyRoleMayWrite: true },
    schema: {
      operationId: 'revokeToken',
      tags,
      params: IdParams,
      response: { 200: ApiToken, ...ErrorResponses },
    },
    handler: (req) => services.tokens.revoke(contextOf(req), req.params.id),
  });
}
