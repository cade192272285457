import { Type } from 'typebox';
import { ErrorResponses, IdParams } from '../../../contracts/common.schema.js';
import {
  ProgramResource,
  ProgramResourceDeleteQuery,
  ProgramResourceList,
  ProgramResourceUpdate,
} from '../../../contracts/program-resource.schema.js';
import type { Container } from '../../container.js';
import { expectedVersion } from '../../http/expected-version.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['resources'];

export async function programResourceRoutes(app: App, { services }: Container) {
  app.get('/api/programs/:id/resources', {
    schema: {
      operationId: 'listProgramResources',
      tags,
      summary:
        "A program's resources from plan files: linked to a person, or kept without an account with their assignments",
      params: IdParams,
      response: { 200: ProgramResourceList, ...ErrorResponses },
    },
    handler: async (req) => ({ items: await services.programResources.list(req.params.id) }),
  });
  app.get('/api/program-resources/:id', {
    schema: {
      operationId: 'getProgramResource',
      tags,
      params: IdParams,
      response: { 200: ProgramResource, ...ErrorResponses },
    },
    handler: (req) => services.programResources.get(req.params.id),
  });
  app.patch('/api/program-resources/:id', {
    schema: {
      operationId: 'updateProgramResource',
      tags,
      summary:
        'Rename a resource, change its units or calendar, or link it to a person (its assignments become theirs)',
      params: IdParams,
      body: ProgramResourceUpdate,
      response: { 200: ProgramResource, ...ErrorResponses },
    },
    handler: (req) =>
      services.programResources.update(
        contextOf(req),
        req.params.id,
        expectedVersion(req),
        req.body,
      ),
  });
  app.delete('/api/program-resources/:id', {
    schema: {
      operationId: 'deleteProgramResource',
      tags,
      summary: 'Delete a resource and the assignments kept on it',
      params: IdParams,
      querystring: ProgramResourceDeleteQuery,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    handler: async (req, reply) => {
      await services.programResources.remove(contextOf(req), req.params.id, expectedVersion(req));
      return reply.status(204).send(null);
    },
  });
}
