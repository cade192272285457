import type { ScheduleResult } from './schedule-result.js';

/**
 * The chain of driving links that ends at `taskId`: from a task driven by
 * nothing but the project start or a constraint, through each task's first
 * driving predecessor, to `taskId` itself (first id = the chain's start).
 * Empty when `taskId` was not scheduled. Follows each task once, so it ends
 * even on malformed input.
 */
export function drivingPath(result: ScheduleResult, taskId: string): string[] {
  const byId = new Map(result.tasks.map((t) => [t.id, t]));
  if (!byId.has(taskId)) return [];
  const path: string[] = [];
  const seen = new Set<string>();
  let id: string | undefined = taskId;
  while (id !== undefined && !seen.has(id)) {
    const task = byId.get(id);
    if (!task) break;
    seen.add(id);
    path.push(id);
    id = task.drivingPredecessorIds[0];
  }
  return path.reverse();
}
