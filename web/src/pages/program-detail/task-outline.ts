/** The fields of a task the outline needs; the plan's tasks have them all. */
export interface OutlineTask {
  id: string;
  name: string;
  parentTaskId: string | null;
  position: number | null;
  dueDate: string | null;
}

export interface OutlineRow<T extends OutlineTask> {
  task: T;
  /** 0 at the top of the outline. */
  depth: number;
  /** It has tasks below it: its dates roll up from theirs. */
  summary: boolean;
}

/**
 * Tasks in outline order: each summary followed by the tasks below it, siblings by
 * their position (a plan file's order), then those without one by due date and name.
 * A task whose parent is missing (not a task of this list) sits at the top.
 */
export function outlineOf<T extends OutlineTask>(tasks: readonly T[]): OutlineRow<T>[] {
  const ids = new Set(tasks.map((t) => t.id));
  const children = new Map<string | null, T[]>();
  for (const task of tasks) {
    const parent = task.parentTaskId && ids.has(task.parentTaskId) ? task.parentTaskId : null;
    const list = children.get(parent) ?? [];
    list.push(task);
    children.set(parent, list);
  }
  const rows: OutlineRow<T>[] = [];
  const placed = new Set<string>();
  const visit = (parent: string | null, depth: number) => {
    for (const task of [...(children.get(parent) ?? [])].sort(bySiblingOrder)) {
      if (placed.has(task.id)) continue;
      placed.add(task.id);
      rows.push({ task, depth, summary: (children.get(task.id)?.length ?? 0) > 0 });
      visit(task.id, depth + 1);
    }
  };
  visit(null, 0);
  // A loop (only a stale read could hold one) is shown at the top rather than hidden.
  for (const task of tasks) {
    if (placed.has(task.id)) continue;
    placed.add(task.id);
    rows.push({ task, depth: 0, summary: (children.get(task.id)?.length ?? 0) > 0 });
    visit(task.id, 1);
  }
  return rows;
}

/** The ids of a task and of everything below it: none of them may become its parent. */
export function selfAndBelow(tasks: readonly OutlineTask[], id: string): Set<string> {
  const below = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const t of tasks) {
      if (t.parentTaskId && below.has(t.parentTaskId) && !below.has(t.id)) {
        below.add(t.id);
        grew = true;
      }
    }
  }
  return below;
}

function bySiblingOrder(a: OutlineTask, b: OutlineTask): number {
  if (a.position !== null && b.position !== null && a.position !== b.position)
    return a.position - b.position;
  if ((a.position === null) !== (b.position === null)) return a.position === null ? 1 : -1;
  return (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.name.localeCompare(b.name);
}
