import { systemClock, type Clock } from '../../clock/clock.js';
import { waitInWords } from '../../../contracts/wait-in-words.js';
import type { SignIn, TokenScope, User } from '../../../contracts/account.schema.js';
import type { Database } from '../../db/database.js';
import { RateLimitedError, UnauthenticatedError } from '../../domain-errors.js';
import type { Actor, RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import { findUserByEmail, toUser, type UserRow } from '../users/user.repository.js';
import { verifyPassword } from './password.js';
import { openSession } from './session.service.js';
import { hashSecret, newSecret } from './secret-token.js';
import { createSignInFailureStore } from './sign-in-failure.repository.js';
import {
  createSignInThrottle,
  DEFAULT_SIGN_IN_THROTTLE,
  type SignInThrottle,
} from './sign-in-throttle.js';

export const SESSION_COOKIE = 'waymark_session';
export { SESSION_DAYS } from './session.service.js';

function toActor(r: Pick<UserRow, 'id' | 'email' | 'name' | 'role'>): Actor {
  return { id: r.id, email: r.email, name: r.name, role: r.role };
}

export function createAuthService(
  db: Database,
  clock: Clock = systemClock,
  throttle: SignInThrottle = createSignInThrottle({
    policy: DEFAULT_SIGN_IN_THROTTLE,
    store: createSignInFailureStore(db),
    now: () => clock().getTime(),
  }),
) {
  return {
    /** `clientAddress` is the caller's IP address (IPv6 cut to its /64), for counting failed attempts. */
    async signIn(
      ctx: RequestContext,
      input: SignIn,
      clientAddress: string,
      userAgent = '',
    ): Promise<{ user: User; sessionSecret: string }> {
      const attempt = { email: input.email, address: clientAddress };
      const waitMs = await throttle.waitBefore(attempt);
      if (waitMs > 0) {
        throw new RateLimitedError(
          `Too many failed sign-ins; try again in ${waitInWords(waitMs / 1000)}.`,
          Math.ceil(waitMs / 1000),
        );
      }
      const row = await findUserByEmail(db, input.email);
      const ok = await verifyPassword(row?.password_hash ?? null, input.password);
      if (!row || !ok) {
        await throttle.recordFailure(attempt);
        throw new UnauthenticatedError('E-mail or password is wrong.');
      }
      await throttle.recordSuccess(attempt);
      // Said only to someone who knows the password, so it reveals nothing to a guesser.
      if (!row.active)
        throw new UnauthenticatedError(
          'This account is deactivated; ask an admin to reactivate it.',
        );
      const sessionSecret = newSecret('wms');
      const signedInAt = clock();
      const user = { ...toUser(row), lastSignInAt: signedInAt.toISOString() };
      await db.transaction(async (tx) => {
        await openSession(tx, {
          secret: sessionSecret,
          userId: row.id,
          at: signedInAt,
          userAgent,
        });
        await recordAudit(
          tx,
          { ...ctx, actor: toActor(row) },
          {
            entityType: 'session',
            entityId: row.id,
            action: 'sign_in',
            before: null,
            after: { userId: row.id },
          },
        );
      });
      return { user, sessionSecret };
    },

    async signOut(ctx: RequestContext, sessionSecret: string): Promise<void> {
      await db.transaction(async (tx) => {
        const r = await tx.query('DELETE FROM sessions WHERE token_hash = $1 RETURNING user_id', [
          hashSecret(sessionSecret),
        ]);
        if (r.rowCount) {
          await recordAudit(tx, ctx, {
            entityType: 'session',
            entityId: ctx.actor?.id ?? '',
            action: 'sign_out',
            before: null,
            after: null,
          });
        }
      });
    },

    async actorFromSession(sessionSecret: string): Promise<Actor | null> {
      const r = await db.query<UserRow>(
        `SELECT u.* FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.active`,
        [hashSecret(sessionSecret), clock()],
      );
      return r.rows[0] ? toActor(r.rows[0]) : null;
    },

    async actorFromApiToken(secret: string): Promise<Actor | null> {
      const now = clock();
      const r = await db.query<UserRow & { scope: TokenScope }>(
        `UPDATE api_tokens t SET last_used_at = $2 FROM users u
          WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > $2
            AND u.id = t.user_id AND u.active
          RETURNING u.id, u.email, u.name, u.role, t.scope`,
        [hashSecret(secret), now],
      );
      const row = r.rows[0];
      return row ? { ...toActor(row), tokenScope: row.scope } : null;
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
