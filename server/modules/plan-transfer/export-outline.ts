import type { ScheduleTask } from '../../../engine/scheduling/index.js';

/**
 * The outline an export writes (pure): MSPDI and the plan file say a task's parent by
 * its place (a summary, then its children one level deeper), so every item is written
 * after its parent, depth first, keeping the schedule's order among siblings.
 * Workstreams are the program's top level: an item at the top with a workstream is
 * written under a summary row for that workstream (with the workstream's UID), at the
 * place of its first item.
 */
export function exportOutline(
  tasks: readonly ScheduleTask[],
  workstreams: readonly { id: string; name: string; uid: number | null }[],
  workstreamOf: ReadonlyMap<string, string>,
): ScheduleTask[] {
  const known = new Set(tasks.map((t) => t.id));
  const children = new Map<string, ScheduleTask[]>();
  const roots: ScheduleTask[] = [];
  for (const t of tasks) {
    const parent = t.parentId && known.has(t.parentId) ? t.parentId : null;
    if (parent === null) roots.push(t);
    else children.set(parent, [...(children.get(parent) ?? []), t]);
  }
  const names = new Map(workstreams.map((w) => [w.id, w.name]));
  const uids = new Map(workstreams.map((w) => [w.id, w.uid]));
  const grouped = new Map<string, ScheduleTask[]>();
  const top: (ScheduleTask | { workstreamId: string })[] = [];
  for (const t of roots) {
    const w = workstreamOf.get(t.id);
    if (w === undefined || !names.has(w)) {
      top.push({ ...t, parentId: null });
      continue;
    }
    if (!grouped.has(w)) {
      grouped.set(w, []);
      top.push({ workstreamId: w });
    }
    grouped.get(w)!.push(t);
  }
  const outline: ScheduleTask[] = [];
  const written = new Set<string>();
  const write = (t: ScheduleTask, parentId: string | null) => {
    // Iterative: an outline may be deep.
    const stack: [ScheduleTask, string | null][] = [[t, parentId]];
    while (stack.length > 0) {
      const [item, parent] = stack.pop()!;
      if (written.has(item.id)) continue;
      written.add(item.id);
      outline.push({ ...item, parentId: parent });
      const below = children.get(item.id) ?? [];
      for (let i = below.length - 1; i >= 0; i--) stack.push([below[i]!, item.id]);
    }
  };
  for (const entry of top) {
    if (!('workstreamId' in entry)) {
      write(entry, null);
      continue;
    }
    outline.push({
      id: entry.workstreamId,
      name: names.get(entry.workstreamId)!,
      ...(uids.get(entry.workstreamId) != null ? { uid: uids.get(entry.workstreamId)! } : {}),
      parentId: null,
      duration: { kind: 'working', minutes: 0 },
      predecessors: [],
    });
    for (const t of grouped.get(entry.workstreamId)!) write(t, entry.workstreamId);
  }
  // Items in a parent cycle (the engine breaks it) are still written, at the top.
  for (const t of tasks) if (!written.has(t.id)) write(t, null);
  return outline;
}
