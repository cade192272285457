import { Type } from 'typebox';
import { ClosedObject, ErrorResponses, IdParams } from '../../../contracts/common.schema.js';
import {
  PostMortem,
  PostMortemCreate,
  PostMortemDeleteQuery,
  PostMortemList,
  PostMortemPublish,
  PostMortemStatus,
  PostMortemTemplate,
  PostMortemTemplateUpdate,
  PostMortemTimeline,
  PostMortemUpdate,
} from '../../../contracts/post-mortem.schema.js';
import type { Container } from '../../container.js';
import { expectedVersion } from '../../http/expected-version.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['post-mortems'];
const PUBLISHED_NOTE = 'A published post-mortem is history: this is refused with 409.';

export async function postMortemRoutes(app: App, { services }: Container) {
  const postMortems = services.postMortems;

  app.get('/api/programs/:id/post-mortems', {
    schema: {
      operationId: 'listProgramPostMortems',
      tags,
      summary: "A program's post-mortems, the latest period first",
      params: IdParams,
      querystring: ClosedObject({ status: Type.Optional(PostMortemStatus) }),
      response: { 200: PostMortemList, ...ErrorResponses },
    },
    handler: (req) => postMortems.list(req.params.id, req.query.status),
  });
  app.post('/api/programs/:id/post-mortems', {
    schema: {
      operationId: 'createPostMortem',
      tags,
      summary: 'Start a post-mortem of the program, with the sections of the template',
      params: IdParams,
      body: PostMortemCreate,
      response: { 201: PostMortem, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await postMortems.create(contextOf(req), req.params.id, req.body)),
  });
  app.get('/api/post-mortems/:id', {
    schema: {
      operationId: 'getPostMortem',
      tags,
      params: IdParams,
      response: { 200: PostMortem, ...ErrorResponses },
    },
    handler: (req) => postMortems.get(req.params.id),
  });
  app.patch('/api/post-mortems/:id', {
    schema: {
      operationId: 'updatePostMortem',
      tags,
      summary: 'Change a draft post-mortem: only the fields named',
      description: PUBLISHED_NOTE,
      params: IdParams,
      body: PostMortemUpdate,
      response: { 200: PostMortem, ...ErrorResponses },
    },
    handler: (req) =>
      postMortems.update(contextOf(req), req.params.id, expectedVersion(req), req.body),
  });
  app.delete('/api/post-mortems/:id', {
    schema: {
      operationId: 'deletePostMortem',
      tags,
      summary: 'Delete a draft post-mortem',
      description: PUBLISHED_NOTE,
      params: IdParams,
      querystring: PostMortemDeleteQuery,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    handler: async (req, reply) => {
      await postMortems.remove(contextOf(req), req.params.id, expectedVersion(req));
      return reply.status(204).send(null);
    },
  });
  app.post('/api/post-mortems/:id/publish', {
    schema: {
      operationId: 'publishPostMortem',
      tags,
      summary: 'Publish: the timeline is stored as it stands and nothing changes after',
      description: PUBLISHED_NOTE,
      params: IdParams,
      body: PostMortemPublish,
      response: { 200: PostMortem, ...ErrorResponses },
    },
    handler: (req) => postMortems.publish(contextOf(req), req.params.id, expectedVersion(req)),
  });
  app.get('/api/post-mortems/:id/timeline', {
    schema: {
      operationId: 'getPostMortemTimeline',
      tags,
      summary:
        'What happened to the program, in time order: live for a draft, as stored for a published one',
      params: IdParams,
      response: { 200: PostMortemTimeline, ...ErrorResponses },
    },
    handler: (req) => postMortems.timeline(req.params.id),
  });
  app.get('/api/post-mortem-template', {
    schema: {
      operationId: 'getPostMortemTemplate',
      tags,
      summary: 'The sections new post-mortems start with',
      response: { 200: PostMortemTemplate, ...ErrorResponses },
    },
    handler: () => postMortems.getTemplate(),
  });
  app.put('/api/post-mortem-template', {
    schema: {
      operationId: 'updatePostMortemTemplate',
      tags,
      summary: 'Change the sections new post-mortems start with (TPM managers and admins)',
      description: 'Existing post-mortems keep the sections they copied.',
      body: PostMortemTemplateUpdate,
      response: { 200: PostMortemTemplate, ...ErrorResponses },
    },
    handler: (req) => postMortems.updateTemplate(contextOf(req), expectedVersion(req), req.body),
  });
}
