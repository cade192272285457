import { User, UserCreate, UserList } from '../../../contracts/account.schema.js';
import { ErrorResponses } from '../../../contracts/common.schema.js';
import type { Container } from '../../container.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['accounts'];

export async function userRoutes(app: App, { services }: Container) {
  app.get('/api/users', {
    schema: { operationId: 'listUsers', tags, response: { 200: UserList, ...ErrorResponses } },
    handler: async () => ({ items: await services.users.list() }),
  });
  app.post('/api/users', {
    schema: {
      operationId: 'createUser',
      tags,
      summary: 'Create an account (admin only)',
      body: UserCreate,
      response: { 201: User, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await services.users.create(contextOf(req), req.body)),
  });
}
