import { Type } from 'typebox';
import { CalendarFeed, CalendarFeedParams } from '../../../contracts/calendar-feed.schema.js';
import { ErrorResponses, IdParams } from '../../../contracts/common.schema.js';
import type { Container } from '../../container.js';
import { UnauthenticatedError } from '../../domain-errors.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['calendar-feeds'];

export async function calendarFeedRoutes(app: App, { services }: Container) {
  const feedUrl = (req: { protocol: string; host: string }, token: string) => {
    const path = `/api/feeds/${token}.ics`;
    return { url: `${req.protocol}://${req.host}${path}`, path };
  };
  app.post('/api/programs/:id/calendar-feed', {
    schema: {
      operationId: 'rotateProgramCalendarFeed',
      tags,
      summary:
        "Create (or replace) the secret iCalendar feed URL of the program's milestones; the URL is shown only in this response",
      params: IdParams,
      response: { 201: CalendarFeed, ...ErrorResponses },
    },
    handler: async (req, reply) => {
      const feed = await services.calendarFeeds.rotateProgramFeed(contextOf(req), req.params.id);
      return reply.status(201).send({ ...feedUrl(req, feed.token), createdAt: feed.createdAt });
    },
  });
  app.post('/api/me/calendar-feed', {
    // Anyone signed in may subscribe to their own milestones: it changes no plan data.
    config: { readOnlyRoleMayWrite: true },
    schema: {
      operationId: 'rotateMyCalendarFeed',
      tags,
      summary:
        'Create (or replace) the secret iCalendar feed URL of the milestones you own; the URL is shown only in this response',
      response: { 201: CalendarFeed, ...ErrorResponses },
    },
    handler: async (req, reply) => {
      if (!req.actor) throw new UnauthenticatedError();
      const feed = await services.calendarFeeds.rotatePersonFeed(contextOf(req), req.actor.id);
      return reply.status(201).send({ ...feedUrl(req, feed.token), createdAt: feed.createdAt });
    },
  });
  app.get('/api/feeds/:token.ics', {
    // The secret token in the URL is the credential (calendar clients send no cookies).
    config: { public: true },
    schema: {
      operationId: 'getCalendarFeed',
      tags,
      summary: 'An iCalendar (RFC 5545) feed of milestones, at its secret URL',
      params: CalendarFeedParams,
      produces: ['text/calendar'],
      response: { 200: Type.String({ description: 'text/calendar' }), ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .send(await services.calendarFeeds.render(req.params.token)),
  });
}
