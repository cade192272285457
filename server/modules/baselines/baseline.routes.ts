import { Type } from 'typebox';
import {
  Baseline,
  BaselineCompareQuery,
  BaselineComparison,
  BaselineCreate,
  BaselineList,
  BaselineSummary,
  BaselineUpdate,
} from '../../../contracts/baseline.schema.js';
import { ErrorResponses, IdParams, VersionQuery } from '../../../contracts/common.schema.js';
import type { Container } from '../../container.js';
import { expectedVersion } from '../../http/expected-version.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['baselines'];

export async function baselineRoutes(app: App, { services }: Container) {
  app.get('/api/programs/:id/baselines', {
    schema: {
      operationId: 'listBaselines',
      tags,
      summary: "A program's baselines, oldest first (without their schedules)",
      params: IdParams,
      response: { 200: BaselineList, ...ErrorResponses },
    },
    handler: (req) => services.baselines.list(req.params.id),
  });
  app.post('/api/programs/:id/baselines', {
    schema: {
      operationId: 'saveBaseline',
      tags,
      summary: "Save the program's current schedule as a named baseline",
      params: IdParams,
      body: BaselineCreate,
      response: { 201: Baseline, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply
        .status(201)
        .send(await services.baselines.save(contextOf(req), req.params.id, req.body)),
  });
  app.get('/api/programs/:id/baselines/compare', {
    schema: {
      operationId: 'compareBaselines',
      tags,
      summary:
        'Variance of start, finish, duration and cost between two baselines or a baseline and the current schedule',
      params: IdParams,
      querystring: BaselineCompareQuery,
      response: { 200: BaselineComparison, ...ErrorResponses },
    },
    handler: (req) => services.baselines.compare(req.params.id, req.query),
  });
  app.get('/api/baselines/:id', {
    schema: {
      operationId: 'getBaseline',
      tags,
      params: IdParams,
      response: { 200: Baseline, ...ErrorResponses },
    },
    handler: (req) => services.baselines.get(contextOf(req), req.params.id),
  });
  app.patch('/api/baselines/:id', {
    schema: {
      operationId: 'renameBaseline',
      tags,
      summary: 'Rename a baseline (its saved schedule stays as it was)',
      params: IdParams,
      body: BaselineUpdate,
      response: { 200: BaselineSummary, ...ErrorResponses },
    },
    handler: (req) =>
      services.baselines.rename(contextOf(req), req.params.id, expectedVersion(req), req.body),
  });
  app.delete('/api/baselines/:id', {
    schema: {
      operationId: 'deleteBaseline',
      tags,
      params: IdParams,
      querystring: VersionQuery,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    handler: async (req, reply) => {
      await services.baselines.remove(contextOf(req), req.params.id, expectedVersion(req));
      return reply.status(204).send(null);
    },
  });
}
