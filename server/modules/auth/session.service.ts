import type { Session } from '../../../contracts/account.schema.js';
import type { Clock } from '../../clock/clock.js';
import type { Database } from '../../db/database.js';
import { NotFoundError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import { requireCredentialOwnerOrAdmin } from './credential-owner.js';
import { hashSecret } from './secret-token.js';

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
