/** Demand for TPM time in a quarter, in full-time equivalents. */
export interface StaffingDemand {
  quarter: string;
  source: 'program' | 'intake';
  fte: number;
}

export interface PlannedRole {
  quarter: string;
  status: 'planned' | 'open' | 'filled';
  /** The person who filled it, when they are already on staff. */
  filledById: string | null;
}

export interface QuarterGap {
  quarter: string;
  demandFte: number;
  programDemandFte: number;
  intakeDemandFte: number;
  staffFte: number;
  filledRoles: number;
  openRoles: number;
  plannedRoles: number;
  gapFte: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Demand against supply per quarter. Supply is the staff on hand (their
 * capacity shares) plus every role due by that quarter that does not already
 * sit in the staff figure: open and planned roles, and filled roles whose
 * person has no account yet. Each role counts as one FTE from its quarter on.
 * Gap = demand − supply; positive means people are still missing.
 */
export function headcountGaps(
  quarters: readonly string[],
  demand: readonly StaffingDemand[],
  roles: readonly PlannedRole[],
  staffFte: number,
): QuarterGap[] {
  return quarters.map((quarter) => {
    const sum = (source: StaffingDemand['source']) =>
      demand
        .filter((d) => d.quarter === quarter && d.source === source)
        .reduce((s, d) => s + d.fte, 0);
    const programDemand = sum('program');
    const intakeDemand = sum('intake');
    const rolesDue = roles.filter(
      (r) => r.quarter <= quarter && (r.status !== 'filled' || r.filledById === null),
    ).length;
    const inQuarter = (status: PlannedRole['status']) =>
      roles.filter((r) => r.quarter === quarter && r.status === status).length;
    const demandFte = programDemand + intakeDemand;
    return {
      quarter,
      demandFte: round2(demandFte),
      programDemandFte: round2(programDemand),
      intakeDemandFte: round2(intakeDemand),
      staffFte: round2(staffFte),
      filledRoles: inQuarter('filled'),
      openRoles: inQuarter('open'),
      plannedRoles: inQuarter('planned'),
      gapFte: round2(demandFte - staffFte - rolesDue),
    };
  });
}
