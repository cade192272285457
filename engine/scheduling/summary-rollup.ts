import type { PlanGraph } from './plan-graph.js';

/** Dates of every task, leaves and summaries alike, indexed like `input.tasks`. */
export interface TaskDates {
  start: Float64Array;
  finish: Float64Array;
  earlyStart: Float64Array;
  earlyFinish: Float64Array;
  lateStart: Float64Array;
  lateFinish: Float64Array;
  critical: Uint8Array;
  /** 1 = has dates: a scheduled leaf, or a summary with at least one scheduled leaf below it. */
  present: Uint8Array;
}

/**
 * README §8: a summary's start, finish, ES, EF, LS and LF are the min (starts)
 * or max (finishes) over the leaves below it; it is critical when any of them
 * is. Fills the summary rows of `dates` in place from its leaf rows.
 */
export function rollUpSummaries(graph: PlanGraph, dates: TaskDates): void {
  const { parent, order } = graph;
  const { start, finish, earlyStart, earlyFinish, lateStart, lateFinish, critical, present } =
    dates;
  for (let o = 0; o < order.length; o++) {
    const leaf = order[o]!;
    for (let p = parent[leaf]!; p >= 0; p = parent[p]!) {
      if (!present[p]) {
        present[p] = 1;
        start[p] = start[leaf]!;
        finish[p] = finish[leaf]!;
        earlyStart[p] = earlyStart[leaf]!;
        earlyFinish[p] = earlyFinish[leaf]!;
        lateStart[p] = lateStart[leaf]!;
        lateFinish[p] = lateFinish[leaf]!;
        critical[p] = critical[leaf]!;
        continue;
      }
      if (start[leaf]! < start[p]!) start[p] = start[leaf]!;
      if (finish[leaf]! > finish[p]!) finish[p] = finish[leaf]!;
      if (earlyStart[leaf]! < earlyStart[p]!) earlyStart[p] = earlyStart[leaf]!;
      if (earlyFinish[leaf]! > earlyFinish[p]!) earlyFinish[p] = earlyFinish[leaf]!;
      if (lateStart[leaf]! < lateStart[p]!) lateStart[p] = lateStart[leaf]!;
      if (lateFinish[leaf]! > lateFinish[p]!) lateFinish[p] = lateFinish[leaf]!;
      if (critical[leaf]) critical[p] = 1;
    }
  }
}
