import type { User, UserCreate } from '../../../contracts/account.schema.js';
import type { Database } from '../../db/database.js';
import { ForbiddenError, NotFoundError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import { hashPassword } from '../auth/password.js';
import { findUserById, insertUser, listUsers, toUser } from './user.repository.js';

export function createUserService(db: Database) {
  return {
    async list(): Promise<User[]> {
      return (await listUsers(db)).map(toUser);
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
  };
}
export type UserService = ReturnType<typeof createUserService>;
