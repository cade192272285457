import { Type } from 'typebox';
import { ErrorResponses, IdParams } from '../../../contracts/common.schema.js';
import {
  AssignBody,
  IntakeRequest,
  RequestCreate,
  RequestDetail,
  RequestList,
  RequestListQuery,
  RequestTemplate,
  RequestTemplateUpdate,
  RequestUpdate,
  RoutingSuggestion,
  TriageBody,
  WaitingBody,
} from '../../../contracts/intake.schema.js';
import type { Container } from '../../container.js';
import { expectedVersion } from '../../http/expected-version.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['intake'];

export async function intakeRoutes(app: App, { services }: Container) {
  app.get('/api/request-template', {
    schema: {
      operationId: 'getRequestTemplate',
      tags,
      summary: 'The intake template: help text per field, SLA targets and calendar',
      response: { 200: RequestTemplate, ...ErrorResponses },
    },
    handler: () => services.requestTemplate.get(),
  });
  app.put('/api/request-template', {
    schema: {
      operationId: 'updateRequestTemplate',
      tags,
      summary: 'Change the template (TPM managers)',
      body: RequestTemplateUpdate,
      response: { 200: RequestTemplate, ...ErrorResponses },
    },
    handler: (req) => services.requestTemplate.update(contextOf(req), req.body),
  });

  app.post('/api/requests', {
    // Anyone with an account may ask for help, read-only stakeholders included.
    config: { readOnlyRoleMayWrite: true },
    schema: {
      operationId: 'submitRequest',
      tags,
      summary: 'Submit a request to the TPM team',
      body: RequestCreate,
      response: { 201: IntakeRequest, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await services.requests.create(contextOf(req), req.body)),
  });
  app.get('/api/requests', {
    schema: {
      operationId: 'listRequests',
      tags,
      summary: 'The triage queue, my requests, or those assigned to me, with SLA clocks',
      querystring: RequestListQuery,
      response: { 200: RequestList, ...ErrorResponses },
    },
    handler: (req) => services.requests.list(contextOf(req), req.query),
  });
  app.get('/api/requests/:id', {
    schema: {
      operationId: 'getRequest',
      tags,
      summary: 'A request with its history and (for TPMs) the latest routing suggestion',
      params: IdParams,
      response: { 200: RequestDetail, ...ErrorResponses },
    },
    handler: (req) => services.requests.detail(contextOf(req), req.params.id),
  });
  app.patch('/api/requests/:id', {
    schema: {
      operationId: 'updateRequest',
      tags,
      summary:
        'Change what a request says (title, problem, outcome, value, teams, tags, links, deadline, size): its requester while it is open, a TPM at any time',
      params: IdParams,
      body: RequestUpdate,
      response: { 200: IntakeRequest, ...ErrorResponses },
    },
    handler: (req) =>
      services.requestEdits.update(contextOf(req), req.params.id, expectedVersion(req), req.body),
  });
  app.post('/api/requests/:id/triage', {
    schema: {
      operationId: 'triageRequest',
      tags,
      summary:
        'Acknowledge, accept, decline (reason), defer (reason, date), mark duplicate (of which) or reopen',
      params: IdParams,
      body: TriageBody,
      response: { 200: IntakeRequest, ...ErrorResponses },
    },
    handler: (req) => services.triage.transition(contextOf(req), req.params.id, req.body),
  });
  app.post('/api/requests/:id/waiting', {
    schema: {
      operationId: 'setRequestWaiting',
      tags,
      summary: 'Wait on the requester (SLA clocks pause) or resume',
      params: IdParams,
      body: WaitingBody,
      response: { 200: IntakeRequest, ...ErrorResponses },
    },
    handler: (req) => services.requests.setWaiting(contextOf(req), req.params.id, req.body),
  });
  app.post('/api/requests/:id/routing-suggestions', {
    schema: {
      operationId: 'suggestRouting',
      tags,
      summary:
        'Rank the TPMs for this request (fit, bandwidth, time zone, queue) and keep the ranking',
      params: IdParams,
      response: { 201: RoutingSuggestion, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await services.routing.suggest(contextOf(req), req.params.id)),
  });
  app.get('/api/requests/:id/routing-suggestions/latest', {
    schema: {
      operationId: 'getLatestRouting',
      tags,
      params: IdParams,
      response: { 200: Type.Union([RoutingSuggestion, Type.Null()]), ...ErrorResponses },
    },
    handler: (req) => services.routing.latest(req.params.id),
  });
  app.post('/api/requests/:id/assign', {
    schema: {
      operationId: 'assignRequest',
      tags,
      summary: 'Assign a TPM (managers); the choice is kept with the suggestion',
      params: IdParams,
      body: AssignBody,
      response: { 200: IntakeRequest, ...ErrorResponses },
    },
    handler: (req) => services.routing.assign(contextOf(req), req.params.id, req.body),
  });
}
