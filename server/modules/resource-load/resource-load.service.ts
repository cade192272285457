import type { LevelRequest, ResourceLoad } from '../../../contracts/resource-load.schema.js';
import type { ProgramSchedule } from '../../../contracts/schedule.schema.js';
import type { Database } from '../../db/database.js';
import type { RequestContext } from '../../request-context.js';
import { updateAuditedRow } from '../audit/audited-row.js';
import { PROGRAM_ENTITY } from '../programs/program.repository.js';
import { buildProgramScheduleInput } from '../schedules/schedule-input.js';
import { loadScheduleRows } from '../schedules/schedule.repository.js';
import type { ScheduleService } from '../schedules/schedule.service.js';
import { programResourceLoad } from './program-resource-load.js';

export function createResourceLoadService(
  db: Database,
  schedules: ScheduleService,
  clock: () => Date = () => new Date(),
) {
  return {
    get(programId: string): Promise<ResourceLoad> {
      return db.transaction(async (tx) => {
        const schedule = await schedules.current(tx, programId);
        const rows = await loadScheduleRows(tx, programId);
        const built = buildProgramScheduleInput(
          programId,
          rows,
          clock().toISOString().slice(0, 10),
        );
        return programResourceLoad(built, schedule);
      });
    },
    /**
     * Sets the program's levelling (an audited program change) and returns the
     * schedule computed with it, whose `levelling` says what moved and why.
     */
    level(
      ctx: RequestContext,
      programId: string,
      version: number,
      request: LevelRequest,
    ): Promise<ProgramSchedule> {
      return db.transaction(async (tx) => {
        await updateAuditedRow(tx, ctx, PROGRAM_ENTITY, programId, version, {
          levelling: request.mode,
        });
        return schedules.current(tx, programId);
      });
    },
  };
}
export type ResourceLoadService = ReturnType<typeof createResourceLoadService>;
