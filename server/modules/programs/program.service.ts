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
import { recordAudit } from '../audit/audit.repository.js';
import {
  findProgram,
  insertProgram,
  listPrograms,
  PROGRAM_COLUMNS,
  PROGRAM_ENTITY,
  toProgram,
} from './program.repository.js';

function checkTimeZone(zone: string | undefined) {
  if (zone !== undefined && !isValidTimeZone(zone))
    throw ValidationError.field(
      'body.timeZone',
      'unknown_time_zone',
      `"${zone}" is not an IANA time zone (e.g. America/Los_Angeles).`,
    );
}

export function createProgramService(db: Database) {
  async function get(id: string): Promise<Program> {
    const row = await findProgram(db, id);
    if (!row) throw new NotFoundError('Program', id);
    return toProgram(row);
  }
  return {
    get,
    async list(query: ProgramListQuery): Promise<ProgramPage> {
      const { rows, total } = await listPrograms(db, query);
      return {
        items: rows.map(toProgram),
        total,
        limit: query.limit ?? 50,
        offset: query.offset ?? 0,
      };
    },
    async create(ctx: RequestContext, input: ProgramCreate): Promise<Program> {
      checkTimeZone(input.timeZone);
      return db.transaction(async (tx) => {
        const id = await insertProgram(tx, input);
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
      return db.transaction((tx) =>
        updateAuditedRow(tx, ctx, PROGRAM_ENTITY, id, version, changes),
      );
    },
    async remove(ctx: RequestContext, id: string, version: number): Promise<void> {
      await db.transaction((tx) => deleteAuditedRow(tx, ctx, PROGRAM_ENTITY, id, version));
    },
  };
}
export type ProgramService = ReturnType<typeof createProgramService>;
