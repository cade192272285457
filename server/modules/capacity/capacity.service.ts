import type {
  CapacityHeatmap,
  CapacityQuery,
  CapacityRow,
} from '../../../contracts/capacity.schema.js';
import {
  computePersonWeeks,
  dayNumber,
  formatDayNumber,
  mondayOf,
  type AllocationLoad,
  type PersonWeek,
} from '../../../engine/capacity/index.js';
import { isValidTimeZone } from '../../../engine/calendar/time-zone.js';
import type { Database, Queryable } from '../../db/database.js';
import { NotFoundError, ValidationError } from '../../domain-errors.js';
import { toCapacityCell } from './capacity-cells.js';
import {
  allocationsIn,
  assignmentsIn,
  capacityPeople,
  holidayDates,
  programNames,
  timeOffIn,
  toPersonCalendar,
  type CapacityFilter,
  type CapacityPersonRow,
} from './capacity.repository.js';

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

/** What-if changes to the stored allocations: one left out (being edited), one added. */
export interface AllocationChange {
  personId: string;
  excludeAllocationId?: string;
  add?: AllocationLoad;
}

export function capacityWindow(
  query: Pick<CapacityQuery, 'from' | 'weeks' | 'timeZone'>,
  today: string,
): CapacityWindow {
  const timeZone = query.timeZone ?? DEFAULT_CAPACITY_TIME_ZONE;
  if (!isValidTimeZone(timeZone))
    throw ValidationError.field('query.timeZone', 'invalid', 'not an IANA time zone');
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
  const people = await capacityPeople(db, filter);
  const ids = people.map((p) => p.id);
  const first = dayNumber(window.firstWeek);
  // A margin of two days either side: people in other zones work into the neighbouring weeks.
  const from = formatDayNumber(first - 2);
  const to = formatDayNumber(first + window.weekCount * 7 + 2);
  const [holidays, timeOff, allocations, assignments] = await Promise.all([
    holidayDates(db, from, to),
    timeOffIn(db, ids, from, to),
    allocationsIn(db, ids, from, to),
    assignmentsIn(db, ids, from, to),
  ]);
  const programIds = new Set<string>();
  const rows = people.map((person) => {
    const own = allocations
      .filter((a) => a.personId === person.id && a.load.id !== change?.excludeAllocationId)
      .map((a) => a.load);
    if (change?.add && change.personId === person.id) own.push(change.add);
    const tasks = assignments.filter((a) => a.personId === person.id).map((a) => a.load);
    for (const a of own) if (a.programId) programIds.add(a.programId);
    for (const t of tasks) programIds.add(t.programId);
    const calendar = toPersonCalendar(
      person,
      timeOff.filter((t) => t.user_id === person.id).map((t) => ({ from: t.from, to: t.to })),
    );
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

export function createCapacityService(db: Database, today: () => string) {
  async function rowsOf(filter: CapacityFilter, window: CapacityWindow): Promise<CapacityRow[]> {
    const { rows, programIds } = await computeWeeks(db, filter, window);
    const names = await programNames(db, programIds);
    return rows.map(({ person, weeks }) => ({
      personId: person.id,
      name: person.name,
      teamName: person.team_name,
      levelName: person.level_name,
      grade: person.grade,
      cells: weeks.map((w) => toCapacityCell(w, names)),
    }));
  }
  return {
    /** People × weeks: capacity, load and the programs behind it. */
    async heatmap(query: CapacityQuery): Promise<CapacityHeatmap> {
      const window = capacityWindow(query, today());
      const people = await rowsOf(
        {
          ...(query.teamId ? { teamId: query.teamId } : {}),
          ...(query.levelId ? { levelId: query.levelId } : {}),
          ...(query.skill ? { skill: query.skill } : {}),
        },
        window,
      );
      const first = dayNumber(window.firstWeek);
      return {
        weeks: Array.from({ length: window.weekCount }, (_, i) => formatDayNumber(first + i * 7)),
        timeZone: window.timeZone,
        people,
        overAllocatedCells: people.reduce(
          (n, p) => n + p.cells.filter((c) => c.status === 'over').length,
          0,
        ),
      };
    },
    async person(personId: string, query: CapacityQuery): Promise<CapacityRow> {
      const [row] = await rowsOf({ personIds: [personId] }, capacityWindow(query, today()));
      if (!row) throw new NotFoundError('Person', personId);
      return row;
    },
  };
}
export type CapacityService = ReturnType<typeof createCapacityService>;
