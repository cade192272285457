import type {
  AccountLinkEmail,
  AccountLinkPurpose,
  User,
  UserInvite,
} from '../../../contracts/account.schema.js';
import type { Clock } from '../../clock/clock.js';
import type { Database, Queryable } from '../../db/database.js';
import { DomainError, DuplicateError, ForbiddenError, NotFoundError } from '../../domain-errors.js';
import { enqueueAccountLinkMail } from '../../jobs/account-link-mail.job.js';
import type { RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import { hashPassword } from '../auth/password.js';
import { hashSecret, newSecret } from '../auth/secret-token.js';
import {
  findUserByEmail,
  findUserById,
  insertUser,
  toUser,
  type UserRow,
} from './user.repository.js';

export const ACCOUNT_LINK_DAYS = 7;
const DAY_MS = 24 * 3600 * 1000;

interface LinkRow {
  id: string;
  user_id: string;
  purpose: AccountLinkPurpose;
  expires_at: Date;
  closed_at: Date | null;
}

/** What an admin gets back: the secret appears only here (and in the queued e-mail), inside the link. */
export interface IssuedLink {
  user: User;
  purpose: AccountLinkPurpose;
  url: string;
  expiresAt: string;
  email: AccountLinkEmail;
}

function unusable(message: string): DomainError {
  return new DomainError('link_unusable', message, [
    { path: 'body.token', code: 'link_unusable', message },
  ]);
}

function requireAdmin(ctx: RequestContext, what: string): void {
  if (ctx.actor?.role !== 'admin') throw new ForbiddenError(`Only an admin can ${what}.`);
}

/**
 * Invitation and password-reset links: a 256-bit secret stored as its SHA-256,
 * valid for 7 days and once. A newer link for the same person replaces the older.
 * With `emailLinks` (WAYMARK_SMTP_URL set) each link is also queued for e-mail.
 */
export function createAccountLinkService(
  db: Database,
  clock: Clock,
  options: { emailLinks: boolean } = { emailLinks: false },
) {
  /** `origin`: where the admin reached Waymark; the secret goes after `#`, which browsers never send, so it stays out of request logs. */
  async function issue(
    tx: Queryable,
    ctx: RequestContext,
    user: UserRow,
    purpose: AccountLinkPurpose,
    origin: string,
  ): Promise<IssuedLink> {
    const now = clock();
    const expiresAt = new Date(now.getTime() + ACCOUNT_LINK_DAYS * DAY_MS);
    const secret = newSecret('wml');
    await tx.query(
      'UPDATE account_links SET closed_at = $2 WHERE user_id = $1 AND closed_at IS NULL',
      [user.id, now],
    );
    const r = await tx.query<{ id: string }>(
      `INSERT INTO account_links (user_id, purpose, token_hash, created_by, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [user.id, purpose, hashSecret(secret), ctx.actor?.id ?? null, now, expiresAt],
    );
    await recordAudit(tx, ctx, {
      entityType: 'account_link',
      entityId: r.rows[0]!.id,
      action: purpose === 'invitation' ? 'invite' : 'password_reset_link',
      before: null,
      after: { userId: user.id, purpose, expiresAt: expiresAt.toISOString() },
    });
    const url = `${origin}/invitation#${secret}`;
    if (options.emailLinks)
      await enqueueAccountLinkMail(tx, user.id, {
        linkId: r.rows[0]!.id,
        purpose,
        to: { email: user.email, name: user.name },
        sentBy: ctx.actor?.name ?? 'A Waymark admin',
        url,
        expiresAt: expiresAt.toISOString(),
      });
    return {
      user: toUser(user),
      purpose,
      url,
      expiresAt: expiresAt.toISOString(),
      email: options.emailLinks ? 'queued' : 'not_configured',
    };
  }

  async function openLink(tx: Queryable, token: string): Promise<LinkRow> {
    const r = await tx.query<LinkRow>(
      'SELECT id, user_id, purpose, expires_at, closed_at FROM account_links WHERE token_hash = $1 FOR UPDATE',
      [hashSecret(token)],
    );
    const link = r.rows[0];
    if (!link) throw unusable('This link is not valid; check that it was copied whole.');
    if (link.closed_at)
      throw unusable(
        'This link was already used or replaced by a newer one; ask an admin for a new link.',
      );
    if (link.expires_at.getTime() <= clock().getTime())
      throw unusable('This link has expired; ask an admin for a new one.');
    return link;
  }

  return {
    /**
     * An inactive account with the role given, and its invitation link. Inviting
     * the e-mail of someone invited before (who has not accepted) issues a new link.
     */
    async invite(ctx: RequestContext, input: UserInvite, origin: string): Promise<IssuedLink> {
      requireAdmin(ctx, 'invite people');
      return db.transaction(async (tx) => {
        const existing = await findUserByEmail(tx, input.email);
        if (existing && (existing.active || existing.password_hash !== null))
          throw new DuplicateError('body.email', `${input.email} already has an account.`);
        const user =
          existing ?? (await insertUser(tx, { ...input, passwordHash: null, active: false }));
        if (!existing) {
          await recordAudit(tx, ctx, {
            entityType: 'user',
            entityId: user.id,
            action: 'create',
            before: null,
            after: toUser(user),
          });
        }
        return issue(tx, ctx, user, 'invitation', origin);
      });
    },

    async passwordReset(ctx: RequestContext, userId: string, origin: string): Promise<IssuedLink> {
      requireAdmin(ctx, 'make password-reset links');
      return db.transaction(async (tx) => {
        const user = await findUserById(tx, userId);
        if (!user) throw new NotFoundError('User', userId);
        if (!user.active)
          throw new ForbiddenError(
            `${user.name}'s account is not active: reactivate it first, or invite them again.`,
          );
        return issue(tx, ctx, user, 'password_reset', origin);
      });
    },

    /** Who a link is for, so the page can greet them; changes nothing. */
    async inspect(token: string) {
      const link = await openLink(db, token);
      const user = (await findUserById(db, link.user_id))!;
      return {
        email: user.email,
        name: user.name,
        purpose: link.purpose,
        expiresAt: link.expires_at.toISOString(),
      };
    },

    /**
     * Sets the password; an invitation also activates the account. A reset ends
     * the person's other sessions (whoever knew the old password is signed out).
     */
    async accept(ctx: RequestContext, token: string, password: string) {
      const passwordHash = await hashPassword(password);
      return db.transaction(async (tx) => {
        const link = await openLink(tx, token);
        const user = (await findUserById(tx, link.user_id))!;
        if (link.purpose === 'password_reset' && !user.active)
          throw unusable('This account was deactivated; ask an admin.');
        const now = clock();
        await tx.query('UPDATE account_links SET closed_at = $2 WHERE id = $1', [link.id, now]);
        await tx.query(
          `UPDATE users SET password_hash = $2, active = active OR $3, version = version + 1, updated_at = $4 WHERE id = $1`,
          [user.id, passwordHash, link.purpose === 'invitation', now],
        );
        if (link.purpose === 'password_reset')
          await tx.query('DELETE FROM sessions WHERE user_id = $1', [user.id]);
        await recordAudit(
          tx,
          { ...ctx, actor: { id: user.id, email: user.email, name: user.name, role: user.role } },
          {
            entityType: 'account_link',
            entityId: link.id,
            action: link.purpose === 'invitation' ? 'accept_invitation' : 'reset_password',
            before: null,
            after: { userId: user.id },
          },
        );
        return { email: user.email, name: user.name, purpose: link.purpose };
      });
    },
  };
}
export type AccountLinkService = ReturnType<typeof createAccountLinkService>;
