import { Type } from 'typebox';
import { ErrorResponses, IdParams, VersionQuery } from '../../../contracts/common.schema.js';
import {
  Holiday,
  HolidayCreate,
  HolidayList,
  HolidayUpdate,
} from '../../../contracts/holiday.schema.js';
import type { Container } from '../../container.js';
import { expectedVersion } from '../../http/expected-version.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['calendars'];

export async function holidayRoutes(app: App, { services }: Container) {
  app.get('/api/holidays', {
    schema: {
      operationId: 'listHolidays',
      tags,
      summary: 'Organization holidays, by day',
      response: { 200: HolidayList, ...ErrorResponses },
    },
    handler: async () => ({ items: await services.holidays.list() }),
  });
  app.post('/api/holidays', {
    schema: {
      operationId: 'createHoliday',
      tags,
      summary: 'Add a holiday: no calendar works that day',
      body: HolidayCreate,
      response: { 201: Holiday, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await services.holidays.create(contextOf(req), req.body)),
  });
  app.patch('/api/holidays/:id', {
    schema: {
      operationId: 'updateHoliday',
      tags,
      summary: 'Rename a holiday or move it to another day',
      params: IdParams,
      body: HolidayUpdate,
      response: { 200: Holiday, ...ErrorResponses },
    },
    handler: (req) =>
      services.holidays.update(contextOf(req), req.params.id, expectedVersion(req), req.body),
  });
  app.delete('/api/holidays/:id', {
    schema: {
      operationId: 'deleteHoliday',
      tags,
      params: IdParams,
      querystring: VersionQuery,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    handler: async (req, reply) => {
      await services.holidays.remove(contextOf(req), req.params.id, expectedVersion(req));
      return reply.status(204).send(null);
    },
  });
}
