import type { Session } from '../../../contracts/account.schema.js';
import type { Clock } from '../../clock/clock.js';
import type { Database, Queryable } from '../../db/database.js';
import { NotFoundError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import { requireCredentialOwnerOrAdmin } from './credential-owner.js';
import { hashSecret } from './secret-token.js';

export const SESSION_DAYS = 14;

/**
 * Opens a browser session for `userId` at `at` (the server clock) and records the
 * sign-in time: password and OpenID Connect sign-in both end here. Returns nothing;
 * the caller holds the secret it hashed.
 */
export async function openSession(
  tx: Queryable,
  session: { secret: string; userId: string; at: Date; userAgent: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO sessions (token_hash, user_id, created_at, expires_at, user_agent)
     VALUES ($1, $2, $3, $3::timestamptz + $4::interval, $5)`,
    [
      hashSecret(session.secret),
      session.userId,
      session.at,
      `${SESSION_DAYS} days`,
      session.userAgent.slice(0, 300),
    ],
  );
  await tx.query('UPDATE users SET last_sign_in_at = $2 WHERE id = $1', [
    session.userId,
    session.at,
  ]);
}

interface SessionRow {
  id: string;
  created_at: Date;
  expires_at: Date;
  user_agent: string;
  token_hash: Buffer;
}

/** Signed-in browser sessions, listed and revoked by their owner or an admin. */
export function createSessionService(db: Database, clock: Clock) {
  function toSession(r: SessionRow, currentSecret: string | undefined): Session {
    return {
      id: r.id,
      createdAt: r.created_at.toISOString(),
      expiresAt: r.expires_at.toISOString(),
      userAgent: r.user_agent,
      current: currentSecret !== undefined && r.token_hash.equals(hashSecret(currentSecret)),
    };
  }
  return {
    async list(
      ctx: RequestContext,
      userId: string,
      currentSecret: string | undefined,
    ): Promise<Session[]> {
      requireCredentialOwnerOrAdmin(ctx, userId, 'sessions');
      const r = await db.query<SessionRow>(
        `SELECT id, created_at, expires_at, user_agent, token_hash FROM sessions
          WHERE user_id = $1 AND expires_at > $2 ORDER BY created_at DESC`,
        [userId, clock()],
      );
      return r.rows.map((row) => toSession(row, currentSecret));
    },
    async revoke(ctx: RequestContext, userId: string, sessionId: string): Promise<void> {
      requireCredentialOwnerOrAdmin(ctx, userId, 'sessions');
      await db.transaction(async (tx) => {
        const r = await tx.query(
          'DELETE FROM sessions WHERE id = $1 AND user_id = $2 RETURNING id',
          [sessionId, userId],
        );
        if (!r.rowCount) throw new NotFoundError('Session', sessionId);
        await recordAudit(tx, ctx, {
          entityType: 'session',
          entityId: userId,
          action: 'revoke',
          before: { sessionId },
          after: null,
        });
      });
    },
  };
}
export type SessionService = ReturnType<typeof createSessionService>;
