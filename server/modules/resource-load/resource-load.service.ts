import type { LevelRequest, ResourceLoad } from '../../../contracts/resource-load.schema.js';
import type { ProgramSchedule } from '../../../contracts/schedule.schema.js';
import { dayNumber, formatDayNumber } from '../../../engine/capacity/index.js';
import { systemClock, type Clock } from '../../clock/clock.js';
import type { Database } from '../../db/database.js';
import type { RequestContext } from '../../request-context.js';
import { updateAuditedRow } from '../audit/audited-row.js';
import { programNames } from '../capacity/capacity.repository.js';
import { loadPersonLoadInputs } from '../capacity/person-load-inputs.js';
import { PROGRAM_ENTITY } from '../programs/program.repository.js';
import { buildProgramScheduleInputAt } from '../schedules/schedule-input-at.js';
import { loadScheduleRows } from '../schedules/schedule.repository.js';
import type { ScheduleService } from '../schedules/schedule.service.js';
import {
  programResourceLoad,
  resourceLoadWindow,
  scheduledAssignments,
} from './program-resource-load.js';

export function createResourceLoadService(
  db: Database,
  schedules: ScheduleService,
  clock: Clock = systemClock,
) {
  return {
    get(ctx: RequestContext, programId: string): Promise<ResourceLoad> {
      return db.transaction(async (tx) => {
        const schedule = await schedules.current(tx, programId);
        const rows = await loadScheduleRows(tx, programId);
        const built = buildProgramScheduleInputAt(programId, rows, clock);
        const closed = new Set(
          rows.tasks.filter((t) => t.state === 'done' || t.state === 'cancelled').map((t) => t.id),
        );
        // The people on this program's open tasks, with everything else they carry.
        const personIds = [
          ...new Set(scheduledAssignments(built, schedule, closed).map((a) => a.resourceId)),
        ];
        const window = resourceLoadWindow(schedule);
        const load = personIds.length
          ? await loadPersonLoadInputs(
              tx,
              { personIds },
              {
                from: window.firstWeek,
                to: formatDayNumber(dayNumber(window.firstWeek) + window.weekCount * 7),
              },
            )
          : { people: [], holidays: [] };
        const programIds = new Set<string>();
        for (const p of load.people) {
          for (const a of p.allocations) if (a.programId) programIds.add(a.programId);
          for (const a of p.assignments) programIds.add(a.programId);
        }
        programIds.add(programId);
        const names = await programNames(tx, [...programIds], ctx.actor);
        return programResourceLoad(built, schedule, load, names, closed);
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
