import type {
  Workstream,
  WorkstreamCreate,
  WorkstreamUpdate,
} from '../../../contracts/workstream.schema.js';
import type { Database } from '../../db/database.js';
import { deleteAuditedRow, updateAuditedRow } from '../audit/audited-row.js';
import { columnChanges } from '../../db/versioned-row.js';
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
  WORKSTREAM_ENTITY,
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
      const changes = columnChanges(input, WORKSTREAM_COLUMNS);
      return db.transaction((tx) =>
        updateAuditedRow(tx, ctx, WORKSTREAM_ENTITY, id, version, changes),
      );
    },
    /** Its milestones and tasks stay in the program, outside any workstream. */
    async remove(ctx: RequestContext, id: string, version: number): Promise<void> {
      await db.transaction((tx) => deleteAuditedRow(tx, ctx, WORKSTREAM_ENTITY, id, version));
    },
  };
}
export type WorkstreamService = ReturnType<typeof createWorkstreamService>;
