import { Type } from 'typebox';
import { ErrorResponses, IdParams, VersionQuery } from '../../../contracts/common.schema.js';
import {
  TaskAssignment,
  TaskAssignmentCreate,
  TaskAssignmentList,
  TaskAssignmentUpdate,
} from '../../../contracts/task-assignment.schema.js';
import type { Container } from '../../container.js';
import { expectedVersion } from '../../http/expected-version.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['task assignments'];

export async function taskAssignmentRoutes(app: App, { services }: Container) {
  app.get('/api/tasks/:id/assignments', {
    schema: {
      operationId: 'listTaskAssignments',
      tags,
      summary: 'People assigned to a task, with their units',
      params: IdParams,
      response: { 200: TaskAssignmentList, ...ErrorResponses },
    },
    handler: async (req) => ({ items: await services.taskAssignments.listForTask(req.params.id) }),
  });
  app.get('/api/programs/:id/assignments', {
    schema: {
      operationId: 'listProgramAssignments',
      tags,
      summary: 'Every task assignment of a program',
      params: IdParams,
      response: { 200: TaskAssignmentList, ...ErrorResponses },
    },
    handler: async (req) => ({
      items: await services.taskAssignments.listForProgram(req.params.id),
    }),
  });
  app.post('/api/tasks/:id/assignments', {
    schema: {
      operationId: 'createTaskAssignment',
      tags,
      summary: 'Assign a person to a task (units default to 1)',
      params: IdParams,
      body: TaskAssignmentCreate,
      response: { 201: TaskAssignment, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply
        .status(201)
        .send(await services.taskAssignments.create(contextOf(req), req.params.id, req.body)),
  });
  app.patch('/api/task-assignments/:id', {
    schema: {
      operationId: 'updateTaskAssignment',
      tags,
      summary: "Change a person's units on a task",
      params: IdParams,
      body: TaskAssignmentUpdate,
      response: { 200: TaskAssignment, ...ErrorResponses },
    },
    handler: (req) =>
      services.taskAssignments.update(
        contextOf(req),
        req.params.id,
        expectedVersion(req),
        req.body,
      ),
  });
  app.delete('/api/task-assignments/:id', {
    schema: {
      operationId: 'deleteTaskAssignment',
      tags,
      summary: 'Take a person off a task',
      params: IdParams,
      querystring: VersionQuery,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    handler: async (req, reply) => {
      await services.taskAssignments.remove(contextOf(req), req.params.id, expectedVersion(req));
      return reply.status(204).send(null);
    },
  });
}
