import type { Actor } from '../../request-context.js';
import type { OverAllocationReport } from '../../../contracts/allocation.schema.js';
import {
  dayNumber,
  formatDayNumber,
  mondayOf,
  overAllocationsCausedBy,
} from '../../../engine/capacity/index.js';
import type { Database, Queryable } from '../../db/database.js';
import { NotFoundError } from '../../domain-errors.js';
import { toOverAllocationWeek } from './capacity-cells.js';
import { programNames, taskLoadDates } from './capacity.repository.js';
import { computeWeeks, DEFAULT_CAPACITY_TIME_ZONE } from './capacity-weeks.js';

const MAX_CHECK_WEEKS = 104;

/**
 * Dry run for a task assignment: the weeks in which assigning `userId` to the
 * task at `units` (replacing their current units on it) would over-allocate
 * them, with the programs. The task loads its scheduled dates (the program's
 * last computed schedule), else its planned ones; without either, nothing yet.
 */
export function checkAssignment(
  db: Database,
  actor: Actor | null,
  taskId: string,
  userId: string,
  units: number,
): Promise<OverAllocationReport> {
  return db.transaction((tx) => checkAssignmentIn(tx, actor, taskId, userId, units));
}

/** The same check inside the caller's transaction (the task-assignment writes use it). */
export async function checkAssignmentIn(
  tx: Queryable,
  /** Whose sight names the programs (program-sight.ts). */
  actor: Actor | null,
  taskId: string,
  userId: string,
  units: number,
): Promise<OverAllocationReport> {
  const task = await taskLoadDates(tx, taskId);
  if (!task) throw new NotFoundError('Task', taskId);
  if ((await tx.query('SELECT 1 FROM users WHERE id = $1', [userId])).rowCount !== 1)
    throw new NotFoundError('User', userId, 'body.userId');
  if (!task.start || !task.finish) return { personId: userId, overAllocated: false, weeks: [] };
  const first = mondayOf(dayNumber(task.start));
  const window = {
    firstWeek: formatDayNumber(first),
    weekCount: Math.min(MAX_CHECK_WEEKS, Math.floor((dayNumber(task.finish) - first) / 7) + 1),
    timeZone: DEFAULT_CAPACITY_TIME_ZONE,
  };
  const filter = { personIds: [userId] };
  const before = await computeWeeks(tx, filter, window);
  const after = await computeWeeks(tx, filter, window, {
    personId: userId,
    addAssignment: {
      taskId,
      programId: task.programId,
      start: task.start,
      finish: task.finish,
      units,
      ...(task.durationMinutes === null ? {} : { workMinutes: task.durationMinutes * units }),
    },
  });
  const caused = overAllocationsCausedBy(before.rows[0]?.weeks ?? [], after.rows[0]?.weeks ?? []);
  const names = await programNames(tx, after.programIds, actor);
  return {
    personId: userId,
    overAllocated: caused.length > 0,
    weeks: caused.map((o) => toOverAllocationWeek(o, names)),
  };
}
