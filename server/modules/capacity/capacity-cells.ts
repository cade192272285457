import type { OverAllocationWeek, ProgramLoad } from '../../../contracts/allocation.schema.js';
import type { CapacityCell } from '../../../contracts/capacity.schema.js';
import {
  programLoad,
  type LoadContribution,
  type OverAllocation,
  type PersonWeek,
} from '../../../engine/capacity/index.js';
import { HIDDEN_PROGRAM_NAME } from '../access/program-sight.js';

export const RUN_WORK_NAME = 'Run work';

/** Minutes → hours with two decimals: what the API, the page and the CLI all show. */
export function hours(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}

/** A load ratio as a percent with one decimal; null when there is no capacity. */
export function percent(ratio: number | null): number | null {
  return ratio === null ? null : Math.round(ratio * 1000) / 10;
}

/**
 * Each contribution under its program's name. Programs missing from `names` are
 * ones the caller may not see: their hours stay (a person's load must add up)
 * but in one row without id or name, so neither which nor how many they are shows.
 */
function programLoads(
  contributions: LoadContribution[],
  names: Map<string, string>,
): ProgramLoad[] {
  const loads: ProgramLoad[] = [];
  let hidden: ProgramLoad | null = null;
  for (const c of contributions) {
    const allocated = hours(c.allocationMinutes);
    const assigned = hours(c.assignmentMinutes);
    const load = hours(programLoad(c));
    const name = c.programId === null ? RUN_WORK_NAME : names.get(c.programId);
    if (name !== undefined) {
      loads.push({
        programId: c.programId,
        programName: name,
        allocatedHours: allocated,
        assignedHours: assigned,
        loadHours: load,
      });
      continue;
    }
    if (!hidden) {
      hidden = {
        programId: null,
        programName: HIDDEN_PROGRAM_NAME,
        allocatedHours: 0,
        assignedHours: 0,
        loadHours: 0,
      };
      loads.push(hidden);
    }
    hidden.allocatedHours = round2(hidden.allocatedHours + allocated);
    hidden.assignedHours = round2(hidden.assignedHours + assigned);
    hidden.loadHours = round2(hidden.loadHours + load);
  }
  return loads;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

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
