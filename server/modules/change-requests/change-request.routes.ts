import { Type } from 'typebox';
import {
  ChangeRequest,
  ChangeRequestCreate,
  ChangeRequestDecisionBody,
  ChangeRequestList,
  ChangeRequestListQuery,
  ChangeRequestSubmit,
  ChangeRequestUpdate,
} from '../../../contracts/change-request.schema.js';
import { ErrorResponses, IdParams, VersionQuery } from '../../../contracts/common.schema.js';
import type { Container } from '../../container.js';
import { expectedVersion } from '../../http/expected-version.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['change-requests'];

export async function changeRequestRoutes(app: App, { services }: Container) {
  app.get('/api/programs/:id/change-requests', {
    schema: {
      operationId: 'listChangeRequests',
      tags,
      summary: "The program's change requests, newest first (filter by status)",
      params: IdParams,
      querystring: ChangeRequestListQuery,
      response: { 200: ChangeRequestList, ...ErrorResponses },
    },
    handler: (req) => services.changeRequests.list(contextOf(req), req.params.id, req.query),
  });
  app.post('/api/programs/:id/change-requests', {
    schema: {
      operationId: 'createChangeRequest',
      tags,
      summary:
        'Propose plan edits: each checked as its direct edit, the impact computed on a copy of the plan',
      params: IdParams,
      body: ChangeRequestCreate,
      response: { 201: ChangeRequest, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply
        .status(201)
        .send(await services.changeRequests.create(contextOf(req), req.params.id, req.body)),
  });
  app.get('/api/change-requests/:id', {
    schema: {
      operationId: 'getChangeRequest',
      tags,
      summary: 'A change request with its impact (recomputed when the plan changed since)',
      params: IdParams,
      response: { 200: ChangeRequest, ...ErrorResponses },
    },
    handler: (req) => services.changeRequests.get(contextOf(req), req.params.id),
  });
  app.patch('/api/change-requests/:id', {
    schema: {
      operationId: 'updateChangeRequest',
      tags,
      summary: 'Edit a draft or submitted change request; its impact is recomputed',
      params: IdParams,
      body: ChangeRequestUpdate,
      response: { 200: ChangeRequest, ...ErrorResponses },
    },
    handler: (req) =>
      services.changeRequests.update(contextOf(req), req.params.id, expectedVersion(req), req.body),
  });
  app.delete('/api/change-requests/:id', {
    schema: {
      operationId: 'deleteChangeRequest',
      tags,
      summary: 'Delete a draft or submitted change request',
      params: IdParams,
      querystring: VersionQuery,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    handler: async (req, reply) => {
      await services.changeRequests.remove(contextOf(req), req.params.id, expectedVersion(req));
      return reply.status(204).send(null);
    },
  });
  app.post('/api/change-requests/:id/submit', {
    schema: {
      operationId: 'submitChangeRequest',
      tags,
      summary: 'Submit a draft for decision',
      params: IdParams,
      body: ChangeRequestSubmit,
      response: { 200: ChangeRequest, ...ErrorResponses },
    },
    handler: (req) =>
      services.changeRequests.submit(contextOf(req), req.params.id, expectedVersion(req)),
  });
  app.post('/api/change-requests/:id/decision', {
    schema: {
      operationId: 'decideChangeRequest',
      tags,
      summary:
        'Approve (applies every edit in one transaction after a baseline "before CR-n"), defer or reject; 409 impact_stale when the plan changed since the impact',
      params: IdParams,
      body: ChangeRequestDecisionBody,
      response: { 200: ChangeRequest, ...ErrorResponses },
    },
    handler: (req) =>
      services.changeRequests.decide(contextOf(req), req.params.id, expectedVersion(req), req.body),
  });
}
