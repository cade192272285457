import type { OverAllocationReport } from '../../../contracts/allocation.schema.js';
import { DomainError } from '../../domain-errors.js';

/**
 * The 409 a write gets when it would over-allocate someone and the caller did
 * not confirm: one issue per week (hours booked, hours available, programs),
 * the whole report in `details`. Allocations and task assignments both raise it.
 */
export function overAllocationError(report: OverAllocationReport): DomainError {
  const weeks = report.weeks.map(
    (w) => `${w.weekStart} (${w.loadPercent === null ? 'no capacity' : `${w.loadPercent}%`})`,
  );
  return new DomainError(
    'over_allocation',
    `This would over-allocate the person in ${report.weeks.length} week(s): ${weeks.slice(0, 4).join(', ')}${weeks.length > 4 ? ', …' : ''}. Send confirmOverAllocation: true to save anyway.`,
    report.weeks.map((w) => ({
      path: 'body',
      code: 'over_allocation',
      message: `week of ${w.weekStart}: ${w.loadHours} h booked, ${w.capacityHours} h available (${w.programs.map((p) => p.programName).join(', ')})`,
    })),
    report,
  );
}
