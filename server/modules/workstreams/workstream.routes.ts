import { Type } from 'typebox';
import { ErrorResponses, IdParams, VersionQuery } from '../../../contracts/common.schema.js';
import {
  Workstream,
  WorkstreamCreate,
  WorkstreamList,
  WorkstreamUpdate,
} from '../../../contracts/workstream.schema.js';
import type { Container } from '../../container.js';
import { expectedVersion } from '../../http/expected-version.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['workstreams'];

export async function workstreamRoutes(app: App, { services }: Container) {
  app.get('/api/programs/:id/workstreams', {
    schema: {
      operationId: 'listWorkstreams',
      tags,
      summary: "A program's workstreams in their sort order",
      params: IdParams,
      response: { 200: WorkstreamList, ...ErrorResponses },
    },
    handler: async (req) => ({ items: await services.workstreams.list(req.params.id) }),
  });
  app.post('/api/programs/:id/workstreams', {
    schema: {
      operationId: 'createWorkstream',
      tags,
      summary: 'Add a workstream to a program (names are unique within it)',
      params: IdParams,
      body: WorkstreamCreate,
      response: { 201: Workstream, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply
        .status(201)
        .send(await services.workstreams.create(contextOf(req), req.params.id, req.body)),
  });
  app.get('/api/workstreams/:id', {
    schema: {
      operationId: 'getWorkstream',
      tags,
      params: IdParams,
      response: { 200: Workstream, ...ErrorResponses },
    },
    handler: (req) => services.workstreams.get(req.params.id),
  });
  app.patch('/api/workstreams/:id', {
    schema: {
      operationId: 'updateWorkstream',
      tags,
      params: IdParams,
      body: WorkstreamUpdate,
      response: { 200: Workstream, ...ErrorResponses },
    },
    handler: (req) =>
      services.workstreams.update(contextOf(req), req.params.id, expectedVersion(req), req.body),
  });
  app.delete('/api/workstreams/:id', {
    schema: {
      operationId: 'deleteWorkstream',
      tags,
      summary: 'Delete a workstream; its milestones and tasks stay in the program',
      params: IdParams,
      querystring: VersionQuery,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    handler: async (req, reply) => {
      await services.workstreams.remove(contextOf(req), req.params.id, expectedVersion(req));
      return reply.status(204).send(null);
    },
  });
}
