import { dayNumber, formatDayNumber, reservedUnits } from '../../../engine/capacity/index.js';
import type { Reservation } from '../../../engine/levelling/index.js';
import type { Queryable } from '../../db/database.js';
import { loadPersonLoadInputs } from './person-load-inputs.js';

/** How far ahead levelling sees people's other commitments: two years, as the resource view. */
const HORIZON_DAYS = 2 * 365;

/**
 * The load people carry outside a plan being levelled — allocations and tasks
 * of programs not in it, run work — as units over time on the plan's clock.
 * Counted by engine/capacity exactly as the heatmap counts it; the plan's own
 * programs and tasks are left out, since levelling places those itself.
 */
export async function outsideReservations(
  db: Queryable,
  plan: {
    personIds: string[];
    programIds: ReadonlySet<string>;
    taskIds: ReadonlySet<string>;
    /** First day (on the plan's clock) levelling may place work. */
    from: string;
    timeZone: string;
  },
): Promise<Reservation[]> {
  if (plan.personIds.length === 0) return [];
  const range = {
    from: plan.from,
    to: formatDayNumber(dayNumber(plan.from) + HORIZON_DAYS),
  };
  const { people, holidays } = await loadPersonLoadInputs(db, { personIds: plan.personIds }, range);
  return people.flatMap(({ person, calendar, allocations, assignments }) =>
    reservedUnits(
      calendar,
      allocations.filter((a) => a.programId === null || !plan.programIds.has(a.programId)),
      assignments.filter((a) => !plan.taskIds.has(a.taskId) && !plan.programIds.has(a.programId)),
      { range, holidays, referenceTimeZone: plan.timeZone },
    ).map((r) => ({ resourceId: person.id, ...r })),
  );
}
