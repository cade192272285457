import { HIDDEN_PROGRAM_NAME, programSight } from '../access/program-sight.js';
import type { Issue } from '../../../contracts/common.schema.js';
import type {
  HeadcountPlan,
  HeadcountRole,
  HeadcountRoleCreate,
  HeadcountRoleUpdate,
  StaffingNeed,
  StaffingNeedCreate,
  StaffingNeedUpdate,
} from '../../../contracts/headcount.schema.js';
import {
  fiscalQuarterOf,
  headcountGaps,
  intakeDemand,
  quartersOfFiscalYear,
} from '../../../engine/headcount/index.js';
import type { Database, Queryable } from '../../db/database.js';
import { columnChanges } from '../../db/versioned-row.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import { deleteAuditedRow, updateAuditedRow } from '../audit/audited-row.js';
import {
  acceptedIntakeRequests,
  findNeed,
  findRole,
  listNeeds,
  listRoles,
  NEED_COLUMNS,
  NEED_ENTITY,
  ROLE_COLUMNS,
  ROLE_ENTITY,
  staffFte,
} from './headcount.repository.js';

/** A program need names its program; intake demand has none yet. */
function checkNeedSource(source: string, programId: string | null) {
  if ((source === 'program') !== (programId !== null))
    throw ValidationError.field(
      'body.programId',
      source === 'program' ? 'required' : 'invalid',
      source === 'program'
        ? 'a program need names its program'
        : 'intake demand has no program yet',
    );
}

async function assertProgramExists(tx: Queryable, programId: string | null) {
  if (
    programId &&
    (await tx.query('SELECT 1 FROM programs WHERE id = $1', [programId])).rowCount !== 1
  )
    throw ValidationError.field('body.programId', 'not_found', 'no such program');
}

function assertPlanner(ctx: RequestContext) {
  if (ctx.actor?.role !== 'admin' && ctx.actor?.role !== 'tpm_manager')
    throw new ForbiddenError('Only a TPM manager or an admin plans headcount.');
}

async function checkRoleReferences(tx: Queryable, input: Partial<HeadcountRoleCreate>) {
  const issues: Issue[] = [];
  const exists = async (table: string, id: string) =>
    (await tx.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).rowCount === 1;
  if (input.trackId && !(await exists('career_tracks', input.trackId)))
    issues.push({ path: 'body.trackId', code: 'not_found', message: 'no such career track' });
  if (input.levelId && !(await exists('career_levels', input.levelId)))
    issues.push({ path: 'body.levelId', code: 'not_found', message: 'no such career level' });
  if (input.teamId && !(await exists('teams', input.teamId)))
    issues.push({ path: 'body.teamId', code: 'not_found', message: 'no such team' });
  if (input.filledById && !(await exists('users', input.filledById)))
    issues.push({ path: 'body.filledById', code: 'not_found', message: 'no such person' });
  if (issues.length) throw new ValidationError(issues);
}

