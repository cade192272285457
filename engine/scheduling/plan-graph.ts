import type { LocalMinutes } from '../calendar/local-time.js';
import type { WorkingTime } from '../calendar/working-time.js';
import { ALAP, CONSTRAINT_CODE, DONE, IN_PROGRESS } from './codes.js';
import { csr, expandLinks, leafLists } from './link-expansion.js';
import type { ScheduleInput, ScheduleTask, TaskProgress } from './schedule-input.js';
import type { ScheduleDiagnostic } from './schedule-result.js';

/** Wall-clock time: durations and lags marked elapsed run on it (README §2, §4.6). */
export const ELAPSED_CLOCK: WorkingTime = {
  id: '24x7',
  nextWorkStart: (t) => t,
  previousWorkEnd: (t) => t,
  addWorking: (t, minutes) => t + minutes,
  subtractWorking: (t, minutes) => t - minutes,
  workingBetween: (a, b) => b - a,
  isWorking: () => true,
};

/**
 * The plan as integer-indexed typed arrays, built once. Task index = position
 * in `input.tasks`. Links are expanded to leaf→leaf edges (a link to or from a
 * summary applies to every leaf below it, README §8) and stored twice in CSR
 * form: by successor (`inStart`/`inEdge`) and by predecessor (`outStart`/`outEdge`).
 */
export interface PlanGraph {
  tasks: readonly ScheduleTask[];
  taskCount: number;
  indexOf: Map<string, number>;
  /** 1 = usable task (not a duplicate id). */
  valid: Uint8Array;
  parent: Int32Array;
  summary: Uint8Array;
  /** Leaf indices in topological order (Kahn); tasks on or after a cycle are missing. */
  order: Int32Array;
  /** 1 = leaf scheduled (in `order`). */
  scheduled: Uint8Array;
  calendarOf: WorkingTime[];
  /** Calendar used for the task's duration: its calendar, or the 24×7 clock for elapsed durations. */
  durationClock: WorkingTime[];
  duration: Float64Array;
  elapsed: Uint8Array;
  constraint: Uint8Array;
  constraintDate: Float64Array;
  edgeCount: number;
  edgeFrom: Int32Array;
  edgeTo: Int32Array;
  edgeType: Uint8Array;
  /** Lag in minutes: working minutes on the successor's calendar, or wall-clock minutes when `edgeLagElapsed`. */
  edgeLag: Float64Array;
  edgeLagElapsed: Uint8Array;
  /** 1 = the predecessor leaf inherits the link from a summary above it (free slack ignores it). */
  edgeInherited: Uint8Array;
  inStart: Int32Array;
  inEdge: Int32Array;
  outStart: Int32Array;
  outEdge: Int32Array;
  /** Per task: NOT_STARTED, IN_PROGRESS or DONE (codes.ts), from `progress`. */
  progress: Uint8Array;
  actualStart: Float64Array;
  actualFinish: Float64Array;
  /** Work left on an in-progress task, in its duration's time base. */
  remaining: Float64Array;
  /** The status date, or NaN without one. */
  statusDate: number;
  /** Per task: its deadline, or NaN. Read once here: the passes touch only typed arrays. */
  deadline: Float64Array;
  /** Per task: its group's number (ScheduleTask.group), or −1; `groupCount` groups in all. */
  group: Int32Array;
  groupCount: number;
  projectCalendar: WorkingTime;
  start: LocalMinutes;
}

