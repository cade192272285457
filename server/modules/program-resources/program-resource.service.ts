import type {
  ProgramResource,
  ProgramResourceUpdate,
} from '../../../contracts/program-resource.schema.js';
import type { Database } from '../../db/database.js';
import { columnChanges } from '../../db/versioned-row.js';
import { NotFoundError, ValidationError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { deleteAuditedRow, updateAuditedRow } from '../audit/audited-row.js';
import { assertInProgram, assertProgramExists } from '../plans/plan-membership.repository.js';
import {
  findProgramResource,
  listProgramResources,
  moveAssignmentsToPerson,
  PROGRAM_RESOURCE_COLUMNS,
  PROGRAM_RESOURCE_ENTITY,
  toProgramResource,
} from './program-resource.repository.js';

/**
 * A program's resources from plan files. Linking one to a person (userId) makes its
 * assignments theirs, in the same transaction; deleting one takes its kept assignments
 * with it (a linked person's task assignments stay theirs).
 */
export function createProgramResourceService(db: Database) {
  return {
    async list(programId: string): Promise<ProgramResource[]> {
      await assertProgramExists(db, programId);
      return (await listProgramResources(db, programId)).map(toProgramResource);
    },
    async get(id: string): Promise<ProgramResource> {
      const row = await findProgramResource(db, id);
      if (!row) throw new NotFoundError('Resource', id);
      return toProgramResource(row);
    },
    async update(
      ctx: RequestContext,
      id: string,
      version: number,
      input: ProgramResourceUpdate,
    ): Promise<ProgramResource> {
      const changes: Record<string, unknown> = columnChanges(input, PROGRAM_RESOURCE_COLUMNS);
      if (input.userId !== undefined) changes.user_id = input.userId;
      return db.transaction(async (tx) => {
        const row = await findProgramResource(tx, id);
        if (!row) throw new NotFoundError('Resource', id);
        await assertInProgram(tx, 'calendar', input.calendarId, row.program_id, 'body.calendarId');
        if (input.userId !== undefined) {
          const person = await tx.query('SELECT 1 FROM users WHERE id = $1 AND active', [
            input.userId,
          ]);
          if (person.rowCount === 0)
            throw ValidationError.field('body.userId', 'not_found', 'is not an active account');
          if (row.user_id !== null && row.user_id !== input.userId)
            throw ValidationError.field(
              'body.userId',
              'linked',
              'the resource is already linked to another person',
            );
        }
        const updated = await updateAuditedRow(
          tx,
          ctx,
          PROGRAM_RESOURCE_ENTITY,
          id,
          version,
          changes,
        );
        if (input.userId !== undefined) {
          await moveAssignmentsToPerson(tx, id, input.userId);
          return PROGRAM_RESOURCE_ENTITY.read(tx, id);
        }
        return updated;
      });
    },
    async remove(ctx: RequestContext, id: string, version: number): Promise<void> {
      await db.transaction((tx) => deleteAuditedRow(tx, ctx, PROGRAM_RESOURCE_ENTITY, id, version));
    },
  };
}
export type ProgramResourceService = ReturnType<typeof createProgramResourceService>;
