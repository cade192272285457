import type { Queryable } from '../../db/database.js';
import { enqueueNotificationMail } from '../../jobs/notification-mail.job.js';
import { preferenceKind, preferencesFrom } from './notification-preferences.js';
import {
  insertNotification,
  preferenceRowsOfKind,
  recipient,
  type NotificationInsert,
} from './notification.repository.js';

export type NotifyInput = NotificationInsert;

/**
 * Tells one person something, as their preferences for the kind say: a row for
 * the in-app bell, and an e-mail queued as a job (sent after the commit, never
 * inside the request). Call it inside the transaction of the change it reports,
 * so a rolled-back change notifies nobody. Returns the notification's id, or null
 * when the person receives it in no channel (or their account is closed).
 */
export async function notify(tx: Queryable, n: NotifyInput): Promise<string | null> {
  const to = await recipient(tx, n.userId);
  if (!to?.active) return null;
  const prefs = preferencesFrom(await preferenceRowsOfKind(tx, n.userId, preferenceKind(n.kind)));
  const channels = prefs[preferenceKind(n.kind)];
  const id = channels.in_app ? await insertNotification(tx, n) : null;
  if (channels.email)
    await enqueueNotificationMail(tx, {
      notificationId: id,
      to: { email: to.email, name: to.name },
      kind: n.kind,
      message: n.message,
      link: n.link,
    });
  return id;
}

/** The same news to several people (each once), e.g. the intake's managers. */
export async function notifyUsers(
  tx: Queryable,
  userIds: readonly string[],
  n: { requestId: string | null; kind: string; message: string },
): Promise<void> {
  for (const userId of new Set(userIds))
    await notify(tx, {
      userId,
      kind: n.kind,
      message: n.message,
      requestId: n.requestId,
      subjectKind: n.requestId ? 'request' : null,
      subjectId: n.requestId,
      programId: null,
      link: n.requestId ? `/intake/requests/${n.requestId}` : null,
    });
}
