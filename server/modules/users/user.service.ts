import {
  ROLE_RANK,
  type User,
  type UserCreate,
  type UserUpdate,
} from '../../../contracts/account.schema.js';
import type { Clock } from '../../clock/clock.js';
import type { Database, Queryable } from '../../db/database.js';
import { columnChanges, lockVersionedRow, updateVersionedRow } from '../../db/versioned-row.js';
import { ForbiddenError, NotFoundError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import { hashPassword } from '../auth/password.js';
import { findUserById, insertUser, listUsers, toUser, type UserRow } from './user.repository.js';

/**
 * Stops everything a person holds at once: their sessions end, their tokens are
 * revoked and their open links closed. Their data (plans, audit rows) stays.
 */
export async function endCredentialsOf(tx: Queryable, userId: string, now: Date): Promise<void> {
  await tx.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
  await tx.query(
    'UPDATE api_tokens SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL',
    [userId, now],
  );
  await tx.query(
    'UPDATE account_links SET closed_at = $2 WHERE user_id = $1 AND closed_at IS NULL',
    [userId, now],
  );
}

/** Who may send this update, decided before the version or the row is looked at. */
function checkMayUpdate(ctx: RequestContext, id: string, input: UserUpdate): void {
  const actor = ctx.actor;
  const self = actor?.id === id;
  if (self && input.role !== undefined && ROLE_RANK[input.role] > ROLE_RANK[actor.role])
    throw new ForbiddenError('You cannot raise your own role; ask an admin.');
  if (actor?.role !== 'admin') throw new ForbiddenError('Only an admin can change accounts.');
}

/** An admin changing themselves could leave nobody able to administer Waymark. */
function checkSelfChange(ctx: RequestContext, target: UserRow, input: UserUpdate): void {
  if (ctx.actor?.id !== target.id) return;
  if (input.role !== undefined && input.role !== target.role)
    throw new ForbiddenError('You cannot change your own role; ask another admin.');
  if (input.active === false)
    throw new ForbiddenError('You cannot deactivate your own account; ask another admin.');
}

export function createUserService(db: Database, clock: Clock) {
  return {
    /**
     * Everyone signed in may pick a colleague (an owner, a member); only admins see
     * accounts that are deactivated or still invited, and when each person last signed in.
     */
    async list(ctx: RequestContext): Promise<User[]> {
      const users = (await listUsers(db)).map(toUser);
      if (ctx.actor?.role === 'admin') return users;
      return users.filter((u) => u.active).map((u) => ({ ...u, lastSignInAt: null }));
    },
    async get(id: string): Promise<User> {
      const row = await findUserById(db, id);
      if (!row) throw new NotFoundError('User', id);
      return toUser(row);
    },
    async create(ctx: RequestContext, input: UserCreate): Promise<User> {
      if (ctx.actor?.role !== 'admin')
        throw new ForbiddenError('Only an admin can create accounts.');
      const passwordHash = await hashPassword(input.password);
      return db.transaction(async (tx) => {
        const row = await insertUser(tx, { ...input, passwordHash });
        const user = toUser(row);
        await recordAudit(tx, ctx, {
          entityType: 'user',
          entityId: user.id,
          action: 'create',
          before: null,
          after: user,
        });
        return user;
      });
    },
    /**
     * Admins only; changes just the fields named, at the version the client read
     * (`version` is asked for only once the caller may update at all).
     */
    async update(
      ctx: RequestContext,
      id: string,
      version: () => number,
      input: UserUpdate,
    ): Promise<User> {
      checkMayUpdate(ctx, id, input);
      const expected = version();
      return db.transaction(async (tx) => {
        const row = await lockVersionedRow<UserRow>(tx, 'users', 'User', id, expected);
        checkSelfChange(ctx, row, input);
        const before = toUser(row);
        const changes = columnChanges(input, { name: 'name', role: 'role', active: 'active' });
        const after = toUser(await updateVersionedRow<UserRow>(tx, 'users', id, changes));
        if (before.active && !after.active) await endCredentialsOf(tx, id, clock());
        await recordAudit(tx, ctx, {
          entityType: 'user',
          entityId: id,
          action:
            before.active === after.active ? 'update' : after.active ? 'reactivate' : 'deactivate',
          before,
          after,
        });
        return after;
      });
    },
  };
}
export type UserService = ReturnType<typeof createUserService>;
