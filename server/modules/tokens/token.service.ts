import {
  TOKEN_DEFAULT_DAYS,
  TOKEN_MAX_DAYS,
  type ApiToken,
  type ApiTokenCreate,
  type TokenScope,
} from '../../../contracts/account.schema.js';
import type { Clock } from '../../clock/clock.js';
import type { Database } from '../../db/database.js';
import { NotFoundError, UnauthenticatedError, ValidationError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import { requireCredentialOwnerOrAdmin } from '../auth/credential-owner.js';
import { hashSecret, newSecret } from '../auth/secret-token.js';

interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  scope: TokenScope;
  expires_at: Date;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

function toToken(r: TokenRow): ApiToken {
  return {
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    scope: r.scope,
    expiresAt: r.expires_at.toISOString(),
    createdAt: r.created_at.toISOString(),
    lastUsedAt: r.last_used_at?.toISOString() ?? null,
    revokedAt: r.revoked_at?.toISOString() ?? null,
  };
}

const COLUMNS = 'id, name, prefix, scope, expires_at, created_at, last_used_at, revoked_at';
const DAY_MS = 24 * 3600 * 1000;

/** API tokens belong to the user who made them and act with that user's role, within their scope. */
export function createTokenService(db: Database, clock: Clock) {
  function actorId(ctx: RequestContext): string {
    if (!ctx.actor) throw new UnauthenticatedError();
    return ctx.actor.id;
  }
  function expiryOf(input: ApiTokenCreate, now: Date): Date {
    if (input.expiresAt === undefined) return new Date(now.getTime() + TOKEN_DEFAULT_DAYS * DAY_MS);
    const at = new Date(input.expiresAt);
    if (at.getTime() <= now.getTime())
      throw ValidationError.field('body.expiresAt', 'in_past', 'expiresAt must be in the future.');
    if (at.getTime() > now.getTime() + TOKEN_MAX_DAYS * DAY_MS)
      throw ValidationError.field(
        'body.expiresAt',
        'too_far',
        `expiresAt must be at most ${TOKEN_MAX_DAYS} days ahead.`,
      );
    return at;
  }
  async function listOf(userId: string): Promise<ApiToken[]> {
    const r = await db.query<TokenRow>(
      `SELECT ${COLUMNS} FROM api_tokens WHERE user_id = $1 ORDER BY created_at DESC`,
      [userId],
    );
    return r.rows.map(toToken);
  }
  async function revokeOf(ctx: RequestContext, userId: string, id: string): Promise<ApiToken> {
    return db.transaction(async (tx) => {
      const before = await tx.query<TokenRow>(
        `SELECT ${COLUMNS} FROM api_tokens WHERE id = $1 AND user_id = $2 FOR UPDATE`,
        [id, userId],
      );
      if (!before.rows[0]) throw new NotFoundError('API token', id);
      const r = await tx.query<TokenRow>(
        `UPDATE api_tokens SET revoked_at = coalesce(revoked_at, $2) WHERE id = $1 RETURNING ${COLUMNS}`,
        [id, clock()],
      );
      const token = toToken(r.rows[0]!);
      await recordAudit(tx, ctx, {
        entityType: 'api_token',
        entityId: id,
        action: 'revoke',
        before: toToken(before.rows[0]),
        after: token,
      });
      return token;
    });
  }
  return {
    async create(
      ctx: RequestContext,
      input: ApiTokenCreate,
    ): Promise<{ token: ApiToken; secret: string }> {
      const userId = actorId(ctx);
      const now = clock();
      const expiresAt = expiryOf(input, now);
      const secret = newSecret('wmk');
      return db.transaction(async (tx) => {
        const r = await tx.query<TokenRow>(
          `INSERT INTO api_tokens (user_id, name, prefix, token_hash, scope, expires_at, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
          [
            userId,
            input.name,
            secret.slice(0, 10),
            hashSecret(secret),
            input.scope ?? 'write',
            expiresAt,
            now,
          ],
        );
        const token = toToken(r.rows[0]!);
        await recordAudit(tx, ctx, {
          entityType: 'api_token',
          entityId: token.id,
          action: 'create',
          before: null,
          after: token,
        });
        return { token, secret };
      });
    },
    list: (ctx: RequestContext) => listOf(actorId(ctx)),
    revoke: (ctx: RequestContext, id: string) => revokeOf(ctx, actorId(ctx), id),
    /** Anyone's tokens for an admin; your own for everyone. */
    async listFor(ctx: RequestContext, userId: string): Promise<ApiToken[]> {
      requireCredentialOwnerOrAdmin(ctx, userId, 'API tokens');
      return listOf(userId);
    },
    async revokeFor(ctx: RequestContext, userId: string, id: string): Promise<ApiToken> {
      requireCredentialOwnerOrAdmin(ctx, userId, 'API tokens');
      return revokeOf(ctx, userId, id);
    },
  };
}
export type TokenService = ReturnType<typeof createTokenService>;
