import type { PlanGraph } from './plan-graph.js';
import type { ScheduleDiagnostic } from './schedule-result.js';

/**
 * Kahn's algorithm over the leaf tasks. Fills `graph.order` and
 * `graph.scheduled`. Leaves on a cycle, or after one, never reach in-degree 0:
 * they are left out, and each cycle is reported once with its path (ids in
 * dependency order, the first repeated last). Never loops: O(V + E).
 */
export function orderLeaves(graph: PlanGraph, diagnostics: ScheduleDiagnostic[]): void {
  const {
    taskCount: n,
    valid,
    summary,
    inStart,
    inEdge,
    outStart,
    outEdge,
    edgeFrom,
    edgeTo,
  } = graph;
  const indegree = new Int32Array(n);
  for (let i = 0; i < n; i++) indegree[i] = inStart[i + 1]! - inStart[i]!;
  const order = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) if (valid[i] && !summary[i] && indegree[i] === 0) order[tail++] = i;
  for (let head = 0; head < tail; head++) {
    const i = order[head]!;
    graph.scheduled[i] = 1;
    for (let k = outStart[i]!; k < outStart[i + 1]!; k++) {
      const j = edgeTo[outEdge[k]!]!;
      if (--indegree[j]! === 0) order[tail++] = j;
    }
  }
  graph.order = order.subarray(0, tail);

  // Every leaf left over has a predecessor that is also left over, so walking
  // predecessors from one always closes a cycle. Everything downstream of a
  // reported cycle is marked, so each cycle is reported once.
  const covered = new Uint8Array(n);
  for (let start = 0; start < n; start++) {
    if (!valid[start] || summary[start] || graph.scheduled[start] || covered[start]) continue;
    const walkIndex = new Map<number, number>();
    const walk: number[] = [];
    let node = start;
    while (!walkIndex.has(node)) {
      walkIndex.set(node, walk.length);
      walk.push(node);
      let next = -1;
      for (let k = inStart[node]!; k < inStart[node + 1]!; k++) {
        const p = edgeFrom[inEdge[k]!]!;
        if (!graph.scheduled[p]) {
          next = p;
          break;
        }
      }
      if (next < 0) break; // cannot happen: a leftover leaf has a leftover predecessor
      node = next;
    }
    const cycle = walk.slice(walkIndex.get(node)!).reverse();
    const ids = cycle.map((i) => graph.tasks[i]!.id);
    const left = markDownstream(graph, cycle, covered);
    diagnostics.push({
      code: 'dependency_cycle',
      severity: 'error',
      message: `Dependency cycle ${[...ids, ids[0]!].join(' → ')}; ${left} task(s) on or after it are not scheduled.`,
      taskIds: ids,
      path: [...ids, ids[0]!],
    });
  }
}

function markDownstream(graph: PlanGraph, from: number[], covered: Uint8Array): number {
  const stack = [...from];
  let count = 0;
  for (const i of from) covered[i] = 1;
  while (stack.length) {
    const i = stack.pop()!;
    count++;
    for (let k = graph.outStart[i]!; k < graph.outStart[i + 1]!; k++) {
      const j = graph.edgeTo[graph.outEdge[k]!]!;
      if (covered[j] || graph.scheduled[j]) continue;
      covered[j] = 1;
      stack.push(j);
    }
  }
  return count;
}
