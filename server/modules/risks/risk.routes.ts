import { Type } from 'typebox';
import { ErrorResponses, IdParams, VersionQuery } from '../../../contracts/common.schema.js';
import {
  ProgramRisk,
  ProgramRiskCreate,
  ProgramRiskList,
  ProgramRiskListQuery,
  ProgramRiskUpdate,
  RiskListQuery,
} from '../../../contracts/risk.schema.js';
import type { Container } from '../../container.js';
import { expectedVersion } from '../../http/expected-version.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['risks'];

export async function riskRoutes(app: App, { services }: Container) {
  app.get('/api/risks', {
    schema: {
      operationId: 'listRisks',
      tags,
      summary:
        'The risk register across every program you can see, each risk with its program name; filter by status (comma-separated), owner, category, program',
      querystring: RiskListQuery,
      response: { 200: ProgramRiskList, ...ErrorResponses },
    },
    handler: (req) => services.risks.listPortfolio(contextOf(req), req.query),
  });
  app.get('/api/programs/:id/risks', {
    schema: {
      operationId: 'listProgramRisks',
      tags,
      summary:
        "The program's risk register (open and mitigating risks feed its forecasts); filter by status (comma-separated), owner, category",
      params: IdParams,
      querystring: ProgramRiskListQuery,
      response: { 200: ProgramRiskList, ...ErrorResponses },
    },
    handler: (req) => services.risks.list(contextOf(req), req.params.id, req.query),
  });
  app.post('/api/programs/:id/risks', {
    schema: {
      operationId: 'createProgramRisk',
      tags,
      summary:
        'Add a risk: only the title is required; probability, delay on named tasks and cost feed the forecast',
      params: IdParams,
      body: ProgramRiskCreate,
      response: { 201: ProgramRisk, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await services.risks.create(contextOf(req), req.params.id, req.body)),
  });
  app.get('/api/risks/:id', {
    schema: {
      operationId: 'getProgramRisk',
      tags,
      params: IdParams,
      response: { 200: ProgramRisk, ...ErrorResponses },
    },
    handler: (req) => services.risks.get(contextOf(req), req.params.id),
  });
  app.patch('/api/risks/:id', {
    schema: {
      operationId: 'updateProgramRisk',
      tags,
      summary:
        'Change a risk; only the fields named change (taskIds replaces the list). Moving to occurred or closed stamps when; reopening clears it',
      params: IdParams,
      body: ProgramRiskUpdate,
      response: { 200: ProgramRisk, ...ErrorResponses },
    },
    handler: (req) =>
      services.risks.update(contextOf(req), req.params.id, expectedVersion(req), req.body),
  });
  app.delete('/api/risks/:id', {
    schema: {
      operationId: 'deleteProgramRisk',
      tags,
      params: IdParams,
      querystring: VersionQuery,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    handler: async (req, reply) => {
      await services.risks.remove(contextOf(req), req.params.id, expectedVersion(req));
      return reply.status(204).send(null);
    },
  });
}
