import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCycle, type DependencyEdge } from './find-cycle.js';

/**
 * A random DAG: nodes are placed in a random order and every edge points
 * forward in it, so the graph is acyclic by construction.
 */
const dag = fc
  .integer({ min: 2, max: 40 })
  .chain((n) =>
    fc.record({
      order: fc.shuffledSubarray(
        Array.from({ length: n }, (_, i) => `n${i}`),
        { minLength: n, maxLength: n },
      ),
      pairs: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 120 }),
    }),
  )
  .map(({ order, pairs }) => ({
    order,
    edges: pairs
      .filter(([i, j]) => i !== j)
      .map(([i, j]): DependencyEdge => ({
        predecessorId: order[Math.min(i, j)]!,
        successorId: order[Math.max(i, j)]!,
      })),
  }));

function reaches(edges: DependencyEdge[], from: string, to: string): boolean {
  const seen = new Set([from]);
  const stack = [from];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === to) return true;
    for (const e of edges) {
      if (e.predecessorId === node && !seen.has(e.successorId)) {
        seen.add(e.successorId);
        stack.push(e.successorId);
      }
    }
  }
  return false;
}

describe('findCycle properties', () => {
  it('never reports a cycle for an edge that points forward in a topological order', () => {
    fc.assert(
      fc.property(dag, fc.nat(), fc.nat(), ({ order, edges }, a, b) => {
        const i = a % order.length;
        const j = b % order.length;
        fc.pre(i !== j);
        const proposed = {
          predecessorId: order[Math.min(i, j)]!,
          successorId: order[Math.max(i, j)]!,
        };
        expect(findCycle(edges, proposed)).toBeNull();
      }),
    );
  });

  it('reports a back edge u→v exactly when v reaches u, as a closed walk over real edges', () => {
    fc.assert(
      fc.property(dag, fc.nat(), fc.nat(), ({ order, edges }, a, b) => {
        const i = a % order.length;
        const j = b % order.length;
        fc.pre(i !== j);
        // u later in the order than v: u→v points backwards.
        const u = order[Math.max(i, j)]!;
        const v = order[Math.min(i, j)]!;
        const proposed = { predecessorId: u, successorId: v };
        const cycle = findCycle(edges, proposed);
        if (!reaches(edges, v, u)) {
          expect(cycle).toBeNull();
          return;
        }
        expect(cycle).not.toBeNull();
        expect(cycle![0]).toBe(v);
        expect(cycle!.at(-1)).toBe(v);
        expect(cycle!.at(-2)).toBe(u);
        const withProposed = [...edges, proposed];
        for (let k = 0; k + 1 < cycle!.length; k++) {
          const [p, s] = [cycle![k], cycle![k + 1]];
          expect(
            withProposed.some((e) => e.predecessorId === p && e.successorId === s),
            `${p}→${s}`,
          ).toBe(true);
        }
        // A simple cycle: no item repeats except the closing one.
        expect(new Set(cycle!.slice(0, -1)).size).toBe(cycle!.length - 1);
      }),
    );
  });

  it('terminates on any graph, cyclic or not, with a cycle no longer than the item count + 1', () => {
    const anyGraph = fc.array(fc.tuple(fc.nat(15), fc.nat(15)), { maxLength: 80 });
    fc.assert(
      fc.property(anyGraph, fc.nat(15), fc.nat(15), (pairs, u, v) => {
        const edges = pairs.map(([p, s]) => ({ predecessorId: `n${p}`, successorId: `n${s}` }));
        const cycle = findCycle(edges, { predecessorId: `n${u}`, successorId: `n${v}` });
        if (cycle) expect(cycle.length).toBeLessThanOrEqual(17);
        expect(cycle === null).toBe(u !== v && !reaches(edges, `n${v}`, `n${u}`));
      }),
    );
  });
});
