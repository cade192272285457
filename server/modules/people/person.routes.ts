import { Type } from 'typebox';
import { ErrorResponses, IdParams, VersionQuery } from '../../../contracts/common.schema.js';
import {
  Person,
  PersonList,
  PersonListQuery,
  PersonSkillsReplace,
  PersonUpdate,
  TimeOff,
  TimeOffCreate,
  TimeOffUpdate,
} from '../../../contracts/person.schema.js';
import type { Container } from '../../container.js';
import { expectedVersion } from '../../http/expected-version.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['people'];

export async function personRoutes(app: App, { services }: Container) {
  app.get('/api/people', {
    schema: {
      operationId: 'listPeople',
      tags,
      summary: 'The directory: people with team, manager, track, level and skills, by name',
      querystring: PersonListQuery,
      response: { 200: PersonList, ...ErrorResponses },
    },
    handler: (req) => services.people.list(req.query),
  });
  app.get('/api/people/:id', {
    schema: {
      operationId: 'getPerson',
      tags,
      summary:
        'A person: profile, working hours, time off and direct reports (the kind of time off only to their circle)',
      params: IdParams,
      response: { 200: Person, ...ErrorResponses },
    },
    handler: (req) => services.people.get(contextOf(req), req.params.id),
  });
  app.patch('/api/people/:id', {
    schema: {
      operationId: 'updatePerson',
      tags,
      summary:
        'Change a profile (managers and admins; a person may change their own location, zone and hours)',
      params: IdParams,
      body: PersonUpdate,
      response: { 200: Person, ...ErrorResponses },
    },
    handler: (req) =>
      services.people.update(contextOf(req), req.params.id, expectedVersion(req), req.body),
  });
  app.put('/api/people/:id/skills', {
    schema: {
      operationId: 'replacePersonSkills',
      tags,
      summary: "Replace a person's skills and domains",
      params: IdParams,
      body: PersonSkillsReplace,
      response: { 200: Person, ...ErrorResponses },
    },
    handler: (req) =>
      services.people.replaceSkills(contextOf(req), req.params.id, expectedVersion(req), req.body),
  });
  app.post('/api/people/:id/time-off', {
    schema: {
      operationId: 'addTimeOff',
      tags,
      summary: 'Record days away (local dates of the person, both ends included)',
      params: IdParams,
      body: TimeOffCreate,
      response: { 201: TimeOff, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply
        .status(201)
        .send(await services.people.addTimeOff(contextOf(req), req.params.id, req.body)),
  });
  app.patch('/api/time-off/:id', {
    schema: {
      operationId: 'updateTimeOff',
      tags,
      summary: 'Change recorded days away; only the fields named change',
      params: IdParams,
      body: TimeOffUpdate,
      response: { 200: TimeOff, ...ErrorResponses },
    },
    handler: (req) =>
      services.people.updateTimeOff(contextOf(req), req.params.id, expectedVersion(req), req.body),
  });
  app.delete('/api/time-off/:id', {
    schema: {
      operationId: 'deleteTimeOff',
      tags,
      params: IdParams,
      querystring: VersionQuery,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    handler: async (req, reply) => {
      await services.people.removeTimeOff(contextOf(req), req.params.id, expectedVersion(req));
      return reply.status(204).send(null);
    },
  });
}
