import type { LocalMinutes } from '../calendar/local-time.js';

/** Loads are sums of fractional units (0.5 + 0.25 …): compare with this slack. */
export const LOAD_EPSILON = 1e-9;

/**
 * One resource's load over time as a step function: `loads[i]` units are in
 * use on [times[i], times[i + 1]); before the first breakpoint and after the
 * last the load is 0 (the last segment always has load 0). Breakpoints are
 * sorted; a check or an insert binary-searches its start and walks only the
 * segments it overlaps.
 */
export class ResourceProfile {
  readonly times: number[] = [];
  readonly loads: number[] = [];
  /** Placed spans, for reasons: [start, end, task index] triples in placement order. */
  readonly spans: number[] = [];

  /** Index of the first segment overlapping [start, finish) whose load exceeds `limit`, or -1. */
  firstOverload(start: LocalMinutes, finish: LocalMinutes, limit: number): number {
    const { times, loads } = this;
    let k = upperBound(times, start) - 1;
    if (k < 0) k = 0;
    for (; k < times.length && times[k]! < finish; k++) {
      if (loads[k]! > limit + LOAD_EPSILON) return k;
    }
    return -1;
  }

  /** The first breakpoint after segment k from which the load is at most `limit`. */
  nextFit(k: number, limit: number): LocalMinutes {
    const { times, loads } = this;
    let j = k + 1;
    while (j < times.length - 1 && loads[j]! > limit + LOAD_EPSILON) j++;
    return times[j]!;
  }

  /** Adds `units` over [start, finish) (finish > start). */
  add(start: LocalMinutes, finish: LocalMinutes, units: number, task: number): void {
    const a = this.breakAt(start);
    const b = this.breakAt(finish);
    for (let k = a; k < b; k++) this.loads[k]! += units;
    this.spans.push(start, finish, task);
  }

  /** Task indices whose spans overlap [from, to). */
  tasksOverlapping(from: LocalMinutes, to: LocalMinutes): number[] {
    const out: number[] = [];
    const s = this.spans;
    for (let i = 0; i < s.length; i += 3) if (s[i]! < to && s[i + 1]! > from) out.push(s[i + 2]!);
    return out;
  }

  private breakAt(t: LocalMinutes): number {
    const { times, loads } = this;
    const i = lowerBound(times, t);
    if (times[i] === t) return i;
    times.splice(i, 0, t);
    loads.splice(i, 0, i > 0 ? loads[i - 1]! : 0);
    return i;
  }
}

/** First index with a[i] ≥ t. */
function lowerBound(a: readonly number[], t: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index with a[i] > t. */
function upperBound(a: readonly number[], t: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
