import type { EarlyDates } from './forward-pass.js';
import type { LateDates } from './backward-pass.js';
import * as codes from './codes.js';
import type { PlanGraph } from './plan-graph.js';

// Local bindings, read once: under vitest's module transform every use of an
// imported name goes through a getter, which doubles the cost of these loops.
const { DONE, FF, FS, IN_PROGRESS, SS } = codes;

export interface Slack {
  total: Float64Array;
  free: Float64Array;
}

/**
 * README §7, in the task's own time base (its calendar's working minutes, or
 * wall-clock minutes for an elapsed duration):
 * - total = min(W(ES, LS), W(EF, LF)), and no more than minus the time by
 *   which a hard constraint overrides the task's links (MS Project, slack9);
 * - free = min over the task's own outgoing links (not those inherited
 *   through a summary) of the gap between the dates the link type names,
 *   minus the lag, never below 0; with no such link, the total slack. A link
 *   to a summary counts (through each leaf below it); a link a leaf inherits
 *   from a summary above it does not.
 *   As in MPXJ (the synthetic oracle) it is not capped at the total slack.
 */
export function computeSlack(graph: PlanGraph, early: EarlyDates, late: LateDates): Slack {
  const n = graph.taskCount;
  const total = new Float64Array(n);
  const free = new Float64Array(n);
  const { earlyStart: es, earlyFinish: ef } = early;
  const { lateStart: ls, lateFinish: lf } = late;
  const { order, outStart, outEdge, edgeTo, edgeType, edgeLag, edgeLagElapsed, scheduled } = graph;

  for (let o = 0; o < order.length; o++) {
    const i = order[o]!;
    if (graph.progress[i] === DONE) continue; // no float: it is history
    const clock = graph.durationClock[i]!;
    // A started task's start is history; only its finish can move.
    const startSlack =
      graph.progress[i] === IN_PROGRESS ? Infinity : clock.workingBetween(es[i]!, ls[i]!);
    const finishSlack = clock.workingBetween(ef[i]!, lf[i]!);
    // A hard constraint that overrides its links: MS Project shows the overlap as negative slack.
    const conflict = early.conflict[i]!;
    const t = Math.min(startSlack, finishSlack, conflict > 0 ? -conflict : Infinity);
    total[i] = t;

    let minGap = Infinity;
    for (let k = outStart[i]!; k < outStart[i + 1]!; k++) {
      const e = outEdge[k]!;
      const j = edgeTo[e]!;
      if (!scheduled[j] || graph.edgeInherited[e]) continue;
      const type = edgeType[e]!;
      const from = type === FS || type === FF ? ef[i]! : es[i]!;
      const to = type === FS || type === SS ? es[j]! : ef[j]!;
      const lag = edgeLag[e]!;
      const gap = edgeLagElapsed[e]
        ? clock.workingBetween(from + lag, to)
        : clock.workingBetween(from, to) - lag;
      if (gap < minGap) minGap = gap;
    }
    free[i] = minGap === Infinity ? t : Math.max(0, minGap);
  }
  return { total, free };
}
