import type { TaskUpdate } from '../../../contracts/task.schema.js';
import type { TaskRow } from './task.repository.js';

/**
 * When an update moves the likely estimate outside the stored three-point range
 * and does not say where the range goes, the range follows it: the pessimistic
 * estimate rises (or the optimistic falls) to meet the new likely one. Someone
 * editing hours on the program page need not know the forecast's range, and
 * the audit row shows both changes. A range sent in the same update is kept as
 * sent (and checked by the database).
 */
export function estimateRangeFollowingLikely(
  row: Pick<TaskRow, 'estimate_optimistic_hours' | 'estimate_pessimistic_hours'>,
  input: Pick<TaskUpdate, 'estimateHours' | 'estimateOptimisticHours' | 'estimatePessimisticHours'>,
): Record<string, number> {
  const likely = input.estimateHours;
  if (likely === undefined || likely === null) return {};
  const follow: Record<string, number> = {};
  const pessimistic = row.estimate_pessimistic_hours;
  if (input.estimatePessimisticHours === undefined && pessimistic !== null && pessimistic < likely)
    follow.estimate_pessimistic_hours = likely;
  const optimistic = row.estimate_optimistic_hours;
  if (input.estimateOptimisticHours === undefined && optimistic !== null && optimistic > likely)
    follow.estimate_optimistic_hours = likely;
  return follow;
}
