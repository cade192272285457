import { assertInProgram } from '../plans/plan-membership.repository.js';
import type {
  Program,
  ProgramCreate,
  ProgramListQuery,
  ProgramPage,
  ProgramUpdate,
} from '../../../contracts/program.schema.js';
import type { Database } from '../../db/database.js';
import { isValidTimeZone } from '../../../engine/calendar/time-zone.js';
import { deleteAuditedRow, updateAuditedRow } from '../audit/audited-row.js';
import { columnChanges } from '../../db/versioned-row.js';
import { NotFoundError, ValidationError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { programMoneyFor } from '../access/hidden-money.js';
import { seesEveryProgram } from '../access/program-access-policy.js';
import { programSight } from '../access/program-sight.js';
import { recordAudit } from '../audit/audit.repository.js';
import {
  findProgram,
  insertProgram,
  listPrograms,
  PROGRAM_COLUMNS,
  PROGRAM_ENTITY,
  toProgram,
} from './program.repository.js';

// Without an account one sees nothing; no user has this id.
const NO_ONE = '00000000-0000-0000-0000-000000000000';

function checkTimeZone(zone: string | undefined) {
  if (zone !== undefined && !isValidTimeZone(zone))
    throw ValidationError.field(
      'body.timeZone',
      'unknown_time_zone',
      `"${zone}" is not an IANA time zone (e.g. America/Los_Angeles).`,
    );
}

export function createProgramService(db: Database) {
  async function get(ctx: RequestContext, id: string): Promise<Program> {
    const row = await findProgram(db, id);
    if (!row) throw new NotFoundError('Program', id);
    return programMoneyFor(await programSight(db, ctx.actor, [id]), toProgram(row));
  }
  return {
    get,
    async list(ctx: RequestContext, query: ProgramListQuery): Promise<ProgramPage> {
      const actor = ctx.actor;
      const { rows, total } = await listPrograms(
        db,
        query,
        !actor ? NO_ONE : seesEveryProgram(actor.role) ? null : actor.id,
      );
      const sight = await programSight(
        db,
        actor,
        rows.map((r) => r.id),
      );
      return {
        items: rows.map((r) => programMoneyFor(sight, toProgram(r))),
        total,
        limit: query.limit ?? 50,
        offset: query.offset ?? 0,
      };
    },
    async create(ctx: RequestContext, input: ProgramCreate): Promise<Program> {
      checkTimeZone(input.timeZone);
      return db.transaction(async (tx) => {
        const id = await insertProgram(tx, input, ctx.actor?.id ?? null);
        const program = await PROGRAM_ENTITY.read(tx, id);
        await recordAudit(tx, ctx, {
          entityType: 'program',
          entityId: id,
          action: 'create',
          before: null,
          after: program,
        });
        return program;
      });
    },
    async update(
      ctx: RequestContext,
      id: string,
      version: number,
      input: ProgramUpdate,
    ): Promise<Program> {
      checkTimeZone(input.timeZone);
      const changes = columnChanges(input, PROGRAM_COLUMNS);
      return db.transaction(async (tx) => {
        await assertInProgram(tx, 'calendar', input.calendarId, id, 'body.calendarId');
        return updateAuditedRow(tx, ctx, PROGRAM_ENTITY, id, version, changes);
      });
    },
    async remove(ctx: RequestContext, id: string, version: number): Promise<void> {
      await db.transaction((tx) => deleteAuditedRow(tx, ctx, PROGRAM_ENTITY, id, version));
    },
  };
}
export type ProgramService = ReturnType<typeof createProgramService>;
