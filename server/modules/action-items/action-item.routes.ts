import { Type } from 'typebox';
import {
  ActionItem,
  ActionItemCreate,
  ActionItemPage,
  ActionItemQuery,
  ActionItemUpdate,
  ProgramActionItemQuery,
} from '../../../contracts/action-item.schema.js';
import { ErrorResponses, IdParams, VersionQuery } from '../../../contracts/common.schema.js';
import type { Container } from '../../container.js';
import { expectedVersion } from '../../http/expected-version.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['action-items'];

export async function actionItemRoutes(app: App, { services }: Container) {
  app.get('/api/action-items', {
    schema: {
      operationId: 'listActionItems',
      tags,
      summary:
        'Action items of the programs you can see and of the portfolio, open and soonest due first',
      querystring: ActionItemQuery,
      response: { 200: ActionItemPage, ...ErrorResponses },
    },
    handler: (req) => services.actionItems.list(contextOf(req), req.query),
  });
  app.get('/api/programs/:id/action-items', {
    schema: {
      operationId: 'listProgramActionItems',
      tags,
      summary: "A program's action items",
      params: IdParams,
      querystring: ProgramActionItemQuery,
      response: { 200: ActionItemPage, ...ErrorResponses },
    },
    handler: (req) =>
      services.actionItems.list(contextOf(req), { ...req.query, programId: req.params.id }),
  });
  app.post('/api/action-items', {
    schema: {
      operationId: 'createActionItem',
      tags,
      summary: 'Write down an action item for yourself or someone else',
      description:
        "A program's item needs the right to change that program; anyone signed in may write a portfolio item (no programId).",
      body: ActionItemCreate,
      response: { 201: ActionItem, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await services.actionItems.create(contextOf(req), req.body)),
  });
  app.get('/api/action-items/:id', {
    schema: {
      operationId: 'getActionItem',
      tags,
      params: IdParams,
      response: { 200: ActionItem, ...ErrorResponses },
    },
    handler: (req) => services.actionItems.get(contextOf(req), req.params.id),
  });
  app.patch('/api/action-items/:id', {
    schema: {
      operationId: 'updateActionItem',
      tags,
      summary: 'Change an action item, or mark it done (which sets completedAt)',
      description:
        "Who may change a program's item: who may change the program; its owner may always change its status. A portfolio item: its creator, its owner, TPM managers and admins.",
      params: IdParams,
      body: ActionItemUpdate,
      response: { 200: ActionItem, ...ErrorResponses },
    },
    handler: (req) =>
      services.actionItems.update(contextOf(req), req.params.id, expectedVersion(req), req.body),
  });
  app.delete('/api/action-items/:id', {
    schema: {
      operationId: 'deleteActionItem',
      tags,
      params: IdParams,
      querystring: VersionQuery,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    handler: async (req, reply) => {
      await services.actionItems.remove(contextOf(req), req.params.id, expectedVersion(req));
      return reply.status(204).send(null);
    },
  });
}
