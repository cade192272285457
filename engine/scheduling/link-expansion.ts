// Links as leaf → leaf edges in typed arrays (README §8: a link to or from a
// summary applies to every leaf below it), and the CSR adjacency built on them.
import { linkCode } from './codes.js';
import type { Lag, ScheduleInput } from './schedule-input.js';
import type { ScheduleDiagnostic } from './schedule-result.js';

/** For each summary, the leaves below it (computed lazily, only for summaries that are linked). */
export function leafLists(
  n: number,
  parent: Int32Array,
  summary: Uint8Array,
  valid: Uint8Array,
): (i: number) => number[] {
  let children: number[][] | null = null;
  const cache = new Map<number, number[]>();
  return (i) => {
    if (!summary[i]) return [i];
    const hit = cache.get(i);
    if (hit) return hit;
    if (!children) {
      children = Array.from({ length: n }, () => []);
      for (let c = 0; c < n; c++) if (valid[c] && parent[c]! >= 0) children[parent[c]!]!.push(c);
    }
    const leaves: number[] = [];
    const stack = [i];
    while (stack.length) {
      const node = stack.pop()!;
      if (!summary[node]) leaves.push(node);
      else for (const c of children[node]!) stack.push(c);
    }
    leaves.sort((a, b) => a - b);
    cache.set(i, leaves);
    return leaves;
  };
}

/** Growable typed-array storage for the expanded edges. */
class EdgeBuffer {
  count = 0;
  from: Int32Array;
  to: Int32Array;
  type: Uint8Array;
  lag: Float64Array;
  lagElapsed: Uint8Array;
  inherited: Uint8Array;

  constructor(capacity: number) {
    const c = Math.max(4, capacity);
    this.from = new Int32Array(c);
    this.to = new Int32Array(c);
    this.type = new Uint8Array(c);
    this.lag = new Float64Array(c);
    this.lagElapsed = new Uint8Array(c);
    this.inherited = new Uint8Array(c);
  }

  push(from: number, to: number, type: number, lag: number, lagElapsed: number, inherited: number) {
    if (this.count === this.from.length) this.grow();
    const e = this.count++;
    this.from[e] = from;
    this.to[e] = to;
    this.type[e] = type;
    this.lag[e] = lag;
    this.lagElapsed[e] = lagElapsed;
    this.inherited[e] = inherited;
  }

  private grow(): void {
    const c = this.from.length * 2;
    const from = new Int32Array(c);
    from.set(this.from);
    this.from = from;
    const to = new Int32Array(c);
    to.set(this.to);
    this.to = to;
    const type = new Uint8Array(c);
    type.set(this.type);
    this.type = type;
    const lag = new Float64Array(c);
    lag.set(this.lag);
    this.lag = lag;
    const lagElapsed = new Uint8Array(c);
    lagElapsed.set(this.lagElapsed);
    this.lagElapsed = lagElapsed;
    const inherited = new Uint8Array(c);
    inherited.set(this.inherited);
    this.inherited = inherited;
  }
}

export function expandLinks(
  input: ScheduleInput,
  indexOf: Map<string, number>,
  valid: Uint8Array,
  summary: Uint8Array,
  duration: Float64Array,
  leavesBelow: (i: number) => number[],
  diagnostics: ScheduleDiagnostic[],
): EdgeBuffer {
  const tasks = input.tasks;
  let declared = 0;
  for (const task of tasks) declared += task.predecessors.length;
  const edges = new EdgeBuffer(declared);
  for (let j = 0; j < tasks.length; j++) {
    if (!valid[j]) continue;
    const task = tasks[j]!;
    for (const link of task.predecessors) {
      const i = indexOf.get(link.predecessorId);
      if (i === undefined) {
        diagnostics.push({
          code: 'unknown_predecessor',
          severity: 'warning',
          message: `Task "${task.id}" has predecessor "${link.predecessorId}", which does not exist; the link is ignored.`,
          taskIds: [task.id],
        });
        continue;
      }
      const type = linkCode(link.type);
      const lag = link.lag;
      const elapsed = lag.kind === 'elapsed' ? 1 : 0;
      if (!summary[i] && !summary[j]) {
        edges.push(i, j, type, lagMinutes(lag, duration[i]!), elapsed, 0);
        continue;
      }
      const inherited = summary[i] ? 1 : 0;
      for (const from of leavesBelow(i)) {
        const minutes = lagMinutes(lag, duration[from]!);
        for (const to of leavesBelow(j)) edges.push(from, to, type, minutes, elapsed, inherited);
      }
    }
  }
  return edges;
}

/** A lag in minutes; a percentage is of the predecessor's duration (README §3). Not a number → 0. */
function lagMinutes(lag: Lag, predecessorDuration: number): number {
  const minutes =
    lag.kind === 'percent' ? Math.round((lag.percent / 100) * predecessorDuration) : lag.minutes;
  return Number.isFinite(minutes) ? minutes : 0;
}

/** Compressed sparse rows: the edges grouped by `key[edge]`, in edge order. */
export function csr(
  n: number,
  key: Int32Array,
  m: number,
): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) start[key[e]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const items = new Int32Array(m);
  for (let e = 0; e < m; e++) items[fill[key[e]!]!++] = e;
  return { start, items };
}
