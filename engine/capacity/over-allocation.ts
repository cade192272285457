import type { LoadContribution, PersonWeek } from './capacity-types.js';

const EPSILON = 1e-6;

/** A week in which a person is booked beyond their capacity, and by what. */
export interface OverAllocation {
  weekStart: string;
  loadMinutes: number;
  capacityMinutes: number;
  /** null when the person has no capacity that week (all holiday or time off). */
  loadRatio: number | null;
  /** The programs (null = run work) that load the week, largest first. */
  contributions: LoadContribution[];
}

function toOverAllocation(w: PersonWeek): OverAllocation {
  return {
    weekStart: w.weekStart,
    loadMinutes: w.loadMinutes,
    capacityMinutes: w.capacityMinutes,
    loadRatio: w.loadRatio,
    contributions: w.contributions,
  };
}

export function findOverAllocations(weeks: readonly PersonWeek[]): OverAllocation[] {
  return weeks.filter((w) => w.status === 'over').map(toOverAllocation);
}

/**
 * The over-allocated weeks a change would cause or worsen: over after it, and
 * with more load than before. `before` and `after` cover the same weeks.
 */
export function overAllocationsCausedBy(
  before: readonly PersonWeek[],
  after: readonly PersonWeek[],
): OverAllocation[] {
  const loadBefore = new Map(before.map((w) => [w.weekStart, w.loadMinutes]));
  return after
    .filter(
      (w) => w.status === 'over' && w.loadMinutes > (loadBefore.get(w.weekStart) ?? 0) + EPSILON,
    )
    .map(toOverAllocation);
}
