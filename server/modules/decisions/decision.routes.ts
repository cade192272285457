import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { ErrorResponses, IdParams } from '../../../contracts/common.schema.js';
import {
  Decision,
  DecisionCreate,
  DecisionDeleteQuery,
  DecisionList,
  DecisionUpdate,
  PortfolioDecisionQuery,
  ProgramDecisionQuery,
} from '../../../contracts/decision.schema.js';
import type { Container } from '../../container.js';
import { expectedVersion } from '../../http/expected-version.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['decisions'];
const PORTFOLIO_NOTE =
  'A portfolio decision (of no program) is changed only by TPM managers and admins.';

export async function decisionRoutes(app: App, { services }: Container) {
  /** Runs after the program rule of the route and before the body is validated. */
  const portfolioGuard = async (req: FastifyRequest) =>
    services.decisions.assertMayChange(req.actor, (req.params as { id: string }).id);

  app.get('/api/programs/:id/decisions', {
    schema: {
      operationId: 'listProgramDecisions',
      tags,
      summary: "A program's decision log, soonest needed first",
      params: IdParams,
      querystring: ProgramDecisionQuery,
      response: { 200: DecisionList, ...ErrorResponses },
    },
    handler: (req) => services.decisions.list(contextOf(req), req.params.id, req.query),
  });
  app.post('/api/programs/:id/decisions', {
    schema: {
      operationId: 'createProgramDecision',
      tags,
      summary: 'Propose (or record) a decision of the program, with the options considered',
      params: IdParams,
      body: DecisionCreate,
      response: { 201: Decision, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply
        .status(201)
        .send(await services.decisions.create(contextOf(req), req.params.id, req.body)),
  });
  app.get('/api/decisions', {
    schema: {
      operationId: 'listDecisions',
      tags,
      summary:
        'Every decision of the programs you can see, and the portfolio decisions of no program',
      querystring: PortfolioDecisionQuery,
      response: { 200: DecisionList, ...ErrorResponses },
    },
    handler: (req) => services.decisions.listPortfolio(contextOf(req), req.query),
  });
  app.post('/api/decisions', {
    schema: {
      operationId: 'createPortfolioDecision',
      tags,
      summary: 'Record a portfolio decision, of no one program',
      body: DecisionCreate,
      response: { 201: Decision, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await services.decisions.create(contextOf(req), null, req.body)),
  });
  app.get('/api/decisions/:id', {
    schema: {
      operationId: 'getDecision',
      tags,
      params: IdParams,
      response: { 200: Decision, ...ErrorResponses },
    },
    handler: (req) => services.decisions.get(contextOf(req), req.params.id),
  });
  app.patch('/api/decisions/:id', {
    schema: {
      operationId: 'updateDecision',
      tags,
      summary: 'Change a decision: decide it, supersede it, edit its options',
      description: PORTFOLIO_NOTE,
      params: IdParams,
      body: DecisionUpdate,
      response: { 200: Decision, ...ErrorResponses },
    },
    preValidation: portfolioGuard,
    handler: (req) =>
      services.decisions.update(contextOf(req), req.params.id, expectedVersion(req), req.body),
  });
  app.delete('/api/decisions/:id', {
    schema: {
      operationId: 'deleteDecision',
      tags,
      summary: 'Delete a decision (refused while it is what superseded another)',
      description: PORTFOLIO_NOTE,
      params: IdParams,
      querystring: DecisionDeleteQuery,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    preValidation: portfolioGuard,
    handler: async (req, reply) => {
      await services.decisions.remove(contextOf(req), req.params.id, expectedVersion(req));
      return reply.status(204).send(null);
    },
  });
}
