import type { Database } from '../../db/database.js';
import { NotFoundError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { listNotifications, markNotificationRead } from './notification.repository.js';

/** In-app notifications: each person reads and clears only their own. */
export function createNotificationService(db: Database) {
  return {
    async list(ctx: RequestContext) {
      const rows = await listNotifications(db, ctx.actor!.id);
      return {
        items: rows.map((n) => ({
          id: n.id,
          requestId: n.request_id,
          kind: n.kind,
          message: n.message,
          createdAt: n.created_at.toISOString(),
          readAt: n.read_at?.toISOString() ?? null,
        })),
      };
    },
    async markRead(ctx: RequestContext, id: string): Promise<void> {
      if (!(await markNotificationRead(db, ctx.actor!.id, id)))
        throw new NotFoundError('Notification', id);
    },
  };
}
