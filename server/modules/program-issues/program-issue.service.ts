import type {
  IssueStatus,
  PortfolioIssueListQuery,
  ProgramIssue,
  ProgramIssueCreate,
  ProgramIssueList,
  ProgramIssueUpdate,
} from '../../../contracts/program-issue.schema.js';
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
  findProgramIssue,
  insertProgramIssue,
  listProgramIssues,
  PROGRAM_ISSUE_COLUMNS,
  PROGRAM_ISSUE_ENTITY,
  toProgramIssue,
} from './program-issue.repository.js';

const settled = (status: IssueStatus | string | undefined) =>
  status === 'resolved' || status === 'closed';

/** The RAID log's issues; each write audited, `resolvedAt` stamped by the clock. */
export function createProgramIssueService(db: Database, clock: Clock) {
  return {
    async list(
      programId: string,
      query: Omit<PortfolioIssueListQuery, 'programId'>,
    ): Promise<ProgramIssueList> {
      await assertProgramExists(db, programId);
      return { items: (await listProgramIssues(db, { ...query, programId })).map(toProgramIssue) };
    },
    /** Every program's, or one program's, leaving out programs the caller may not see. */
    async listPortfolio(
      ctx: RequestContext,
      query: PortfolioIssueListQuery,
    ): Promise<ProgramIssueList> {
      const rows = await listProgramIssues(db, { ...query, programId: query.programId ?? null });
      const sight = await programSight(
        db,
        ctx.actor,
        rows.map((r) => r.program_id),
      );
      return { items: rows.filter((r) => sight.canRead(r.program_id)).map(toProgramIssue) };
    },
    async get(id: string): Promise<ProgramIssue> {
      const row = await findProgramIssue(db, id);
      if (!row) throw new NotFoundError('Issue', id);
      return toProgramIssue(row);
    },
    async create(
      ctx: RequestContext,
      programId: string,
      input: ProgramIssueCreate,
    ): Promise<ProgramIssue> {
      return db.transaction(async (tx) => {
        await lockProgramForPlanning(tx, programId);
        await assertRaidReferences(tx, programId, input);
        const id = await insertProgramIssue(
          tx,
          programId,
          input,
          settled(input.status) ? clock() : null,
        );
        const after = await PROGRAM_ISSUE_ENTITY.read(tx, id);
        await recordAudit(tx, ctx, {
          entityType: PROGRAM_ISSUE_ENTITY.auditType,
          entityId: id,
          action: 'create',
          before: null,
          after,
        });
        return after;
      });
    },
    /**
     * Changes only the fields named; the lists replace theirs. Becoming resolved or
     * closed stamps `resolvedAt` (kept from resolved to closed); reopening clears it.
     */
    async update(
      ctx: RequestContext,
      id: string,
      version: number,
      input: ProgramIssueUpdate,
    ): Promise<ProgramIssue> {
      const changes = columnChanges(input, PROGRAM_ISSUE_COLUMNS);
      return db.transaction((tx) =>
        updateAuditedRow<ProgramIssue, { version: number; program_id: string; status: string }>(
          tx,
          ctx,
          PROGRAM_ISSUE_ENTITY,
          id,
          version,
          changes,
          async (row) => {
            await assertRaidReferences(tx, row.program_id, input);
            if (input.status !== undefined && settled(input.status) !== settled(row.status))
              changes.resolved_at = settled(input.status) ? clock() : null;
          },
        ),
      );
    },
    async remove(ctx: RequestContext, id: string, version: number): Promise<void> {
      await db.transaction((tx) => deleteAuditedRow(tx, ctx, PROGRAM_ISSUE_ENTITY, id, version));
    },
  };
}
export type ProgramIssueService = ReturnType<typeof createProgramIssueService>;
