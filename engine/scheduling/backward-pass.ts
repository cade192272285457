import * as codes from './codes.js';
import type { PlanGraph } from './plan-graph.js';
import * as rules from './time-rules.js';

// Local bindings, read once: under vitest's module transform every use of an
// imported name goes through a getter, which doubles the cost of these loops.
const { DONE, FF, FNLT, FS, IN_PROGRESS, MFO, MSO, SNLT, SS } = codes;
const { finishFrom, lateFinishFromStart, placeStart, placeLateFinish, startFrom, subtractLag } =
  rules;

export interface LateDates {
  lateStart: Float64Array;
  lateFinish: Float64Array;
}

/**
 * Late dates in reverse topological order from the project finish, the
 * forward rules mirrored (README §4.7, §6): each outgoing link gives a latest
 * finish (FS, FF) or a latest start (SS, SF), its lag subtracted on the
 * successor's calendar; the earliest wins. A late finish sits at a period end
 * (zero-duration tasks excepted), the late start is the duration before it.
 * FNLT/MFO cap (MFO pins) the finish, SNLT/MSO cap (MSO pins) the start.
 */
export function backwardPass(
  graph: PlanGraph,
  projectFinish: number,
  earlyFinish?: Float64Array,
): LateDates {
  const n = graph.taskCount;
  const { order, outStart, outEdge, edgeTo, edgeType, edgeLag, edgeLagElapsed, scheduled } = graph;
  const { progress, deadline, group } = graph;
  const ls = new Float64Array(n);
  const lf = new Float64Array(n);
  const groupFinish =
    earlyFinish && graph.groupCount > 0 ? finishOfGroups(graph, earlyFinish) : null;

  for (let o = order.length - 1; o >= 0; o--) {
    const i = order[o]!;
    // Done work is history: its late dates are its actual dates.
    if (progress[i] === DONE) {
      ls[i] = graph.actualStart[i]!;
      lf[i] = graph.actualFinish[i]!;
      continue;
    }
    const started = progress[i] === IN_PROGRESS;
    const calendar = graph.calendarOf[i]!;
    const clock = graph.durationClock[i]!;
    // A started task has only its remaining work left to place.
    const duration = started ? graph.remaining[i]! : graph.duration[i]!;
    const zero = duration === 0;

    // Every task finishes by the project finish (its group's), whatever its links say.
    const g = group[i]!;
    let finishBound = groupFinish === null || g < 0 ? projectFinish : groupFinish[g]!;
    let startBound = Infinity;
    for (let k = outStart[i]!; k < outStart[i + 1]!; k++) {
      const e = outEdge[k]!;
      const j = edgeTo[e]!;
      // A done successor asks nothing more of its predecessors.
      if (!scheduled[j] || progress[j] === DONE) continue;
      const type = edgeType[e]!;
      const from = type === FS || type === SS ? ls[j]! : lf[j]!;
      const t = subtractLag(graph.calendarOf[j]!, from, edgeLag[e]!, edgeLagElapsed[e]!);
      if (type === FS || type === FF) {
        if (t < finishBound) finishBound = t;
      } else if (t < startBound) startBound = t;
    }

    let f = finishBound;
    if (startBound < Infinity) {
      const fromStart = lateFinishFromStart(clock, startBound, duration);
      if (fromStart < f) f = fromStart;
    }
    // A deadline caps the late finish as in MS Project, so missing it shows as negative float.
    const due = deadline[i]!;
    if (due < f) f = due; // false for NaN: no deadline
    const constraint = started ? 0 : graph.constraint[i]!;
    const date = graph.constraintDate[i]!;
    if (constraint === FNLT && date < f) f = date;
    if (constraint === SNLT) {
      const fromDate = lateFinishFromStart(clock, date, duration);
      if (fromDate < f) f = fromDate;
    }
    if (!graph.elapsed[i]) f = placeLateFinish(calendar, f, zero);
    if (constraint === MFO) f = date;
    let s = startFrom(clock, f, duration);
    if (constraint === MSO) {
      s = placeStart(calendar, date, zero);
      f = finishFrom(clock, s, duration);
    }
    ls[i] = s;
    lf[i] = f;
  }
  return { lateStart: ls, lateFinish: lf };
}

/** The latest early finish of each group's scheduled leaves, by group number. */
function finishOfGroups(graph: PlanGraph, earlyFinish: Float64Array): Float64Array {
  const finish = new Float64Array(graph.groupCount).fill(-Infinity);
  for (const i of graph.order) {
    const g = graph.group[i]!;
    if (g >= 0 && earlyFinish[i]! > finish[g]!) finish[g] = earlyFinish[i]!;
  }
  return finish;
}
