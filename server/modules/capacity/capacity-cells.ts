import type { OverAllocationWeek, ProgramLoad } from '../../../contracts/allocation.schema.js';
import type { CapacityCell } from '../../../contracts/capacity.schema.js';
import {
  programLoad,
  type LoadContribution,
  type OverAllocation,
  type PersonWeek,
} from '../../../engine/capacity/index.js';

export const RUN_WORK_NAME = 'Run work';

/** Minutes → hours with two decimals: what the API, the page and the CLI all show. */
export function hours(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}

/** A load ratio as a percent with one decimal; null when there is no capacity. */
export function percent(ratio: number | null): number | null {
  return ratio === null ? null : Math.round(ratio * 1000) / 10;
}

function programLoads(
  contributions: LoadContribution[],
  names: Map<string, string>,
): ProgramLoad[] {
  return contributions.map((c) => ({
    programId: c.programId,
    programName: c.programId === null ? RUN_WORK_NAME : (names.get(c.programId) ?? c.programId),
    allocatedHours: hours(c.allocationMinutes),
    assignedHours: hours(c.assignmentMinutes),
    loadHours: hours(programLoad(c)),
  }));
}

export function toCapacityCell(w: PersonWeek, names: Map<string, string>): CapacityCell {
  return {
    weekStart: w.weekStart,
    capacityHours: hours(w.capacityMinutes),
    loadHours: hours(w.loadMinutes),
    timeOffHours: hours(w.timeOffMinutes),
    holidayHours: hours(w.holidayMinutes),
    loadPercent: percent(w.loadRatio),
    status: w.status,
    programs: programLoads(w.contributions, names),
  };
}

export function toOverAllocationWeek(
  o: OverAllocation,
  names: Map<string, string>,
): OverAllocationWeek {
  return {
    weekStart: o.weekStart,
    loadHours: hours(o.loadMinutes),
    capacityHours: hours(o.capacityMinutes),
    loadPercent: percent(o.loadRatio),
    programs: programLoads(o.contributions, names),
  };
}
