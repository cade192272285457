import { Type } from 'typebox';
import { ErrorResponses, IdParams, VersionQuery } from '../../../contracts/common.schema.js';
import {
  ExternalDependency,
  ExternalDependencyCreate,
  ExternalDependencyList,
  ExternalDependencyListQuery,
  ExternalDependencyUpdate,
  PortfolioExternalDependencyListQuery,
  RaidDependencies,
} from '../../../contracts/external-dependency.schema.js';
import type { Container } from '../../container.js';
import { expectedVersion } from '../../http/expected-version.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['raid-log'];

export async function externalDependencyRoutes(app: App, { services }: Container) {
  const service = services.externalDependencies;
  app.get('/api/programs/:id/raid-dependencies', {
    schema: {
      operationId: 'getRaidDependencies',
      tags,
      summary:
        "The RAID log's dependencies: plan links to and from other programs, and dependencies outside Waymark",
      params: IdParams,
      response: { 200: RaidDependencies, ...ErrorResponses },
    },
    handler: (req) => service.raidView(contextOf(req), req.params.id),
  });
  app.get('/api/programs/:id/external-dependencies', {
    schema: {
      operationId: 'listProgramExternalDependencies',
      tags,
      summary: "A program's dependencies on teams, vendors and dates, the earliest needed first",
      params: IdParams,
      querystring: ExternalDependencyListQuery,
      response: { 200: ExternalDependencyList, ...ErrorResponses },
    },
    handler: (req) => service.list(req.params.id, req.query),
  });
  app.post('/api/programs/:id/external-dependencies', {
    schema: {
      operationId: 'createExternalDependency',
      tags,
      summary: 'Log a dependency on a team, a vendor or a date: only the title is required',
      params: IdParams,
      body: ExternalDependencyCreate,
      response: { 201: ExternalDependency, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await service.create(contextOf(req), req.params.id, req.body)),
  });
  app.get('/api/external-dependencies', {
    schema: {
      operationId: 'listExternalDependencies',
      tags,
      summary: "Every program's external dependencies that you can see",
      querystring: PortfolioExternalDependencyListQuery,
      response: { 200: ExternalDependencyList, ...ErrorResponses },
    },
    handler: (req) => service.listPortfolio(contextOf(req), req.query),
  });
  app.get('/api/external-dependencies/:id', {
    schema: {
      operationId: 'getExternalDependency',
      tags,
      params: IdParams,
      response: { 200: ExternalDependency, ...ErrorResponses },
    },
    handler: (req) => service.get(req.params.id),
  });
  app.patch('/api/external-dependencies/:id', {
    schema: {
      operationId: 'updateExternalDependency',
      tags,
      summary: 'Change an external dependency; only the fields named change',
      params: IdParams,
      body: ExternalDependencyUpdate,
      response: { 200: ExternalDependency, ...ErrorResponses },
    },
    handler: (req) => service.update(contextOf(req), req.params.id, expectedVersion(req), req.body),
  });
  app.delete('/api/external-dependencies/:id', {
    schema: {
      operationId: 'deleteExternalDependency',
      tags,
      params: IdParams,
      querystring: VersionQuery,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    handler: async (req, reply) => {
      await service.remove(contextOf(req), req.params.id, expectedVersion(req));
      return reply.status(204).send(null);
    },
  });
}
