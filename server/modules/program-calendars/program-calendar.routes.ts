import { Type } from 'typebox';
import { ErrorResponses, IdParams } from '../../../contracts/common.schema.js';
import {
  ProgramCalendar,
  ProgramCalendarCreate,
  ProgramCalendarDeleteQuery,
  ProgramCalendarList,
  ProgramCalendarUpdate,
} from '../../../contracts/program-calendar.schema.js';
import type { Container } from '../../container.js';
import { expectedVersion } from '../../http/expected-version.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['calendars'];

export async function programCalendarRoutes(app: App, { services }: Container) {
  app.get('/api/programs/:id/calendars', {
    schema: {
      operationId: 'listProgramCalendars',
      tags,
      summary:
        "A program's working calendars (its own week and holidays, and those some items run on)",
      params: IdParams,
      response: { 200: ProgramCalendarList, ...ErrorResponses },
    },
    handler: async (req) => ({ items: await services.programCalendars.list(req.params.id) }),
  });
  app.post('/api/programs/:id/calendars', {
    schema: {
      operationId: 'createProgramCalendar',
      tags,
      summary:
        'Add a working calendar to a program; PATCH the program with its calendarId to schedule the program on it',
      params: IdParams,
      body: ProgramCalendarCreate,
      response: { 201: ProgramCalendar, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply
        .status(201)
        .send(await services.programCalendars.create(contextOf(req), req.params.id, req.body)),
  });
  app.get('/api/program-calendars/:id', {
    schema: {
      operationId: 'getProgramCalendar',
      tags,
      params: IdParams,
      response: { 200: ProgramCalendar, ...ErrorResponses },
    },
    handler: (req) => services.programCalendars.get(req.params.id),
  });
  app.patch('/api/program-calendars/:id', {
    schema: {
      operationId: 'updateProgramCalendar',
      tags,
      summary: 'Change a calendar: its working week, exceptions, base or time zone',
      params: IdParams,
      body: ProgramCalendarUpdate,
      response: { 200: ProgramCalendar, ...ErrorResponses },
    },
    handler: (req) =>
      services.programCalendars.update(
        contextOf(req),
        req.params.id,
        expectedVersion(req),
        req.body,
      ),
  });
  app.delete('/api/program-calendars/:id', {
    schema: {
      operationId: 'deleteProgramCalendar',
      tags,
      summary:
        'Delete a calendar (409 in_use while the program or items run on it, unless detach=true)',
      params: IdParams,
      querystring: ProgramCalendarDeleteQuery,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    handler: async (req, reply) => {
      await services.programCalendars.remove(
        contextOf(req),
        req.params.id,
        expectedVersion(req),
        req.query.detach === true,
      );
      return reply.status(204).send(null);
    },
  });
}
