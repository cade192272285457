import { Type } from 'typebox';
import { ErrorResponses, IdParams, VersionQuery } from '../../../contracts/common.schema.js';
import {
  Milestone,
  MilestoneCreate,
  MilestoneList,
  MilestoneUpdate,
  SuccessCriterion,
  SuccessCriterionCreate,
  SuccessCriterionUpdate,
} from '../../../contracts/milestone.schema.js';
import type { Container } from '../../container.js';
import { expectedVersion } from '../../http/expected-version.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['milestones'];

/** Milestones and their success criteria: a criterion only exists under its milestone. */
export async function milestoneRoutes(app: App, { services }: Container) {
  app.get('/api/programs/:id/milestones', {
    schema: {
      operationId: 'listMilestones',
      tags,
      summary: "A program's milestones by due date, with their success criteria",
      params: IdParams,
      response: { 200: MilestoneList, ...ErrorResponses },
    },
    handler: async (req) => ({ items: await services.milestones.list(req.params.id) }),
  });
  app.post('/api/programs/:id/milestones', {
    schema: {
      operationId: 'createMilestone',
      tags,
      summary: 'Add a milestone to a program, optionally with its success criteria',
      params: IdParams,
      body: MilestoneCreate,
      response: { 201: Milestone, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply
        .status(201)
        .send(await services.milestones.create(contextOf(req), req.params.id, req.body)),
  });
  app.get('/api/milestones/:id', {
    schema: {
      operationId: 'getMilestone',
      tags,
      params: IdParams,
      response: { 200: Milestone, ...ErrorResponses },
    },
    handler: (req) => services.milestones.get(req.params.id),
  });
  app.patch('/api/milestones/:id', {
    schema: {
      operationId: 'updateMilestone',
      tags,
      params: IdParams,
      body: MilestoneUpdate,
      response: { 200: Milestone, ...ErrorResponses },
    },
    handler: (req) =>
      services.milestones.update(contextOf(req), req.params.id, expectedVersion(req), req.body),
  });
  app.delete('/api/milestones/:id', {
    schema: {
      operationId: 'deleteMilestone',
      tags,
      summary: 'Delete a milestone with its criteria and dependencies; its tasks stay',
      params: IdParams,
      querystring: VersionQuery,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    handler: async (req, reply) => {
      await services.milestones.remove(contextOf(req), req.params.id, expectedVersion(req));
      return reply.status(204).send(null);
    },
  });

  app.post('/api/milestones/:id/criteria', {
    schema: {
      operationId: 'createSuccessCriterion',
      tags,
      summary: 'Add a success criterion to a milestone',
      params: IdParams,
      body: SuccessCriterionCreate,
      response: { 201: SuccessCriterion, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply
        .status(201)
        .send(await services.successCriteria.create(contextOf(req), req.params.id, req.body)),
  });
  app.get('/api/criteria/:id', {
    schema: {
      operationId: 'getSuccessCriterion',
      tags,
      summary: 'A success criterion, with the milestone it belongs to (milestoneId)',
      params: IdParams,
      response: { 200: SuccessCriterion, ...ErrorResponses },
    },
    handler: (req) => services.successCriteria.get(req.params.id),
  });
  app.patch('/api/criteria/:id', {
    schema: {
      operationId: 'updateSuccessCriterion',
      tags,
      summary: 'Change a success criterion, e.g. mark it met with evidence',
      params: IdParams,
      body: SuccessCriterionUpdate,
      response: { 200: SuccessCriterion, ...ErrorResponses },
    },
    handler: (req) =>
      services.successCriteria.update(
        contextOf(req),
        req.params.id,
        expectedVersion(req),
        req.body,
      ),
  });
  app.delete('/api/criteria/:id', {
    schema: {
      operationId: 'deleteSuccessCriterion',
      tags,
      params: IdParams,
      querystring: VersionQuery,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    handler: async (req, reply) => {
      await services.successCriteria.remove(contextOf(req), req.params.id, expectedVersion(req));
      return reply.status(204).send(null);
    },
  });
}
