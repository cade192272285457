import type { CapacityQuery } from '../../../contracts/capacity.schema.js';
import {
  computePersonLoadBetween,
  computePersonWeeks,
  dayNumber,
  formatDayNumber,
  mondayOf,
  type AllocationLoad,
  type AssignmentLoad,
  type PersonWeek,
} from '../../../engine/capacity/index.js';
import { isValidTimeZone } from '../../../engine/calendar/time-zone.js';
import type { Queryable } from '../../db/database.js';
import { ValidationError } from '../../domain-errors.js';
import type { CapacityFilter, CapacityPersonRow } from './capacity.repository.js';
import { loadPersonLoadInputs } from './person-load-inputs.js';

/** The organization's working zone (the seeds' Pacific time) unless a query says otherwise. */
export const DEFAULT_CAPACITY_TIME_ZONE = 'America/Los_Angeles';
export const DEFAULT_WEEKS = 26;

export interface CapacityWindow {
  firstWeek: string;
  weekCount: number;
  timeZone: string;
}

export interface PersonWeeks {
  person: CapacityPersonRow;
  weeks: PersonWeek[];
}

/**
 * What-if changes for one person: an allocation left out (being edited) or
 * added; a task assignment added, replacing the person's stored one on that task.
 */
export interface AllocationChange {
  personId: string;
  excludeAllocationId?: string;
  add?: AllocationLoad;
  addAssignment?: AssignmentLoad;
}

export function capacityWindow(
  query: Pick<CapacityQuery, 'from' | 'weeks' | 'timeZone'>,
  today: string,
): CapacityWindow {
  const timeZone = query.timeZone ?? DEFAULT_CAPACITY_TIME_ZONE;
  if (!isValidTimeZone(timeZone))
    throw ValidationError.field(
      'query.timeZone',
      'invalid',
      'is not an IANA time zone (such as America/Los_Angeles)',
    );
  return {
    firstWeek: formatDayNumber(mondayOf(dayNumber(query.from ?? today))),
    weekCount: query.weeks ?? DEFAULT_WEEKS,
    timeZone,
  };
}

/** Loads everything the engine needs for these people in one pass and computes their weeks. */
export async function computeWeeks(
  db: Queryable,
  filter: CapacityFilter,
  window: CapacityWindow,
  change?: AllocationChange,
): Promise<{ rows: PersonWeeks[]; programIds: string[] }> {
  const first = dayNumber(window.firstWeek);
  const { people, holidays } = await loadPersonLoadInputs(db, filter, {
    from: window.firstWeek,
    to: formatDayNumber(first + window.weekCount * 7),
  });
  const programIds = new Set<string>();
  const rows = people.map(({ person, calendar, allocations, assignments }) => {
    const mine = change?.personId === person.id ? change : undefined;
    const own = allocations.filter((a) => a.id !== mine?.excludeAllocationId);
    if (mine?.add) own.push(mine.add);
    const tasks = assignments.filter((a) => a.taskId !== mine?.addAssignment?.taskId);
    if (mine?.addAssignment) tasks.push(mine.addAssignment);
    for (const a of own) if (a.programId) programIds.add(a.programId);
    for (const t of tasks) programIds.add(t.programId);
    const weeks = computePersonWeeks(calendar, own, tasks, {
      firstWeek: window.firstWeek,
      weekCount: window.weekCount,
      holidays,
      referenceTimeZone: window.timeZone,
    });
    return { person, weeks };
  });
  return { rows, programIds: [...programIds] };
}

/**
 * Capacity and load of each person summed over the days `from`…`to` of the
 * reference zone (routing's bandwidth over a request's horizon).
 */
export async function loadBetween(
  db: Queryable,
  personIds: string[],
  range: { from: string; to: string },
  timeZone = DEFAULT_CAPACITY_TIME_ZONE,
): Promise<Map<string, { capacityMinutes: number; loadMinutes: number }>> {
  if (personIds.length === 0) return new Map();
  const { people, holidays } = await loadPersonLoadInputs(db, { personIds }, range);
  return new Map(
    people.map(({ person, calendar, allocations, assignments }) => {
      const { capacityMinutes, loadMinutes } = computePersonLoadBetween(
        calendar,
        allocations,
        assignments,
        { range, holidays, referenceTimeZone: timeZone },
      );
      return [person.id, { capacityMinutes, loadMinutes }];
    }),
  );
}
