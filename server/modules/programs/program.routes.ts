import { Type } from 'typebox';
import { ErrorResponses, IdParams, VersionQuery } from '../../../contracts/common.schema.js';
import { ProgramPlan } from '../../../contracts/plan.schema.js';
import {
  Program,
  ProgramCreate,
  ProgramListQuery,
  ProgramPage,
  ProgramUpdate,
} from '../../../contracts/program.schema.js';
import type { Container } from '../../container.js';
import { expectedVersion } from '../../http/expected-version.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['programs'];

export async function programRoutes(app: App, { services }: Container) {
  app.get('/api/programs', {
    schema: {
      operationId: 'listPrograms',
      tags,
      summary: 'List programs with filter, sort and pagination',
      querystring: ProgramListQuery,
      response: { 200: ProgramPage, ...ErrorResponses },
    },
    handler: (req) => services.programs.list(contextOf(req), req.query),
  });
  app.post('/api/programs', {
    schema: {
      operationId: 'createProgram',
      tags,
      summary: 'Create a program (only a name is required)',
      body: ProgramCreate,
      response: { 201: Program, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await services.programs.create(contextOf(req), req.body)),
  });
  app.get('/api/programs/:id', {
    schema: {
      operationId: 'getProgram',
      tags,
      params: IdParams,
      response: { 200: Program, ...ErrorResponses },
    },
    handler: (req) => services.programs.get(contextOf(req), req.params.id),
  });
  app.get('/api/programs/:id/plan', {
    schema: {
      operationId: 'getProgramPlan',
      tags,
      summary: 'A program with its workstreams, milestones, tasks and dependencies',
      params: IdParams,
      response: { 200: ProgramPlan, ...ErrorResponses },
    },
    handler: (req) => services.plans.get(contextOf(req), req.params.id),
  });
  app.patch('/api/programs/:id', {
    schema: {
      operationId: 'updateProgram',
      tags,
      params: IdParams,
      body: ProgramUpdate,
      response: { 200: Program, ...ErrorResponses },
    },
    handler: (req) =>
      services.programs.update(contextOf(req), req.params.id, expectedVersion(req), req.body),
  });
  app.delete('/api/programs/:id', {
    schema: {
      operationId: 'deleteProgram',
      tags,
      summary: 'Delete a program and everything planned under it',
      params: IdParams,
      querystring: VersionQuery,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    handler: async (req, reply) => {
      await services.programs.remove(contextOf(req), req.params.id, expectedVersion(req));
      return reply.status(204).send(null);
    },
  });
}
