import { bench, describe } from 'vitest';
import {
  findCycle,
  findCycleIn,
  successorsOf,
  type DependencyEdge,
} from '../engine/dependency-graph/find-cycle.js';

// The server's check on every new dependency: load all edges, build adjacency
// lists, search from the new successor. Graph: 10,000 tasks, 30,000 distinct
// edges, all pointing forward in a random topological order (a DAG), seeded.
// Each link goes to one of the next LINK_SPAN tasks in that order, as plans
// chain work, so the first task reaches almost every other one, thousands of
// links deep, and a full search really walks the whole graph.
const TASKS = 10_000;
const EDGES = 30_000;
const LINK_SPAN = 100;

function seededRandom(seed: number): () => number {
  // mulberry32: small, fast and good enough to shape a test graph.
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomDag(random: () => number): { order: string[]; edges: DependencyEdge[] } {
  const order = Array.from({ length: TASKS }, (_, i) => `task-${i}`);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const seen = new Set<string>();
  const edges: DependencyEdge[] = [];
  while (edges.length < EDGES) {
    const from = Math.floor(random() * TASKS);
    const to = from + 1 + Math.floor(random() * LINK_SPAN);
    const key = `${from}:${to}`;
    if (to >= TASKS || seen.has(key)) continue;
    seen.add(key);
    edges.push({ predecessorId: order[from]!, successorId: order[to]! });
  }
  return { order, edges };
}

function reachableFrom(successors: Map<string, string[]>, start: string): Set<string> {
  const reached = new Set([start]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    for (const next of successors.get(queue[head]!) ?? []) {
      if (reached.has(next)) continue;
      reached.add(next);
      queue.push(next);
    }
  }
  return reached;
}

const { order, edges } = randomDag(seededRandom(20_270_104));
const successors = successorsOf(edges);
const first = order[0]!;
const reached = reachableFrom(successors, first);
// Accepted, worst case: a brand-new predecessor of the first task; the search
// walks everything the first task reaches and never finds the new one.
const accepted: DependencyEdge = { predecessorId: 'new-task', successorId: first };
// Refused: from the task latest in the order that the first one reaches, back to the first.
const refused: DependencyEdge = {
  predecessorId: [...order].reverse().find((id) => reached.has(id))!,
  successorId: first,
};
const refusedCycle = findCycle(edges, refused);
if (findCycle(edges, accepted) !== null || refusedCycle === null || reached.size < TASKS * 0.9) {
  throw new Error('the benchmark graph is not shaped as intended');
}
console.log(
  `graph: first task reaches ${reached.size} of ${TASKS}; the refused edge closes a cycle of ${refusedCycle.length - 1} links`,
);

// Longer runs than the default: a shared machine's noise otherwise dominates.
const options = { time: 3000, warmupTime: 500 };

describe('dependency cycle check, 10,000 tasks / 30,000 edges', () => {
  bench(
    'accepted edge, full search, adjacency built per check (as the server does)',
    () => {
      findCycle(edges, accepted);
    },
    options,
  );
  bench(
    'refused edge (closes a cycle), adjacency built per check',
    () => {
      findCycle(edges, refused);
    },
    options,
  );
  bench(
    'accepted edge, full search on prebuilt adjacency',
    () => {
      findCycleIn(successors, accepted);
    },
    options,
  );
});
