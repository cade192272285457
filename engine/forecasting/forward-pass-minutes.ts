import type { ForecastModel } from './forecast-model.js';

/**
 * One CPM forward pass of the forecast model in working minutes: tasks in
 * topological order; a start is the latest of its start-setting links (and
 * SNET), a finish the later of start + duration and its finish-setting links
 * (and FNET). Writes start 2j and finish 2j + 1 into `times`; returns the
 * project finish. Typed arrays only: this is the loop every iteration runs,
 * and the benchmark's floor.
 */
export function forwardPassMinutes(
  model: ForecastModel,
  durations: Float64Array,
  times: Float64Array,
): number {
  const { earliestStart, earliestFinish, inStart, inSplit, edgeSource, edgeLag } = model;
  const n = model.taskCount;
  let projectFinish = 0;
  for (let j = 0; j < n; j++) {
    let s = earliestStart[j]!;
    const split = inSplit[j]!;
    for (let k = inStart[j]!; k < split; k++) {
      const v = times[edgeSource[k]!]! + edgeLag[k]!;
      if (v > s) s = v;
    }
    const d = durations[j]!;
    let f = s + d;
    let bound = earliestFinish[j]!;
    const last = inStart[j + 1]!;
    for (let k = split; k < last; k++) {
      const v = times[edgeSource[k]!]! + edgeLag[k]!;
      if (v > bound) bound = v;
    }
    if (bound > f) {
      f = bound;
      s = bound - d;
    }
    times[2 * j] = s;
    times[2 * j + 1] = f;
    if (f > projectFinish) projectFinish = f;
  }
  return projectFinish;
}
