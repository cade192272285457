import { Type } from 'typebox';
import {
  Allocation,
  AllocationCreate,
  AllocationList,
  AllocationListQuery,
  AllocationUpdate,
  OverAllocationReport,
} from '../../../contracts/allocation.schema.js';
import { ErrorResponses, IdParams, VersionQuery } from '../../../contracts/common.schema.js';
import type { Container } from '../../container.js';
import { expectedVersion } from '../../http/expected-version.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['allocations'];

export async function allocationRoutes(app: App, { services }: Container) {
  app.get('/api/allocations', {
    schema: {
      operationId: 'listAllocations',
      tags,
      summary: 'Allocations of people to programs and run work, by person then start',
      querystring: AllocationListQuery,
      response: { 200: AllocationList, ...ErrorResponses },
    },
    handler: (req) => services.allocations.list(contextOf(req), req.query),
  });
  app.post('/api/allocations/check', {
    schema: {
      operationId: 'checkAllocation',
      tags,
      summary:
        'Dry run: the weeks (and programs) in which this allocation would over-allocate the person',
      body: AllocationCreate,
      response: { 200: OverAllocationReport, ...ErrorResponses },
    },
    handler: (req) => services.allocations.check(contextOf(req), req.body),
  });
  app.post('/api/allocations', {
    schema: {
      operationId: 'createAllocation',
      tags,
      summary:
        'Allocate a person (percent or hours per week, from a date to a date); 409 over_allocation unless confirmOverAllocation',
      body: AllocationCreate,
      response: { 201: Allocation, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await services.allocations.create(contextOf(req), req.body)),
  });
  app.get('/api/allocations/:id', {
    schema: {
      operationId: 'getAllocation',
      tags,
      params: IdParams,
      response: { 200: Allocation, ...ErrorResponses },
    },
    handler: (req) => services.allocations.get(req.params.id),
  });
  app.patch('/api/allocations/:id', {
    schema: {
      operationId: 'updateAllocation',
      tags,
      summary: 'Change an allocation; checked for over-allocation like a new one',
      params: IdParams,
      body: AllocationUpdate,
      response: { 200: Allocation, ...ErrorResponses },
    },
    handler: (req) =>
      services.allocations.update(contextOf(req), req.params.id, expectedVersion(req), req.body),
  });
  app.delete('/api/allocations/:id', {
    schema: {
      operationId: 'deleteAllocation',
      tags,
      params: IdParams,
      querystring: VersionQuery,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    handler: async (req, reply) => {
      await services.allocations.remove(contextOf(req), req.params.id, expectedVersion(req));
      return reply.status(204).send(null);
    },
  });
}
