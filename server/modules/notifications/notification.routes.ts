import { Type } from 'typebox';
import { ErrorResponses, IdParams } from '../../../contracts/common.schema.js';
import {
  NotificationPage,
  NotificationPreferences,
  NotificationPreferencesUpdate,
  NotificationQuery,
  ReadAllResult,
  SlackSettings,
} from '../../../contracts/notification.schema.js';
import type { Container } from '../../container.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['notifications'];

export async function notificationRoutes(app: App, { services }: Container) {
  app.get('/api/notifications', {
    schema: {
      operationId: 'listNotifications',
      tags,
      summary: 'My in-app notifications, newest first, with how many are unread',
      querystring: NotificationQuery,
      response: { 200: NotificationPage, ...ErrorResponses },
    },
    handler: (req) => services.notifications.list(contextOf(req), req.query),
  });
  app.post('/api/notifications/:id/read', {
    schema: {
      operationId: 'markNotificationRead',
      tags,
      params: IdParams,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    handler: async (req, reply) => {
      await services.notifications.markRead(contextOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  });
  app.post('/api/notifications/read-all', {
    schema: {
      operationId: 'markAllNotificationsRead',
      tags,
      summary: 'Mark every one of my notifications read',
      response: { 200: ReadAllResult, ...ErrorResponses },
    },
    handler: (req) => services.notifications.markAllRead(contextOf(req)),
  });
  app.get('/api/me/notification-preferences', {
    schema: {
      operationId: 'getNotificationPreferences',
      tags,
      summary: 'Which kinds of notification reach me, in the app and by e-mail',
      response: { 200: NotificationPreferences, ...ErrorResponses },
    },
    handler: (req) => services.notifications.preferences(contextOf(req)),
  });
  app.put('/api/me/notification-preferences', {
    schema: {
      operationId: 'setNotificationPreferences',
      tags,
      summary: 'Change my notification preferences (only the kinds and channels named)',
      body: NotificationPreferencesUpdate,
      response: { 200: NotificationPreferences, ...ErrorResponses },
    },
    handler: (req) => services.notifications.setPreferences(contextOf(req), req.body),
  });
  for (const owner of ['program', 'team'] as const) {
    const noun = owner === 'program' ? 'Program' : 'Team';
    app.get(`/api/${owner}s/:id/notification-settings`, {
      schema: {
        operationId: `get${noun}NotificationSettings`,
        tags,
        summary: `Where the ${owner}'s events are posted in Slack`,
        params: IdParams,
        response: { 200: SlackSettings, ...ErrorResponses },
      },
      handler: (req) => services.slackSettings.get(owner, req.params.id),
    });
    app.put(`/api/${owner}s/:id/notification-settings`, {
      schema: {
        operationId: `set${noun}NotificationSettings`,
        tags,
        summary: `Post the ${owner}'s events (action items overdue, decisions needed) to a Slack incoming webhook`,
        params: IdParams,
        body: SlackSettings,
        response: { 200: SlackSettings, ...ErrorResponses },
      },
      handler: (req) => services.slackSettings.set(contextOf(req), owner, req.params.id, req.body),
    });
  }
}
