import { hasUnwritableDates } from '../../db/writable-result.js';
import { createHash } from 'node:crypto';
import type { ProgramSchedule } from '../../../contracts/schedule.schema.js';
import { formatLocalDateTime } from '../../../engine/calendar/local-time.js';
import type { Database, Queryable } from '../../db/database.js';
import { systemClock, type Clock } from '../../clock/clock.js';
import { NotFoundError, PlanBeyondHorizonError } from '../../domain-errors.js';
import { enqueueProgramSchedule } from '../../jobs/program-schedule.job.js';
import { outsideReservations } from '../capacity/outside-load.js';
import type { RequestContext } from '../../request-context.js';
import { computeProgramSchedule } from './compute-program-schedule.js';
import { scheduleSeenBy } from './schedule-sight.js';
import { buildProgramScheduleInputAt } from './schedule-input-at.js';
import {
  findStoredSchedule,
  loadScheduleRows,
  storeSchedule,
  toProgramSchedule,
} from './schedule.repository.js';

/**
 * Above this many items (the program's plus those of other programs that
 * drive it) a stale schedule is recomputed by a background job, and a read
 * meanwhile gets the stored one marked `stale`. Smaller ones are recomputed
 * in the request that notices the change (milliseconds: see bench/RESULTS.md).
 */
export const INLINE_SCHEDULE_LIMIT = 2000;

/**
 * A program's schedule, computed by the engine and stored in program_schedules.
 * Reading it rebuilds the engine input and recomputes when nothing is stored
 * or the input's hash changed. The stored schedule is derived data: computing
 * it writes no audit row. `today` (the start of a program without a startDate)
 * comes from `clock`, never from inside the engine.
 */
export function createScheduleService(
  db: Database,
  clock: Clock = systemClock,
  inlineLimit = INLINE_SCHEDULE_LIMIT,
) {
  async function current(
    tx: Queryable,
    programId: string,
    mode: 'fresh' | 'force' | 'may_defer',
  ): Promise<ProgramSchedule> {
    // Held until commit: the program cannot be deleted under the write.
    const program = await tx.query('SELECT id FROM programs WHERE id = $1 FOR KEY SHARE', [
      programId,
    ]);
    if (program.rowCount === 0) throw new NotFoundError('Program', programId);
    const rows = await loadScheduleRows(tx, programId);
    const built = buildProgramScheduleInputAt(programId, rows, clock);
    // Levelling fits the program around what its people carry elsewhere, so
    // that load is part of the input: when it changes, the schedule is stale.
    const reservations =
      built.levelling === 'none'
        ? []
        : await outsideReservations(tx, {
            personIds: built.resources.map((r) => r.id),
            programIds: new Set(rows.programs.map((p) => p.id)),
            taskIds: new Set(rows.tasks.map((t) => t.id)),
            from: formatLocalDateTime(built.input.start).slice(0, 10),
            timeZone: built.timeZone,
          });
    const inputHash =
      reservations.length === 0
        ? built.inputHash
        : createHash('sha256')
            .update(built.inputHash)
            .update(JSON.stringify(reservations))
            .digest('hex');
    if (mode !== 'force') {
      const stored = await findStoredSchedule(tx, programId);
      if (stored && stored.input_hash === inputHash) return toProgramSchedule(stored);
      if (stored && mode === 'may_defer' && built.input.tasks.length > inlineLimit) {
        await enqueueProgramSchedule(tx, programId);
        return toProgramSchedule(stored, true);
      }
    }
    const snapshot = computeProgramSchedule(built, reservations);
    // Not stored: every read of it (schedule, resource load, exports) would fail.
    if (hasUnwritableDates(snapshot)) throw new PlanBeyondHorizonError();
    return toProgramSchedule(await storeSchedule(tx, programId, inputHash, snapshot));
  }
  return {
    /** For other services' transactions (baselines, feeds): the up-to-date schedule. */
    current: (tx: Queryable, programId: string) => current(tx, programId, 'fresh'),
    get: (programId: string): Promise<ProgramSchedule> =>
      db.transaction((tx) => current(tx, programId, 'may_defer')),
    /** The schedule as the caller may see it (schedule-sight.ts). */
    read: (ctx: RequestContext, programId: string): Promise<ProgramSchedule> =>
      db.transaction(async (tx) =>
        scheduleSeenBy(tx, ctx.actor, await current(tx, programId, 'may_defer')),
      ),
    /** The background job's entry: brings the stored schedule up to date. */
    refresh: (programId: string): Promise<ProgramSchedule> =>
      db.transaction((tx) => current(tx, programId, 'fresh')),
    recompute: (ctx: RequestContext, programId: string): Promise<ProgramSchedule> =>
      db.transaction(async (tx) =>
        scheduleSeenBy(tx, ctx.actor, await current(tx, programId, 'force')),
      ),
  };
}
export type ScheduleService = ReturnType<typeof createScheduleService>;
