import type { Clock } from '../clock/clock.js';
import type { Queryable } from '../db/database.js';
import type { MailSender } from '../modules/mail/mail-sender.js';
import {
  composeNotificationMail,
  type NotificationMailFacts,
} from '../modules/mail/notification-mail.js';
import { markNotificationEmailed } from '../modules/notifications/notification.repository.js';

export const NOTIFICATION_MAIL_JOB = 'notification_mail';
/** As for account links: graphile-worker's back-off spreads these over about half an hour. */
export const NOTIFICATION_MAIL_ATTEMPTS = 8;

export interface NotificationMailPayload extends NotificationMailFacts {
  /** The in-app row it mirrors (null when the person reads this kind only by e-mail). */
  notificationId: string | null;
}

/** Queued in the transaction of the change, so a rolled-back change sends nothing. */
export async function enqueueNotificationMail(
  tx: Queryable,
  payload: NotificationMailPayload,
): Promise<void> {
  await tx.query(`SELECT graphile_worker.add_job($1, $2::json, max_attempts := $3)`, [
    NOTIFICATION_MAIL_JOB,
    JSON.stringify(payload),
    NOTIFICATION_MAIL_ATTEMPTS,
  ]);
}

/** Sends one notification's e-mail; a failure throws, so the queue tries again later. */
export async function runNotificationMail(
  deps: {
    db: Queryable;
    clock: Clock;
    sender: MailSender | null;
    publicUrl: string | undefined;
    log: { info(msg: string): void; warn(msg: string): void };
  },
  payload: NotificationMailPayload,
): Promise<void> {
  if (!deps.sender) {
    deps.log.info(
      `[mail] not e-mailing a ${payload.kind} notification: WAYMARK_SMTP_URL is not set`,
    );
    return;
  }
  await deps.sender.send(payload.to, composeNotificationMail(payload, deps.publicUrl));
  if (payload.notificationId)
    await markNotificationEmailed(deps.db, payload.notificationId, deps.clock());
  deps.log.info(`[mail] e-mailed a ${payload.kind} notification to ${payload.to.email}`);
}
