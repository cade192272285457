import type { NotificationKind } from '../../../contracts/notification.schema.js';
import type { Queryable } from '../../db/database.js';
import type { PreferenceRow } from './notification-preferences.js';

export interface NotificationRow {
  id: string;
  request_id: string | null;
  kind: string;
  message: string;
  subject_kind: string | null;
  subject_id: string | null;
  program_id: string | null;
  link: string | null;
  created_at: Date;
  read_at: Date | null;
  emailed_at: Date | null;
}

export interface NotificationInsert {
  userId: string;
  kind: string;
  message: string;
  subjectKind: string | null;
  subjectId: string | null;
  programId: string | null;
  link: string | null;
  requestId?: string | null;
}

export async function insertNotification(tx: Queryable, n: NotificationInsert): Promise<string> {
  const r = await tx.query<{ id: string }>(
    `INSERT INTO notifications (user_id, request_id, kind, message, subject_kind, subject_id,
                                program_id, link)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      n.userId,
      n.requestId ?? null,
      n.kind,
      n.message,
      n.subjectKind,
      n.subjectId,
      n.programId,
      n.link,
    ],
  );
  return r.rows[0]!.id;
}

export async function listNotifications(
  db: Queryable,
  userId: string,
  page: { unread: boolean; limit: number; offset: number },
): Promise<{ rows: NotificationRow[]; total: number; unread: number }> {
  const counts = await db.query<{ total: number; unread: number }>(
    `SELECT count(*) FILTER (WHERE NOT $2 OR read_at IS NULL)::int AS total,
            count(*) FILTER (WHERE read_at IS NULL)::int AS unread
       FROM notifications WHERE user_id = $1`,
    [userId, page.unread],
  );
  const r = await db.query<NotificationRow>(
    `SELECT id, request_id, kind, message, subject_kind, subject_id, program_id, link,
            created_at, read_at, emailed_at
       FROM notifications WHERE user_id = $1 AND (NOT $2 OR read_at IS NULL)
      ORDER BY created_at DESC, id LIMIT $3 OFFSET $4`,
    [userId, page.unread, page.limit, page.offset],
  );
  return { rows: r.rows, total: counts.rows[0]!.total, unread: counts.rows[0]!.unread };
}

/** Marks one of the user's notifications read; false when it is not theirs or does not exist. */
export async function markNotificationRead(
  db: Queryable,
  userId: string,
  id: string,
  now: Date,
): Promise<boolean> {
  const r = await db.query(
    'UPDATE notifications SET read_at = coalesce(read_at, $3) WHERE id = $1 AND user_id = $2',
    [id, userId, now],
  );
  return (r.rowCount ?? 0) > 0;
}

export async function markAllNotificationsRead(
  db: Queryable,
  userId: string,
  now: Date,
): Promise<number> {
  const r = await db.query(
    'UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL',
    [userId, now],
  );
  return r.rowCount ?? 0;
}

export async function markNotificationEmailed(db: Queryable, id: string, now: Date) {
  await db.query('UPDATE notifications SET emailed_at = $2 WHERE id = $1', [id, now]);
}

export async function preferenceRows(db: Queryable, userId: string): Promise<PreferenceRow[]> {
  const r = await db.query<PreferenceRow>(
    'SELECT kind, channel, enabled FROM notification_preferences WHERE user_id = $1',
    [userId],
  );
  return r.rows;
}

export async function preferenceRowsOfKind(
  db: Queryable,
  userId: string,
  kind: NotificationKind,
): Promise<PreferenceRow[]> {
  const r = await db.query<PreferenceRow>(
    'SELECT kind, channel, enabled FROM notification_preferences WHERE user_id = $1 AND kind = $2',
    [userId, kind],
  );
  return r.rows;
}

export async function upsertPreferences(
  tx: Queryable,
  userId: string,
  rows: readonly PreferenceRow[],
  now: Date,
): Promise<void> {
  for (const row of rows)
    await tx.query(
      `INSERT INTO notification_preferences (user_id, kind, channel, enabled, updated_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (user_id, kind, channel) DO UPDATE SET enabled = $4, updated_at = $5`,
      [userId, row.kind, row.channel, row.enabled, now],
    );
}

export async function recipient(
  db: Queryable,
  userId: string,
): Promise<{ email: string; name: string; active: boolean; team_id: string | null } | undefined> {
  const r = await db.query<{
    email: string;
    name: string;
    active: boolean;
    team_id: string | null;
  }>('SELECT email, name, active, team_id FROM users WHERE id = $1', [userId]);
  return r.rows[0];
}

/** Managers hear about requests nobody is assigned to. */
export async function managerIds(db: Queryable): Promise<string[]> {
  const r = await db.query<{ id: string }>(
    "SELECT id FROM users WHERE role IN ('tpm_manager', 'admin')",
  );
  return r.rows.map((row) => row.id);
}

/** The Slack incoming webhooks of a program and of a team (either may be absent). */
export async function slackWebhooks(
  db: Queryable,
  where: { programId: string | null; teamId: string | null },
): Promise<string[]> {
  const r = await db.query<{ url: string }>(
    `SELECT slack_webhook_url AS url FROM programs WHERE id = $1 AND slack_webhook_url IS NOT NULL
     UNION
     SELECT slack_webhook_url FROM teams WHERE id = $2 AND slack_webhook_url IS NOT NULL`,
    [where.programId, where.teamId],
  );
  return r.rows.map((row) => row.url);
}
