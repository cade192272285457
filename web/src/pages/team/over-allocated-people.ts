import type { CapacityCell, CapacityHeatmap } from './team-types';

export interface OverAllocatedPerson {
  personId: string;
  name: string;
  /** Weeks over 100% (or booked with no capacity). */
  weeks: number;
  /** The week with the highest load ratio; a week without capacity counts as the worst. */
  worst: CapacityCell;
  /** Every program (or run work) loading an over-allocated week, heaviest first. */
  programs: string[];
}

const severity = (c: CapacityCell) =>
  c.loadPercent === null ? Number.POSITIVE_INFINITY : c.loadPercent;

/** The heatmap's over-allocated weeks summed up per person, most weeks first. */
export function overAllocatedPeople(heatmap: CapacityHeatmap): OverAllocatedPerson[] {
  return heatmap.people
    .map((p) => {
      const over = p.cells.filter((c) => c.status === 'over');
      const hours = new Map<string, number>();
      for (const c of over)
        for (const program of c.programs)
          hours.set(program.programName, (hours.get(program.programName) ?? 0) + program.loadHours);
      const worst = over.reduce<CapacityCell | undefined>(
        (w, c) => (!w || severity(c) > severity(w) ? c : w),
        undefined,
      );
      return {
        personId: p.personId,
        name: p.name,
        weeks: over.length,
        worst: worst!,
        programs: [...hours.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name),
      };
    })
    .filter((o) => o.weeks > 0)
    .sort((a, b) => b.weeks - a.weeks || a.name.localeCompare(b.name));
}
