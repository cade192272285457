import type { ApiToken } from '../../../contracts/account.schema.js';
import type { Database } from '../../db/database.js';
import { NotFoundError, UnauthenticatedError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import { hashSecret, newSecret } from '../auth/secret-token.js';

interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

function toToken(r: TokenRow): ApiToken {
  return {
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    createdAt: r.created_at.toISOString(),
    lastUsedAt: r.last_used_at?.toISOString() ?? null,
    revokedAt: r.revoked_at?.toISOString() ?? null,
  };
}

const COLUMNS = 'id, name, prefix, created_at, last_used_at, revoked_at';

/** API tokens belong to the user who made them and act with that user's role. */
export function createTokenService(db: Database) {
  function actorId(ctx: RequestContext): string {
    if (!ctx.actor) throw new UnauthenticatedError();
    return ctx.actor.id;
  }
  return {
    async create(ctx: RequestContext, name: string): Promise<{ token: ApiToken; secret: string }> {
      const userId = actorId(ctx);
      const secret = newSecret('wmk');
      return db.transaction(async (tx) => {
        const r = await tx.query<TokenRow>(
          `INSERT INTO api_tokens (user_id, name, prefix, token_hash) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
          [userId, name, secret.slice(0, 10), hashSecret(secret)],
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
    async list(ctx: RequestContext): Promise<ApiToken[]> {
      const r = await db.query<TokenRow>(
        `SELECT ${COLUMNS} FROM api_tokens WHERE user_id = $1 ORDER BY created_at DESC`,
        [actorId(ctx)],
      );
      return r.rows.map(toToken);
    },
    async revoke(ctx: RequestContext, id: string): Promise<ApiToken> {
      const userId = actorId(ctx);
      return db.transaction(async (tx) => {
        const before = await tx.query<TokenRow>(
          `SELECT ${COLUMNS} FROM api_tokens WHERE id = $1 AND user_id = $2 FOR UPDATE`,
          [id, userId],
        );
        if (!before.rows[0]) throw new NotFoundError('API token', id);
        const r = await tx.query<TokenRow>(
          `UPDATE api_tokens SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 RETURNING ${COLUMNS}`,
          [id],
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
    },
  };
}
export type TokenService = ReturnType<typeof createTokenService>;
