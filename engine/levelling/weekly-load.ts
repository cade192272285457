import type { LocalMinutes } from '../calendar/local-time.js';
import type { WorkingTime } from '../calendar/working-time.js';
import { LOAD_EPSILON } from './resource-profile.js';

const WEEK_MINUTES = 7 * 24 * 60;

export interface LoadResource {
  id: string;
  /** Units available: 1 = full time, 0.5 = half time. */
  capacity: number;
  /** The person's own working time: their capacity is measured on it. */
  calendar: WorkingTime;
}

/** A resource on a task: `units` of them over the task's working time in [start, finish). */
export interface LoadWork {
  resourceId: string;
  taskId: string;
  start: LocalMinutes;
  finish: LocalMinutes;
  units: number;
  /** The task's calendar: the work is spread over its working minutes. */
  calendar: WorkingTime;
}

export interface ResourceWeeks {
  id: string;
  /** Per week: working minutes available (calendar minutes × capacity). */
  capacityMinutes: number[];
  /** Per week: working minutes of assigned work (task working minutes × units). */
  loadMinutes: number[];
  /** Per week: the tasks that put load there, in the order given. */
  taskIds: string[][];
  /** Weeks (indexes) whose load is above capacity. */
  overAllocatedWeeks: number[];
}

/**
 * Load against capacity per resource per week (weeks of 7 days from
 * `firstWeekStart`). The work of an assignment is its task's working minutes
 * inside the week times its units; capacity is the person's working minutes
 * in the week times their capacity. A week is over-allocated when load
 * exceeds capacity (a person with no working time that week but some load is
 * over-allocated too).
 */
export function weeklyLoad(
  firstWeekStart: LocalMinutes,
  weeks: number,
  resources: readonly LoadResource[],
  work: readonly LoadWork[],
): ResourceWeeks[] {
  const byId = new Map<string, ResourceWeeks>();
  const out = resources.map((r) => {
    const row: ResourceWeeks = {
      id: r.id,
      capacityMinutes: Array.from({ length: weeks }, (_, w) => {
        const from = firstWeekStart + w * WEEK_MINUTES;
        return r.calendar.workingBetween(from, from + WEEK_MINUTES) * r.capacity;
      }),
      loadMinutes: new Array<number>(weeks).fill(0),
      taskIds: Array.from({ length: weeks }, () => []),
      overAllocatedWeeks: [],
    };
    byId.set(r.id, row);
    return row;
  });
  const end = firstWeekStart + weeks * WEEK_MINUTES;
  for (const w of work) {
    const row = byId.get(w.resourceId);
    if (!row || w.finish <= w.start || w.finish <= firstWeekStart || w.start >= end) continue;
    const first = Math.max(0, Math.floor((w.start - firstWeekStart) / WEEK_MINUTES));
    const last = Math.min(weeks - 1, Math.floor((w.finish - 1 - firstWeekStart) / WEEK_MINUTES));
    for (let k = first; k <= last; k++) {
      const from = Math.max(w.start, firstWeekStart + k * WEEK_MINUTES);
      const to = Math.min(w.finish, firstWeekStart + (k + 1) * WEEK_MINUTES);
      const minutes = w.calendar.workingBetween(from, to) * w.units;
      if (minutes <= 0) continue;
      row.loadMinutes[k]! += minutes;
      row.taskIds[k]!.push(w.taskId);
    }
  }
  for (const row of out)
    for (let k = 0; k < weeks; k++)
      if (row.loadMinutes[k]! > row.capacityMinutes[k]! * (1 + LOAD_EPSILON) + LOAD_EPSILON)
        row.overAllocatedWeeks.push(k);
  return out;
}
