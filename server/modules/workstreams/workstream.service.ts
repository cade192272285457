import type {
  Workstream,
  WorkstreamCreate,
  WorkstreamUpdate,
} from '../../../contracts/workstream.schema.js';
import type { Database } from '../../db/database.js';
import { columnChanges, lockVersionedRow, updateVersionedRow } from '../../db/versioned-row.js';
import { NotFoundError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import {
  assertProgramExists,
  lockProgramForPlanning,
} from '../plans/plan-membership.repository.js';
import {
  findWorkstream,
  insertWorkstream,
  listWorkstreams,
  toWorkstream,
  WORKSTREAM_COLUMNS,
  type WorkstreamRow,
} from './workstream.repository.js';

export function createWorkstreamService(db: Database) {
  return {
    async list(programId: string): Promise<Workstream[]> {
      await assertProgramExists(db, programId);
      return (await listWorkstreams(db, programId)).map(toWorkstream);
    },
    async get(id: string): Promise<Workstream> {
      const row = await findWorkstream(db, id);
      if (!row) throw new NotFoundError('Workstream', id);
      return toWorkstream(row);
    },
    async create(
      ctx: RequestContext,
      programId: string,
      input: WorkstreamCreate,
    ): Promise<Workstream> {
      return db.transaction(async (tx) => {
        await lockProgramForPlanning(tx, programId);
        const workstream = toWorkstream(await insertWorkstream(tx, programId, input));
        await recordAudit(tx, ctx, {
          entityType: 'workstream',
          entityId: workstream.id,
          action: 'create',
          before: null,
          after: workstream,
        });
        return workstream;
      });
    },
    async update(
      ctx: RequestContext,
      id: string,
      version: number,
      input: WorkstreamUpdate,
    ): Promise<Workstream> {
      return db.transaction(async (tx) => {
        const before = toWorkstream(
          await lockVersionedRow<WorkstreamRow>(tx, 'workstreams', 'Workstream', id, version),
        );
        const after = toWorkstream(
          await updateVersionedRow<WorkstreamRow>(
            tx,
            'workstreams',
            id,
            columnChanges(input, WORKSTREAM_COLUMNS),
          ),
        );
        await recordAudit(tx, ctx, {
          entityType: 'workstream',
          entityId: id,
          action: 'update',
          before,
          after,
        });
        return after;
      });
    },
    /** Its milestones and tasks stay in the program, outside any workstream. */
    async remove(ctx: RequestContext, id: string, version: number): Promise<void> {
      await db.transaction(async (tx) => {
        const before = toWorkstream(
          await lockVersionedRow<WorkstreamRow>(tx, 'workstreams', 'Workstream', id, version),
        );
        await tx.query('DELETE FROM workstreams WHERE id = $1', [id]);
        await recordAudit(tx, ctx, {
          entityType: 'workstream',
          entityId: id,
          action: 'delete',
          before,
          after: null,
        });
      });
    },
  };
}
export type WorkstreamService = ReturnType<typeof createWorkstreamService>;
