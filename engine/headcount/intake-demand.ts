import { fiscalQuarterOf, shiftQuarter } from './fiscal-quarter.js';
import type { StaffingDemand } from './headcount-gap.js';

export type IntakeSize = 'unknown' | 'xs' | 's' | 'm' | 'l' | 'xl';

/**
 * TPM time an accepted request needs by its size guess, until a program takes
 * it over: FTE for a number of quarters. The request template's sizes read "a
 * few weeks (S), a quarter (M), several quarters (L)"; an unknown size counts
 * as S until someone sizes it.
 */
export const INTAKE_SIZE_DEMAND: Record<IntakeSize, { fte: number; quarters: number }> = {
  unknown: { fte: 0.5, quarters: 1 },
  xs: { fte: 0.25, quarters: 1 },
  s: { fte: 0.5, quarters: 1 },
  m: { fte: 1, quarters: 1 },
  l: { fte: 1, quarters: 3 },
  xl: { fte: 1.5, quarters: 4 },
};

/** Accepted requests (not yet programs) as demand from the quarter they were accepted in. */
export function intakeDemand(
  requests: readonly { acceptedOn: string; size: IntakeSize }[],
  fiscalStartMonth?: number,
): StaffingDemand[] {
  return requests.flatMap((r) => {
    const { fte, quarters } = INTAKE_SIZE_DEMAND[r.size];
    const first = fiscalQuarterOf(r.acceptedOn, fiscalStartMonth);
    return Array.from({ length: quarters }, (_, i) => ({
      quarter: shiftQuarter(first, i),
      source: 'intake' as const,
      fte,
    }));
  });
}
