/** A "successor cannot start/finish until predecessor …" link between two plan items, by id. */
export interface DependencyEdge {
  predecessorId: string;
  successorId: string;
}

/**
 * The cycle that adding `proposed` to an acyclic graph of `edges` would close,
 * or null when the graph stays acyclic.
 *
 * A new edge u→v closes a cycle exactly when v already reaches u. The answer is
 * read in dependency order starting at v: [v, …, u, v]; every consecutive pair
 * is an edge (the last pair is the proposed one). A self-link gives [v, v].
 *
 * Breadth-first from v, so the cycle reported is a shortest one, which is the
 * easiest for a person to read. Iterative with an explicit queue (plans can be
 * deep enough to overflow a recursive search), each node and edge visited at
 * most once: O(V + E).
 */
export function findCycle(
  edges: Iterable<DependencyEdge>,
  proposed: DependencyEdge,
): string[] | null {
  return findCycleIn(successorsOf(edges), proposed);
}

/** Adjacency lists, predecessor id → successor ids; build once to test many proposed edges. */
export function successorsOf(edges: Iterable<DependencyEdge>): Map<string, string[]> {
  const successors = new Map<string, string[]>();
  for (const { predecessorId, successorId } of edges) {
    const list = successors.get(predecessorId);
    if (list) list.push(successorId);
    else successors.set(predecessorId, [successorId]);
  }
  return successors;
}

/** As `findCycle`, on adjacency lists built by `successorsOf`. */
export function findCycleIn(
  successors: ReadonlyMap<string, readonly string[]>,
  proposed: DependencyEdge,
): string[] | null {
  const from = proposed.successorId;
  const target = proposed.predecessorId;
  if (from === target) return [from, from];
  // reachedFrom doubles as the visited set: each reached node remembers the node it was reached from.
  const reachedFrom = new Map<string, string>([[from, from]]);
  const queue: string[] = [from];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const next of successors.get(node) ?? []) {
      if (reachedFrom.has(next)) continue;
      reachedFrom.set(next, node);
      if (next === target) return cycleThrough(reachedFrom, from, target);
      queue.push(next);
    }
  }
  return null;
}

function cycleThrough(
  reachedFrom: ReadonlyMap<string, string>,
  from: string,
  target: string,
): string[] {
  const backwards = [target];
  for (let node = target; node !== from;) {
    node = reachedFrom.get(node)!;
    backwards.push(node);
  }
  const path = backwards.reverse();
  path.push(from);
  return path;
}
