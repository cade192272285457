import type {
  ProgramMember,
  ProgramMemberList,
  ProgramMemberSet,
} from '../../../contracts/program-member.schema.js';
import type { Clock } from '../../clock/clock.js';
import type { Database } from '../../db/database.js';
import { DomainError, NotFoundError, UnauthenticatedError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { programAccess } from '../access/program-access-policy.js';
import { recordAudit } from '../audit/audit.repository.js';
import {
  countOwners,
  deleteMember,
  findMember,
  listMembers,
  lockProgram,
  programVisibility,
  upsertMember,
} from './program-member.repository.js';

class LastOwnerError extends DomainError {
  constructor(what: string, path: string) {
    super('last_owner', `${what} is the program’s last owner: make someone else an owner first.`, [
      { path, code: 'last_owner', message: 'the program’s last owner' },
    ]);
  }
}

/**
 * Who may see and change a program. The route's permission rule has already
 * checked that the caller may read (list) or own (change) the program.
 */
export function createProgramMemberService(db: Database, clock: Clock) {
  return {
    async list(ctx: RequestContext, programId: string): Promise<ProgramMemberList> {
      if (!ctx.actor) throw new UnauthenticatedError();
      const program = await programVisibility(db, programId);
      if (!program) throw new NotFoundError('Program', programId);
      const items = await listMembers(db, programId);
      const mine = items.find((m) => m.userId === ctx.actor!.id)?.role ?? null;
      const { canRead: _, ...you } = programAccess(ctx.actor.role, program.visibility, mine);
      return { items, you };
    },

    /** Adds a member, or changes a member's role; returns the member and whether it is new. */
    async set(
      ctx: RequestContext,
      programId: string,
      body: ProgramMemberSet,
    ): Promise<{ member: ProgramMember; created: boolean }> {
      return db.transaction(async (tx) => {
        if (!(await lockProgram(tx, programId))) throw new NotFoundError('Program', programId);
        const user = await tx.query('SELECT 1 FROM users WHERE id = $1', [body.userId]);
        if (user.rowCount === 0) throw new NotFoundError('User', body.userId, 'body.userId');
        const before = await findMember(tx, programId, body.userId, true);
        if (
          before?.role === 'owner' &&
          body.role !== 'owner' &&
          (await countOwners(tx, programId)) === 1
        )
          throw new LastOwnerError(before.name, 'body.userId');
        await upsertMember(tx, programId, body.userId, body.role, clock());
        const member = (await findMember(tx, programId, body.userId))!;
        if (before?.role !== member.role)
          await recordAudit(tx, ctx, {
            entityType: 'program_member',
            entityId: `${programId}/${body.userId}`,
            action: before ? 'update' : 'create',
            before: before ?? null,
            after: member,
          });
        return { member, created: !before };
      });
    },

    async remove(ctx: RequestContext, programId: string, userId: string): Promise<void> {
      await db.transaction(async (tx) => {
        if (!(await lockProgram(tx, programId))) throw new NotFoundError('Program', programId);
        const before = await findMember(tx, programId, userId, true);
        if (!before)
          throw new NotFoundError(`Member of program ${programId}:`, userId, 'params.userId');
        if (before.role === 'owner' && (await countOwners(tx, programId)) === 1)
          throw new LastOwnerError(before.name, 'params.userId');
        await deleteMember(tx, programId, userId);
        await recordAudit(tx, ctx, {
          entityType: 'program_member',
          entityId: `${programId}/${userId}`,
          action: 'delete',
          before,
          after: null,
        });
      });
    },
  };
}
