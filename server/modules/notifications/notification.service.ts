import type {
  Notification,
  NotificationPage,
  NotificationPreferences,
  NotificationPreferencesUpdate,
  NotificationQuery,
} from '../../../contracts/notification.schema.js';
import type { Clock } from '../../clock/clock.js';
import type { Database } from '../../db/database.js';
import { NotFoundError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { preferenceRowsOf, preferencesFrom } from './notification-preferences.js';
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  preferenceRows,
  upsertPreferences,
  type NotificationRow,
} from './notification.repository.js';

const toNotification = (n: NotificationRow): Notification => ({
  id: n.id,
  kind: n.kind,
  message: n.message,
  subjectKind: n.subject_kind,
  subjectId: n.subject_id,
  programId: n.program_id,
  link: n.link,
  requestId: n.request_id,
  createdAt: n.created_at.toISOString(),
  readAt: n.read_at?.toISOString() ?? null,
  emailedAt: n.emailed_at?.toISOString() ?? null,
});

/** In-app notifications and preferences: each person reads and changes only their own. */
export function createNotificationService(db: Database, clock: Clock) {
  return {
    async list(ctx: RequestContext, query: NotificationQuery = {}): Promise<NotificationPage> {
      const limit = query.limit ?? 50;
      const offset = query.offset ?? 0;
      const page = await listNotifications(db, ctx.actor!.id, {
        unread: query.unread ?? false,
        limit,
        offset,
      });
      return {
        items: page.rows.map(toNotification),
        total: page.total,
        limit,
        offset,
        unreadCount: page.unread,
      };
    },
    async markRead(ctx: RequestContext, id: string): Promise<void> {
      if (!(await markNotificationRead(db, ctx.actor!.id, id, clock())))
        throw new NotFoundError('Notification', id);
    },
    async markAllRead(ctx: RequestContext): Promise<{ marked: number }> {
      return { marked: await markAllNotificationsRead(db, ctx.actor!.id, clock()) };
    },
    async preferences(ctx: RequestContext): Promise<NotificationPreferences> {
      return preferencesFrom(await preferenceRows(db, ctx.actor!.id));
    },
    /** Stores the choices named; the others keep theirs. */
    async setPreferences(
      ctx: RequestContext,
      update: NotificationPreferencesUpdate,
    ): Promise<NotificationPreferences> {
      await db.transaction((tx) =>
        upsertPreferences(tx, ctx.actor!.id, preferenceRowsOf(update), clock()),
      );
      return this.preferences(ctx);
    },
  };
}
