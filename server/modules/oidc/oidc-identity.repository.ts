import type { Queryable } from '../../db/database.js';
import type { UserRow } from '../users/user.repository.js';

export async function findUserByIdentity(
  db: Queryable,
  issuer: string,
  subject: string,
): Promise<UserRow | undefined> {
  const r = await db.query<UserRow>(
    `SELECT u.* FROM oidc_identities i JOIN users u ON u.id = i.user_id
      WHERE i.issuer = $1 AND i.subject = $2`,
    [issuer, subject],
  );
  return r.rows[0];
}

export async function linkIdentity(
  db: Queryable,
  issuer: string,
  subject: string,
  userId: string,
): Promise<void> {
  await db.query(
    `INSERT INTO oidc_identities (issuer, subject, user_id) VALUES ($1, $2, $3)
     ON CONFLICT (issuer, subject) DO NOTHING`,
    [issuer, subject, userId],
  );
}
