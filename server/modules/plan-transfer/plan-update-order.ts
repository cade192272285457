/**
 * Which matched items moved in the outline (pure). Positions are compared as an
 * order, not as numbers: a task dropped above does not "move" every task below
 * it. The items that moved are the fewest whose moving gives the file's order:
 * all but a longest run already in order.
 */

/** Indexes (into `ranks`) of a longest strictly increasing subsequence: what need not move. */
function inOrder(ranks: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array<number>(ranks.length).fill(-1);
  for (let i = 0; i < ranks.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ranks[tails[mid]!]! < ranks[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i >= 0; i = previous[i]!)
    keep.add(i);
  return keep;
}

/** Ids of matched tasks and milestones that moved in the outline order (the fewest that explain it). */
export function movedItems(
  tasks: Map<{ position: number }, { id: string; position: number | null }>,
  milestones: Map<{ position: number }, { id: string; position: number | null }>,
): Set<string> {
  type Pair = { id: string; was: number | null; at: number };
  const pairs: Pair[] = [
    ...[...tasks].map(([f, e]) => ({ id: e.id, was: e.position, at: f.position })),
    ...[...milestones].map(([f, e]) => ({ id: e.id, was: e.position, at: f.position })),
  ];
  const byWas = [...pairs].sort((a, b) => (a.was ?? Infinity) - (b.was ?? Infinity) || a.at - b.at);
  const rank = new Map(byWas.map((p, i) => [p.id, i]));
  const byAt = [...pairs].sort((a, b) => a.at - b.at);
  const keep = inOrder(byAt.map((p) => rank.get(p.id)!));
  return new Set(byAt.filter((_, i) => !keep.has(i)).map((p) => p.id));
}
