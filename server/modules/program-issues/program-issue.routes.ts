import { Type } from 'typebox';
import { ErrorResponses, IdParams, VersionQuery } from '../../../contracts/common.schema.js';
import {
  PortfolioIssueListQuery,
  ProgramIssue,
  ProgramIssueCreate,
  ProgramIssueList,
  ProgramIssueListQuery,
  ProgramIssueUpdate,
} from '../../../contracts/program-issue.schema.js';
import type { Container } from '../../container.js';
import { expectedVersion } from '../../http/expected-version.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['raid-log'];

export async function programIssueRoutes(app: App, { services }: Container) {
  app.get('/api/programs/:id/issues', {
    schema: {
      operationId: 'listProgramIssues',
      tags,
      summary: "A program's issues, most severe first",
      params: IdParams,
      querystring: ProgramIssueListQuery,
      response: { 200: ProgramIssueList, ...ErrorResponses },
    },
    handler: (req) => services.programIssues.list(req.params.id, req.query),
  });
  app.post('/api/programs/:id/issues', {
    schema: {
      operationId: 'createProgramIssue',
      tags,
      summary: 'Log an issue: only the title is required',
      params: IdParams,
      body: ProgramIssueCreate,
      response: { 201: ProgramIssue, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply
        .status(201)
        .send(await services.programIssues.create(contextOf(req), req.params.id, req.body)),
  });
  app.get('/api/issues', {
    schema: {
      operationId: 'listIssues',
      tags,
      summary: "Every program's issues that you can see",
      querystring: PortfolioIssueListQuery,
      response: { 200: ProgramIssueList, ...ErrorResponses },
    },
    handler: (req) => services.programIssues.listPortfolio(contextOf(req), req.query),
  });
  app.get('/api/issues/:id', {
    schema: {
      operationId: 'getProgramIssue',
      tags,
      params: IdParams,
      response: { 200: ProgramIssue, ...ErrorResponses },
    },
    handler: (req) => services.programIssues.get(req.params.id),
  });
  app.patch('/api/issues/:id', {
    schema: {
      operationId: 'updateProgramIssue',
      tags,
      summary:
        'Change an issue; only the fields named change (taskIds and riskIds replace their lists)',
      params: IdParams,
      body: ProgramIssueUpdate,
      response: { 200: ProgramIssue, ...ErrorResponses },
    },
    handler: (req) =>
      services.programIssues.update(contextOf(req), req.params.id, expectedVersion(req), req.body),
  });
  app.delete('/api/issues/:id', {
    schema: {
      operationId: 'deleteProgramIssue',
      tags,
      params: IdParams,
      querystring: VersionQuery,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    handler: async (req, reply) => {
      await services.programIssues.remove(contextOf(req), req.params.id, expectedVersion(req));
      return reply.status(204).send(null);
    },
  });
}
