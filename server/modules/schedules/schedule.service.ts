import type { ProgramSchedule } from '../../../contracts/schedule.schema.js';
import { schedulePlan } from '../../../engine/scheduling/index.js';
import type { Database, Queryable } from '../../db/database.js';
import { NotFoundError } from '../../domain-errors.js';
import { buildProgramScheduleInput, toScheduleSnapshot } from './schedule-input.js';
import {
  findStoredSchedule,
  loadScheduleRows,
  storeSchedule,
  toProgramSchedule,
} from './schedule.repository.js';

/**
 * A program's schedule, computed by the engine and stored in program_schedules.
 * Reading it rebuilds the engine input and recomputes (in the same request)
 * when nothing is stored or the input's hash changed; small programs are cheap
 * enough for that. The stored schedule is derived data: computing it writes no
 * audit row. `today` (the start of a program without a startDate) comes from
 * `clock`, never from inside the engine.
 */
export function createScheduleService(db: Database, clock: () => Date = () => new Date()) {
  async function current(tx: Queryable, programId: string, force: boolean) {
    // Held until commit: the program cannot be deleted under the write.
    const program = await tx.query('SELECT id FROM programs WHERE id = $1 FOR KEY SHARE', [
      programId,
    ]);
    if (program.rowCount === 0) throw new NotFoundError('Program', programId);
    const rows = await loadScheduleRows(tx, programId);
    const built = buildProgramScheduleInput(programId, rows, clock().toISOString().slice(0, 10));
    if (!force) {
      const stored = await findStoredSchedule(tx, programId);
      if (stored && stored.input_hash === built.inputHash) return toProgramSchedule(stored);
    }
    const snapshot = toScheduleSnapshot(built, schedulePlan(built.input));
    return toProgramSchedule(await storeSchedule(tx, programId, built.inputHash, snapshot));
  }
  return {
    /** For other services' transactions (baselines): the up-to-date schedule. */
    current: (tx: Queryable, programId: string) => current(tx, programId, false),
    get: (programId: string): Promise<ProgramSchedule> =>
      db.transaction((tx) => current(tx, programId, false)),
    recompute: (programId: string): Promise<ProgramSchedule> =>
      db.transaction((tx) => current(tx, programId, true)),
  };
}
export type ScheduleService = ReturnType<typeof createScheduleService>;
