import { Type } from 'typebox';
import { ErrorResponses, IdParams, VersionQuery } from '../../../contracts/common.schema.js';
import {
  Task,
  TaskCreate,
  TaskListQuery,
  TaskPage,
  TaskUpdate,
} from '../../../contracts/task.schema.js';
import type { Container } from '../../container.js';
import { expectedVersion } from '../../http/expected-version.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['tasks'];

export async function taskRoutes(app: App, { services }: Container) {
  app.get('/api/programs/:id/tasks', {
    schema: {
      operationId: 'listTasks',
      tags,
      summary: "A program's tasks with filter, text search, sort and pagination",
      params: IdParams,
      querystring: TaskListQuery,
      response: { 200: TaskPage, ...ErrorResponses },
    },
    handler: (req) => services.tasks.list(contextOf(req), req.params.id, req.query),
  });
  app.post('/api/programs/:id/tasks', {
    schema: {
      operationId: 'createTask',
      tags,
      summary: 'Add a task to a program (only a name is required)',
      params: IdParams,
      body: TaskCreate,
      response: { 201: Task, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await services.tasks.create(contextOf(req), req.params.id, req.body)),
  });
  app.get('/api/tasks/:id', {
    schema: {
      operationId: 'getTask',
      tags,
      params: IdParams,
      response: { 200: Task, ...ErrorResponses },
    },
    handler: (req) => services.tasks.get(contextOf(req), req.params.id),
  });
  app.patch('/api/tasks/:id', {
    schema: {
      operationId: 'updateTask',
      tags,
      params: IdParams,
      body: TaskUpdate,
      response: { 200: Task, ...ErrorResponses },
    },
    handler: (req) =>
      services.tasks.update(contextOf(req), req.params.id, expectedVersion(req), req.body),
  });
  app.delete('/api/tasks/:id', {
    schema: {
      operationId: 'deleteTask',
      tags,
      summary: 'Delete a task and its dependencies',
      params: IdParams,
      querystring: VersionQuery,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    handler: async (req, reply) => {
      await services.tasks.remove(contextOf(req), req.params.id, expectedVersion(req));
      return reply.status(204).send(null);
    },
  });
}
