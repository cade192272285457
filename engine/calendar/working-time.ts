import type { LocalMinutes } from './local-time.js';

/**
 * Working-time arithmetic on one compiled calendar, with MS Project's boundary
 * rules (see ../shared/conformance/README.md §4):
 * - a start sits at the next working minute (never at a period end);
 * - a finish sits at the end of the last working minute used (Fri 17:00, not Mon 08:00);
 * - when no arithmetic happens, the instant is not moved.
 */
export interface WorkingTime {
  readonly id: string;
  /** t when t is working time (and not the end of a period), else the start of the next working period. */
  nextWorkStart(t: LocalMinutes): LocalMinutes;
  /** t when the minute before t is working, else the end of the previous working period. */
  previousWorkEnd(t: LocalMinutes): LocalMinutes;
  /** From a start, `minutes` of working time forward; lands on the end of the last minute used. 0 → t unchanged. */
  addWorking(t: LocalMinutes, minutes: number): LocalMinutes;
  /** From a finish, `minutes` of working time backward; lands on the start of the first minute used. 0 → t unchanged. */
  subtractWorking(t: LocalMinutes, minutes: number): LocalMinutes;
  /** Working minutes in [a, b); negative when b < a. */
  workingBetween(a: LocalMinutes, b: LocalMinutes): number;
  isWorking(t: LocalMinutes): boolean;
}
