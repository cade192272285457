import type {
  AllocationLoad,
  AssignmentLoad,
  PersonCalendar,
} from '../../../engine/capacity/index.js';
import { dayNumber, formatDayNumber } from '../../../engine/capacity/index.js';
import type { Queryable } from '../../db/database.js';
import {
  allocationsIn,
  assignmentsIn,
  capacityPeople,
  holidayDates,
  timeOffIn,
  toPersonCalendar,
  type CapacityFilter,
  type CapacityPersonRow,
} from './capacity.repository.js';

/** What the engine's load computation needs about one person. */
export interface PersonLoadInputs {
  person: CapacityPersonRow;
  calendar: PersonCalendar;
  /** Every allocation of theirs (any program, run work) touching the range. */
  allocations: AllocationLoad[];
  /** Every open task assignment of theirs, in any program, touching the range. */
  assignments: AssignmentLoad[];
}

export interface LoadInputs {
  people: PersonLoadInputs[];
  holidays: string[];
}

/** People in other zones work into the neighbouring days of any range. */
const ZONE_MARGIN_DAYS = 2;

/**
 * The one loader behind every view of a person's load (heatmap, over-allocation
 * checks, routing bandwidth, a program's resource view, levelling): their
 * working hours, time off, allocations and task assignments across all
 * programs, and the organization's holidays, for the days `from`…`to`.
 * Callers leave out or replace what they compute themselves (a program's own
 * schedule) and hand the rest to engine/capacity.
 */
export async function loadPersonLoadInputs(
  db: Queryable,
  filter: CapacityFilter,
  range: { from: string; to: string },
): Promise<LoadInputs> {
  const people = await capacityPeople(db, filter);
  const ids = people.map((p) => p.id);
  const from = formatDayNumber(dayNumber(range.from) - ZONE_MARGIN_DAYS);
  const to = formatDayNumber(dayNumber(range.to) + ZONE_MARGIN_DAYS);
  // One after another: inside a transaction these share one client.
  const holidays = await holidayDates(db, from, to);
  const timeOff = await timeOffIn(db, ids, from, to);
  const allocations = await allocationsIn(db, ids, from, to);
  const assignments = await assignmentsIn(db, ids, from, to);
  return {
    holidays,
    people: people.map((person) => ({
      person,
      calendar: toPersonCalendar(
        person,
        timeOff.filter((t) => t.user_id === person.id).map((t) => ({ from: t.from, to: t.to })),
      ),
      allocations: allocations.filter((a) => a.personId === person.id).map((a) => a.load),
      assignments: assignments.filter((a) => a.personId === person.id).map((a) => a.load),
    })),
  };
}
