import type {
  Assumption,
  AssumptionCreate,
  AssumptionList,
  AssumptionUpdate,
  AssumptionStatus,
  PortfolioAssumptionListQuery,
} from '../../../contracts/assumption.schema.js';
import type { Clock } from '../../clock/clock.js';
import type { Database } from '../../db/database.js';
import { columnChanges } from '../../db/versioned-row.js';
import { NotFoundError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { programSight } from '../access/program-sight.js';
import { recordAudit } from '../audit/audit.repository.js';
import { deleteAuditedRow, updateAuditedRow } from '../audit/audited-row.js';
import {
  assertProgramExists,
  lockProgramForPlanning,
} from '../plans/plan-membership.repository.js';
import { assertRaidReferences } from '../raid-log/raid-references.js';
import {
  ASSUMPTION_COLUMNS,
  assumptionEntity,
  findAssumption,
  insertAssumption,
  listAssumptions,
  toAssumption,
} from './assumption.repository.js';

const checked = (status: AssumptionStatus | undefined) =>
  status === 'valid' || status === 'invalid';

/** The RAID log's assumptions; each write audited, `validatedAt` stamped by the clock. */
export function createAssumptionService(db: Database, clock: Clock) {
  const entity = assumptionEntity(clock);
  return {
    async list(programId: string, query: Omit<PortfolioAssumptionListQuery, 'programId'>) {
      await assertProgramExists(db, programId);
      const rows = await listAssumptions(db, { ...query, programId });
      return { items: rows.map((r) => toAssumption(r, clock)) } satisfies AssumptionList;
    },
    /** Every program's, or one program's, leaving out programs the caller may not see. */
    async listPortfolio(
      ctx: RequestContext,
      query: PortfolioAssumptionListQuery,
    ): Promise<AssumptionList> {
      const rows = await listAssumptions(db, { ...query, programId: query.programId ?? null });
      const sight = await programSight(
        db,
        ctx.actor,
        rows.map((r) => r.program_id),
      );
      return {
        items: rows.filter((r) => sight.canRead(r.program_id)).map((r) => toAssumption(r, clock)),
      };
    },
    async get(id: string): Promise<Assumption> {
      const row = await findAssumption(db, id);
      if (!row) throw new NotFoundError('Assumption', id);
      return toAssumption(row, clock);
    },
    async create(
      ctx: RequestContext,
      programId: string,
      input: AssumptionCreate,
    ): Promise<Assumption> {
      return db.transaction(async (tx) => {
        await lockProgramForPlanning(tx, programId);
        await assertRaidReferences(tx, programId, { ownerId: input.ownerId });
        const id = await insertAssumption(
          tx,
          programId,
          input,
          checked(input.status) ? clock() : null,
        );
        const after = await entity.read(tx, id);
        await recordAudit(tx, ctx, {
          entityType: entity.auditType,
          entityId: id,
          action: 'create',
          before: null,
          after,
        });
        return after;
      });
    },
    /** Changes only the fields named; a new status stamps (or clears) `validatedAt`. */
    async update(
      ctx: RequestContext,
      id: string,
      version: number,
      input: AssumptionUpdate,
    ): Promise<Assumption> {
      const changes = columnChanges(input, ASSUMPTION_COLUMNS);
      return db.transaction((tx) =>
        updateAuditedRow<Assumption, { version: number; program_id: string; status: string }>(
          tx,
          ctx,
          entity,
          id,
          version,
          changes,
          async (row) => {
            await assertRaidReferences(tx, row.program_id, { ownerId: input.ownerId });
            if (input.status !== undefined && input.status !== row.status)
              changes.validated_at = checked(input.status) ? clock() : null;
          },
        ),
      );
    },
    async remove(ctx: RequestContext, id: string, version: number): Promise<void> {
      await db.transaction((tx) => deleteAuditedRow(tx, ctx, entity, id, version));
    },
  };
}
export type AssumptionService = ReturnType<typeof createAssumptionService>;
