import { Type } from 'typebox';
import {
  Assumption,
  AssumptionCreate,
  AssumptionList,
  AssumptionListQuery,
  AssumptionUpdate,
  PortfolioAssumptionListQuery,
} from '../../../contracts/assumption.schema.js';
import { ErrorResponses, IdParams, VersionQuery } from '../../../contracts/common.schema.js';
import type { Container } from '../../container.js';
import { expectedVersion } from '../../http/expected-version.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['raid-log'];

export async function assumptionRoutes(app: App, { services }: Container) {
  app.get('/api/programs/:id/assumptions', {
    schema: {
      operationId: 'listProgramAssumptions',
      tags,
      summary: "A program's assumptions, with those overdue for validation flagged",
      params: IdParams,
      querystring: AssumptionListQuery,
      response: { 200: AssumptionList, ...ErrorResponses },
    },
    handler: (req) => services.assumptions.list(req.params.id, req.query),
  });
  app.post('/api/programs/:id/assumptions', {
    schema: {
      operationId: 'createAssumption',
      tags,
      summary: 'Log an assumption: only the statement is required',
      params: IdParams,
      body: AssumptionCreate,
      response: { 201: Assumption, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply
        .status(201)
        .send(await services.assumptions.create(contextOf(req), req.params.id, req.body)),
  });
  app.get('/api/assumptions', {
    schema: {
      operationId: 'listAssumptions',
      tags,
      summary: "Every program's assumptions that you can see",
      querystring: PortfolioAssumptionListQuery,
      response: { 200: AssumptionList, ...ErrorResponses },
    },
    handler: (req) => services.assumptions.listPortfolio(contextOf(req), req.query),
  });
  app.get('/api/assumptions/:id', {
    schema: {
      operationId: 'getAssumption',
      tags,
      params: IdParams,
      response: { 200: Assumption, ...ErrorResponses },
    },
    handler: (req) => services.assumptions.get(req.params.id),
  });
  app.patch('/api/assumptions/:id', {
    schema: {
      operationId: 'updateAssumption',
      tags,
      summary:
        'Change an assumption; only the fields named change (a new status stamps validatedAt)',
      params: IdParams,
      body: AssumptionUpdate,
      response: { 200: Assumption, ...ErrorResponses },
    },
    handler: (req) =>
      services.assumptions.update(contextOf(req), req.params.id, expectedVersion(req), req.body),
  });
  app.delete('/api/assumptions/:id', {
    schema: {
      operationId: 'deleteAssumption',
      tags,
      params: IdParams,
      querystring: VersionQuery,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    handler: async (req, reply) => {
      await services.assumptions.remove(contextOf(req), req.params.id, expectedVersion(req));
      return reply.status(204).send(null);
    },
  });
}
