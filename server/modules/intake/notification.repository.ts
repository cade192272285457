import type { Queryable } from '../../db/database.js';

export interface NotificationRow {
  id: string;
  request_id: string | null;
  kind: string;
  message: string;
  created_at: Date;
  read_at: Date | null;
}

export async function notifyUsers(
  tx: Queryable,
  userIds: readonly string[],
  n: { requestId: string | null; kind: string; message: string },
): Promise<void> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  await tx.query(
    `INSERT INTO notifications (user_id, request_id, kind, message)
     SELECT u, $2, $3, $4 FROM unnest($1::uuid[]) AS u`,
    [unique, n.requestId, n.kind, n.message],
  );
}

export async function listNotifications(db: Queryable, userId: string): Promise<NotificationRow[]> {
  const r = await db.query<NotificationRow>(
    'SELECT id, request_id, kind, message, created_at, read_at FROM notifications WHERE user_id = $1 ORDER BY created_at DESC, id LIMIT 200',
    [userId],
  );
  return r.rows;
}

/** Marks one of the user's notifications read; false when it is not theirs or does not exist. */
export async function markNotificationRead(
  db: Queryable,
  userId: string,
  id: string,
): Promise<boolean> {
  const r = await db.query(
    'UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2',
    [id, userId],
  );
  return (r.rowCount ?? 0) > 0;
}

/** Managers hear about requests nobody is assigned to. */
export async function managerIds(db: Queryable): Promise<string[]> {
  const r = await db.query<{ id: string }>(
    "SELECT id FROM users WHERE role IN ('tpm_manager', 'admin')",
  );
  return r.rows.map((row) => row.id);
}
