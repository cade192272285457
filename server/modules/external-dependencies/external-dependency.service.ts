import type {
  ExternalDependency,
  ExternalDependencyCreate,
  ExternalDependencyList,
  ExternalDependencyUpdate,
  PortfolioExternalDependencyListQuery,
  RaidDependencies,
} from '../../../contracts/external-dependency.schema.js';
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
import { listCrossProgramLinks } from './cross-program-link.repository.js';
import {
  EXTERNAL_DEPENDENCY_COLUMNS,
  EXTERNAL_DEPENDENCY_ENTITY,
  findExternalDependency,
  insertExternalDependency,
  listExternalDependencies,
  toExternalDependency,
} from './external-dependency.repository.js';

/** The RAID log's dependencies: outside ones kept here, cross-program ones read from the plans. */
export function createExternalDependencyService(db: Database) {
  return {
    async list(
      programId: string,
      query: Omit<PortfolioExternalDependencyListQuery, 'programId'>,
    ): Promise<ExternalDependencyList> {
      await assertProgramExists(db, programId);
      const rows = await listExternalDependencies(db, { ...query, programId });
      return { items: rows.map(toExternalDependency) };
    },
    /** Every program's, or one program's, leaving out programs the caller may not see. */
    async listPortfolio(
      ctx: RequestContext,
      query: PortfolioExternalDependencyListQuery,
    ): Promise<ExternalDependencyList> {
      const rows = await listExternalDependencies(db, {
        ...query,
        programId: query.programId ?? null,
      });
      const sight = await programSight(
        db,
        ctx.actor,
        rows.map((r) => r.program_id),
      );
      return { items: rows.filter((r) => sight.canRead(r.program_id)).map(toExternalDependency) };
    },
    /** The RAID "D": a link to a program the caller may not see is left out. */
    async raidView(ctx: RequestContext, programId: string): Promise<RaidDependencies> {
      await assertProgramExists(db, programId);
      const [links, external] = await Promise.all([
        listCrossProgramLinks(db, programId),
        listExternalDependencies(db, { programId }),
      ]);
      const sight = await programSight(
        db,
        ctx.actor,
        links.map((l) => l.otherProgramId),
      );
      return {
        crossProgram: links.filter((l) => sight.canRead(l.otherProgramId)),
        external: external.map(toExternalDependency),
      };
    },
    async get(id: string): Promise<ExternalDependency> {
      const row = await findExternalDependency(db, id);
      if (!row) throw new NotFoundError('External dependency', id);
      return toExternalDependency(row);
    },
    async create(
      ctx: RequestContext,
      programId: string,
      input: ExternalDependencyCreate,
    ): Promise<ExternalDependency> {
      return db.transaction(async (tx) => {
        await lockProgramForPlanning(tx, programId);
        await assertRaidReferences(tx, programId, input);
        const id = await insertExternalDependency(tx, programId, input);
        const after = await EXTERNAL_DEPENDENCY_ENTITY.read(tx, id);
        await recordAudit(tx, ctx, {
          entityType: EXTERNAL_DEPENDENCY_ENTITY.auditType,
          entityId: id,
          action: 'create',
          before: null,
          after,
        });
        return after;
      });
    },
    /** Changes only the fields named; `taskIds` replaces the list. */
    async update(
      ctx: RequestContext,
      id: string,
      version: number,
      input: ExternalDependencyUpdate,
    ): Promise<ExternalDependency> {
      return db.transaction((tx) =>
        updateAuditedRow<ExternalDependency, { version: number; program_id: string }>(
          tx,
          ctx,
          EXTERNAL_DEPENDENCY_ENTITY,
          id,
          version,
          columnChanges(input, EXTERNAL_DEPENDENCY_COLUMNS),
          (row) => assertRaidReferences(tx, row.program_id, input),
        ),
      );
    },
    async remove(ctx: RequestContext, id: string, version: number): Promise<void> {
      await db.transaction((tx) =>
        deleteAuditedRow(tx, ctx, EXTERNAL_DEPENDENCY_ENTITY, id, version),
      );
    },
  };
}
export type ExternalDependencyService = ReturnType<typeof createExternalDependencyService>;
