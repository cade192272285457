import type { DecisionStatus } from '../../../contracts/decision.schema.js';

/**
 * A decision is overdue while it is still proposed and the day it was needed by
 * has passed: `neededBy` before `today` (both `YYYY-MM-DD`, so text order is date
 * order). Decided and superseded ones never are, whatever their date.
 */
export function isDecisionOverdue(
  status: DecisionStatus,
  neededBy: string | null,
  today: string,
): boolean {
  return status === 'proposed' && neededBy !== null && neededBy < today;
}
