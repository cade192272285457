import { Type } from 'typebox';
import { ErrorResponses, IdParams, VersionQuery } from '../../../contracts/common.schema.js';
import { Team, TeamCreate, TeamList, TeamUpdate } from '../../../contracts/team.schema.js';
import type { Container } from '../../container.js';
import { expectedVersion } from '../../http/expected-version.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['teams'];

export async function teamRoutes(app: App, { services }: Container) {
  app.get('/api/teams', {
    schema: {
      operationId: 'listTeams',
      tags,
      summary: 'List teams by name',
      response: { 200: TeamList, ...ErrorResponses },
    },
    handler: async () => ({ items: await services.teams.list() }),
  });
  app.post('/api/teams', {
    schema: {
      operationId: 'createTeam',
      tags,
      summary: 'Create a team (names are unique)',
      body: TeamCreate,
      response: { 201: Team, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await services.teams.create(contextOf(req), req.body)),
  });
  app.get('/api/teams/:id', {
    schema: {
      operationId: 'getTeam',
      tags,
      params: IdParams,
      response: { 200: Team, ...ErrorResponses },
    },
    handler: (req) => services.teams.get(req.params.id),
  });
  app.patch('/api/teams/:id', {
    schema: {
      operationId: 'updateTeam',
      tags,
      params: IdParams,
      body: TeamUpdate,
      response: { 200: Team, ...ErrorResponses },
    },
    handler: (req) =>
      services.teams.update(contextOf(req), req.params.id, expectedVersion(req), req.body),
  });
  app.delete('/api/teams/:id', {
    schema: {
      operationId: 'deleteTeam',
      tags,
      summary: 'Delete a team; its members and tasks are kept, without a team',
      params: IdParams,
      querystring: VersionQuery,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    handler: async (req, reply) => {
      await services.teams.remove(contextOf(req), req.params.id, expectedVersion(req));
      return reply.status(204).send(null);
    },
  });
}