export function buildPlanGraph(
  input: ScheduleInput,
  calendars: ReadonlyMap<string, WorkingTime>,
  diagnostics: ScheduleDiagnostic[],
): PlanGraph | null {
  const tasks = input.tasks;
  const n = tasks.length;
  const projectCalendar = calendars.get(input.projectCalendarId);
  if (!projectCalendar) {
    diagnostics.push({
      code: 'unknown_calendar',
      severity: 'error',
      message: `The project calendar "${input.projectCalendarId}" does not exist; nothing can be scheduled.`,
      taskIds: [],
    });
    return null;
  }

  const indexOf = new Map<string, number>();
  const valid = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const id = tasks[i]!.id;
    if (indexOf.has(id)) {
      diagnostics.push({
        code: 'duplicate_task_id',
        severity: 'error',
        message: `Task id "${id}" is used more than once; only the first is scheduled.`,
        taskIds: [id],
      });
      continue;
    }
    indexOf.set(id, i);
    valid[i] = 1;
  }

  const parent = new Int32Array(n).fill(-1);
  const summary = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!valid[i]) continue;
    const task = tasks[i]!;
    if (task.parentId == null) continue;
    const p = indexOf.get(task.parentId);
    if (p === undefined || p === i) {
      diagnostics.push({
        code: 'unknown_parent',
        severity: 'warning',
        message: `Task "${task.id}" names parent "${task.parentId}", which does not exist; it is treated as top-level.`,
        taskIds: [task.id],
      });
      continue;
    }
    parent[i] = p;
  }
  breakParentCycles(tasks, parent, valid, diagnostics);
  for (let i = 0; i < n; i++) if (parent[i]! >= 0) summary[parent[i]!] = 1;

  const calendarOf: WorkingTime[] = new Array<WorkingTime>(n).fill(projectCalendar);
  const durationClock: WorkingTime[] = new Array<WorkingTime>(n).fill(projectCalendar);
  const duration = new Float64Array(n);
  const elapsed = new Uint8Array(n);
  const constraint = new Uint8Array(n);
  const constraintDate = new Float64Array(n);
  const progress = new Uint8Array(n);
  const actualStart = new Float64Array(n);
  const actualFinish = new Float64Array(n);
  const remaining = new Float64Array(n);
  const deadline = new Float64Array(n).fill(NaN);
  const group = new Int32Array(n).fill(-1);
  const groupOf = new Map<string, number>();
  // One holder for every task's actuals: nothing is allocated per task.
  const tracked = { progress, actualStart, actualFinish, remaining };
  for (let i = 0; i < n; i++) {
    if (!valid[i]) continue;
    const task = tasks[i]!;
    if (task.calendarId != null) {
      const calendar = calendars.get(task.calendarId);
      if (calendar) calendarOf[i] = calendar;
      else
        diagnostics.push({
          code: 'unknown_calendar',
          severity: 'warning',
          message: `Task "${task.id}" uses calendar "${task.calendarId}", which does not exist; the project calendar is used.`,
          taskIds: [task.id],
        });
    }
    const minutes = task.duration.minutes;
    duration[i] = Number.isFinite(minutes) && minutes > 0 ? minutes : 0;
    elapsed[i] = task.duration.kind === 'elapsed' ? 1 : 0;
    durationClock[i] = elapsed[i] ? ELAPSED_CLOCK : calendarOf[i]!;
    const c = task.constraint;
    if (c && c.type !== 'ASAP') {
      const code = CONSTRAINT_CODE[c.type];
      if (code !== ALAP && (c.date === undefined || !Number.isFinite(c.date))) {
        diagnostics.push({
          code: 'constraint_date_missing',
          severity: 'warning',
          message: `Task "${task.id}" has a ${c.type} constraint without a date; it is scheduled as soon as possible.`,
          taskIds: [task.id],
        });
      } else {
        constraint[i] = code;
        constraintDate[i] = c.date ?? 0;
      }
    }
    if (task.progress !== undefined) readProgress(task.progress, i, duration[i]!, tracked);
    if (task.deadline !== undefined && Number.isFinite(task.deadline)) deadline[i] = task.deadline;
    if (task.group !== undefined) {
      let g = groupOf.get(task.group);
      if (g === undefined) groupOf.set(task.group, (g = groupOf.size));
      group[i] = g;
    }
  }

  const leavesBelow = leafLists(n, parent, summary, valid);
  const edges = expandLinks(input, indexOf, valid, summary, duration, leavesBelow, diagnostics);
  const m = edges.count;
  const edgeFrom = edges.from.subarray(0, m);
  const edgeTo = edges.to.subarray(0, m);
  const { start: inStart, items: inEdge } = csr(n, edgeTo, m);
  const { start: outStart, items: outEdge } = csr(n, edgeFrom, m);

  const graph: PlanGraph = {
    tasks,
    taskCount: n,
    indexOf,
    valid,
    parent,
    summary,
    order: new Int32Array(0),
    scheduled: new Uint8Array(n),
    calendarOf,
    durationClock,
    duration,
    elapsed,
    constraint,
    constraintDate,
    edgeCount: m,
    edgeFrom,
    edgeTo,
    edgeType: edges.type.subarray(0, m),
    edgeLag: edges.lag.subarray(0, m),
    edgeLagElapsed: edges.lagElapsed.subarray(0, m),
    edgeInherited: edges.inherited.subarray(0, m),
    inStart,
    inEdge,
    outStart,
    outEdge,
    progress,
    actualStart,
    actualFinish,
    remaining,
    statusDate:
      input.statusDate !== undefined && Number.isFinite(input.statusDate) ? input.statusDate : NaN,
    deadline,
    group,
    groupCount: groupOf.size,
    projectCalendar,
    start: input.start,
  };
  return graph;
}

/**
 * A task's actuals into the typed arrays. Bad actuals (not finite, a finish
 * before the start) are ignored rather than trusted: the task counts as not
 * started, or as in progress when only its finish is unusable.
 */
function readProgress(
  p: TaskProgress,
  i: number,
  duration: number,
  out: Pick<PlanGraph, 'progress' | 'actualStart' | 'actualFinish' | 'remaining'>,
): void {
  if (!Number.isFinite(p.actualStart)) return;
  out.actualStart[i] = p.actualStart;
  if (
    p.actualFinish !== undefined &&
    Number.isFinite(p.actualFinish) &&
    p.actualFinish >= p.actualStart
  ) {
    out.progress[i] = DONE;
    out.actualFinish[i] = p.actualFinish;
    return;
  }
  out.progress[i] = IN_PROGRESS;
  const left = p.remainingMinutes;
  out.remaining[i] = left !== undefined && Number.isFinite(left) ? Math.max(0, left) : duration;
}

/** A parent chain that loops (a is b's parent, b is a's): cut it and say so. */
function breakParentCycles(
  tasks: readonly ScheduleTask[],
  parent: Int32Array,
  valid: Uint8Array,
  diagnostics: ScheduleDiagnostic[],
): void {
  const n = parent.length;
  const state = new Uint8Array(n); // 0 unseen, 1 on the current walk, 2 done
  for (let i = 0; i < n; i++) {
    if (!valid[i] || state[i]) continue;
    const walk: number[] = [];
    let node = i;
    while (node >= 0 && state[node] === 0) {
      state[node] = 1;
      walk.push(node);
      node = parent[node]!;
    }
    if (node >= 0 && state[node] === 1) {
      const child = walk[walk.length - 1]!;
      diagnostics.push({
        code: 'unknown_parent',
        severity: 'warning',
        message: `The parent chain of task "${tasks[child]!.id}" loops back to itself; it is treated as top-level.`,
        taskIds: [tasks[child]!.id],
      });
      parent[child] = -1;
    }
    for (const w of walk) state[w] = 2;
  }
}
