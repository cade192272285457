import { Type } from 'typebox';
import { ErrorResponses, IdParams, VersionQuery } from '../../../contracts/common.schema.js';
import {
  Dependency,
  DependencyCreate,
  DependencyList,
  DependencyListQuery,
  DependencyUpdate,
} from '../../../contracts/dependency.schema.js';
import type { Container } from '../../container.js';
import { expectedVersion } from '../../http/expected-version.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['dependencies'];

export async function dependencyRoutes(app: App, { services }: Container) {
  app.get('/api/dependencies', {
    schema: {
      operationId: 'listDependencies',
      tags,
      summary: 'Dependencies with an end in a program and/or touching one task or milestone',
      querystring: DependencyListQuery,
      response: { 200: DependencyList, ...ErrorResponses },
    },
    handler: async (req) => ({
      items: await services.dependencies.list(contextOf(req), req.query),
    }),
  });
  app.post('/api/dependencies', {
    schema: {
      operationId: 'createDependency',
      tags,
      summary: 'Link two tasks or milestones, possibly in different programs',
      description:
        'A link that would close a cycle is refused with 409 dependency_cycle; error.details.cycle lists the items on it in order, the first repeated last.',
      body: DependencyCreate,
      response: { 201: Dependency, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await services.dependencies.create(contextOf(req), req.body)),
  });
  app.get('/api/dependencies/:id', {
    schema: {
      operationId: 'getDependency',
      tags,
      params: IdParams,
      response: { 200: Dependency, ...ErrorResponses },
    },
    handler: (req) => services.dependencies.get(contextOf(req), req.params.id),
  });
  app.patch('/api/dependencies/:id', {
    schema: {
      operationId: 'updateDependency',
      tags,
      summary: "Change a dependency's type or lag",
      params: IdParams,
      body: DependencyUpdate,
      response: { 200: Dependency, ...ErrorResponses },
    },
    handler: (req) =>
      services.dependencies.update(contextOf(req), req.params.id, expectedVersion(req), req.body),
  });
  app.delete('/api/dependencies/:id', {
    schema: {
      operationId: 'deleteDependency',
      tags,
      params: IdParams,
      querystring: VersionQuery,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    handler: async (req, reply) => {
      await services.dependencies.remove(contextOf(req), req.params.id, expectedVersion(req));
      return reply.status(204).send(null);
    },
  });
}
