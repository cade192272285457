import type {
  BaselineComparison,
  ComparedSchedule,
  ItemVariance,
} from '../../../contracts/baseline.schema.js';
import type { ScheduleSnapshot } from '../../../contracts/schedule.schema.js';
import { standardCalendar } from '../../../engine/calendar/calendar-definition.js';
import { compileCalendars } from '../../../engine/calendar/compile-calendar.js';
import { parseLocalDateTime } from '../../../engine/calendar/local-time.js';
import { CALENDAR_ID } from '../schedules/schedule-input.js';

const calendar = compileCalendars([standardCalendar(CALENDAR_ID)]).calendars.get(CALENDAR_ID)!;

/** Working minutes (standard calendar) from `from` to `to`: positive when `to` is later. */
export function workingVariance(from: string, to: string): number {
  return calendar.workingBetween(parseLocalDateTime(from)!, parseLocalDateTime(to)!);
}

export interface ComparedSide {
  meta: ComparedSchedule;
  schedule: ScheduleSnapshot;
}

/**
 * Variance of every task and milestone between two schedules of one program:
 * start and finish in working minutes, duration in working minutes, cost as the
 * estimate-hours delta (null when either side has no estimate). Positive =
 * later, longer, dearer in `to`. Items in only one schedule are listed as added
 * or removed with null variances. Sorted by finish slip, largest first.
 */
export function compareSchedules(
  programId: string,
  from: ComparedSide,
  to: ComparedSide,
): BaselineComparison {
  const before = new Map(from.schedule.items.map((i) => [i.id, i]));
  const after = new Map(to.schedule.items.map((i) => [i.id, i]));
  const items: ItemVariance[] = [];
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(id);
    const b = after.get(id);
    const item = (b ?? a)!;
    const both = a && b;
    const fromEstimate = a?.estimateHours ?? null;
    const toEstimate = b?.estimateHours ?? null;
    items.push({
      id,
      kind: item.kind,
      name: item.name,
      presence: both ? 'both' : b ? 'added' : 'removed',
      fromStart: a?.earlyStart ?? null,
      toStart: b?.earlyStart ?? null,
      fromFinish: a?.earlyFinish ?? null,
      toFinish: b?.earlyFinish ?? null,
      startVarianceMinutes: both ? workingVariance(a.earlyStart, b.earlyStart) : null,
      finishVarianceMinutes: both ? workingVariance(a.earlyFinish, b.earlyFinish) : null,
      durationVarianceMinutes: both ? b.durationMinutes - a.durationMinutes : null,
      fromEstimateHours: fromEstimate,
      toEstimateHours: toEstimate,
      costVarianceHours:
        both && fromEstimate !== null && toEstimate !== null ? toEstimate - fromEstimate : null,
    });
  }
  items.sort(
    (x, y) =>
      (y.finishVarianceMinutes ?? -Infinity) - (x.finishVarianceMinutes ?? -Infinity) ||
      x.name.localeCompare(y.name) ||
      x.id.localeCompare(y.id),
  );
  return {
    programId,
    from: from.meta,
    to: to.meta,
    finishVarianceMinutes: workingVariance(from.schedule.finish, to.schedule.finish),
    items,
  };
}