export function createHeadcountService(db: Database, today: () => string) {
  return {
    /** A fiscal year's quarters: demand, staff, roles and the gap; defaults to the current fiscal year. */
    async plan(ctx: RequestContext, fiscalYear?: string): Promise<HeadcountPlan> {
      const year = fiscalYear ?? fiscalQuarterOf(today()).slice(0, 6);
      const quarters = quartersOfFiscalYear(year);
      const [roles, needs, staff, accepted] = await Promise.all([
        listRoles(db, quarters[3]),
        listNeeds(db, quarters),
        staffFte(db),
        acceptedIntakeRequests(db),
      ]);
      // Demand: the needs entered, plus the intake queue's accepted requests by their size.
      const gaps = headcountGaps(quarters, [...needs, ...intakeDemand(accepted)], roles, staff);
      const inYear = roles.filter((r) => r.quarter >= quarters[0]!);
      const sight = await programSight(
        db,
        ctx.actor,
        needs.flatMap((n) => (n.programId ? [n.programId] : [])),
      );
      return {
        fiscalYear: year,
        quarters: gaps,
        roles: inYear,
        // The demand counts in full; a program the caller may not see goes unnamed.
        needs: needs.map((n) =>
          n.programId === null || sight.canRead(n.programId)
            ? n
            : { ...n, programId: null, programName: HIDDEN_PROGRAM_NAME, description: '' },
        ),
        totals: {
          demandFte:
            Math.round((gaps.reduce((s, g) => s + g.demandFte, 0) / gaps.length) * 100) / 100,
          staffFte: Math.round(staff * 100) / 100,
          rolesPlanned: inYear.filter((r) => r.status === 'planned').length,
          rolesOpen: inYear.filter((r) => r.status === 'open').length,
          rolesFilled: inYear.filter((r) => r.status === 'filled').length,
          peakGapFte: Math.max(...gaps.map((g) => g.gapFte)),
        },
      };
    },
    /** One role, as the plan lists it: what an edit reads its version from. */
    async getRole(id: string): Promise<HeadcountRole> {
      const role = await findRole(db, id);
      if (!role) throw new NotFoundError('Headcount role', id);
      return role;
    },
    /** One need, as the plan lists it: a program the caller may not see goes unnamed. */
    async getNeed(ctx: RequestContext, id: string): Promise<StaffingNeed> {
      const need = await findNeed(db, id);
      if (!need) throw new NotFoundError('Staffing need', id);
      if (need.programId === null) return need;
      const sight = await programSight(db, ctx.actor, [need.programId]);
      return sight.canRead(need.programId)
        ? need
        : { ...need, programId: null, programName: HIDDEN_PROGRAM_NAME, description: '' };
    },
    async createRole(ctx: RequestContext, input: HeadcountRoleCreate): Promise<HeadcountRole> {
      assertPlanner(ctx);
      if (input.filledById && input.status !== 'filled')
        throw ValidationError.field(
          'body.filledById',
          'invalid',
          'only a filled role has the person who filled it',
        );
      return db.transaction(async (tx) => {
        await checkRoleReferences(tx, input);
        const r = await tx.query<{ id: string }>(
          `INSERT INTO headcount_roles (title, quarter, track_id, level_id, team_id, status, filled_by, note)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
          [
            input.title,
            input.quarter,
            input.trackId ?? null,
            input.levelId ?? null,
            input.teamId ?? null,
            input.status ?? 'planned',
            input.filledById ?? null,
            input.note ?? '',
          ],
        );
        const after = (await findRole(tx, r.rows[0]!.id))!;
        await recordAudit(tx, ctx, {
          entityType: 'headcount_role',
          entityId: after.id,
          action: 'create',
          before: null,
          after,
        });
        return after;
      });
    },
    async updateRole(
      ctx: RequestContext,
      id: string,
      version: number,
      input: HeadcountRoleUpdate,
    ): Promise<HeadcountRole> {
      assertPlanner(ctx);
      return db.transaction(async (tx) => {
        const changes = columnChanges(input, ROLE_COLUMNS);
        // A role that is no longer filled has nobody in it.
        if (input.status && input.status !== 'filled' && input.filledById === undefined)
          changes.filled_by = null;
        return updateAuditedRow(tx, ctx, ROLE_ENTITY, id, version, changes, async () => {
          await checkRoleReferences(tx, input as Partial<HeadcountRoleCreate>);
          const current = (await findRole(tx, id))!;
          const status = input.status ?? current.status;
          const filledBy = input.filledById !== undefined ? input.filledById : current.filledById;
          if (filledBy && status !== 'filled' && input.filledById)
            throw ValidationError.field(
              'body.filledById',
              'invalid',
              'only a filled role has the person who filled it',
            );
        });
      });
    },
    async removeRole(ctx: RequestContext, id: string, version: number): Promise<void> {
      assertPlanner(ctx);
      await db.transaction((tx) => deleteAuditedRow(tx, ctx, ROLE_ENTITY, id, version));
    },
    async createNeed(ctx: RequestContext, input: StaffingNeedCreate): Promise<StaffingNeed> {
      assertPlanner(ctx);
      const programId = input.programId ?? null;
      checkNeedSource(input.source, programId);
      return db.transaction(async (tx) => {
        await assertProgramExists(tx, programId);
        const r = await tx.query<{ id: string }>(
          'INSERT INTO staffing_needs (quarter, source, program_id, description, fte) VALUES ($1, $2, $3, $4, $5) RETURNING id',
          [input.quarter, input.source, programId, input.description ?? '', input.fte],
        );
        const after = (await findNeed(tx, r.rows[0]!.id))!;
        await recordAudit(tx, ctx, {
          entityType: 'staffing_need',
          entityId: after.id,
          action: 'create',
          before: null,
          after,
        });
        return after;
      });
    },
    /** Changes only the fields named; the result must still pair its source with a program or none. */
    async updateNeed(
      ctx: RequestContext,
      id: string,
      version: number,
      input: StaffingNeedUpdate,
    ): Promise<StaffingNeed> {
      assertPlanner(ctx);
      return db.transaction((tx) =>
        updateAuditedRow(
          tx,
          ctx,
          NEED_ENTITY,
          id,
          version,
          columnChanges(input, NEED_COLUMNS),
          async () => {
            const current = (await findNeed(tx, id))!;
            const programId = input.programId !== undefined ? input.programId : current.programId;
            checkNeedSource(input.source ?? current.source, programId);
            if (input.programId) await assertProgramExists(tx, input.programId);
          },
        ),
      );
    },
    async removeNeed(ctx: RequestContext, id: string, version: number): Promise<void> {
      assertPlanner(ctx);
      await db.transaction((tx) => deleteAuditedRow(tx, ctx, NEED_ENTITY, id, version));
    },
  };
}
export type HeadcountService = ReturnType<typeof createHeadcountService>;
