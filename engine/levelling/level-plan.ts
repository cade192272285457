import { compileCalendars } from '../calendar/compile-calendar.js';
import { NoWorkingTimeError } from '../calendar/compiled-working-time.js';
import { formatLocalDateTime, type LocalMinutes } from '../calendar/local-time.js';
import type { WorkingTime } from '../calendar/working-time.js';
import { ALAP, FF, FNET, FNLT, FS, MFO, MSO, SNET, SNLT, SS } from '../scheduling/codes.js';
import { buildPlanGraph, type PlanGraph } from '../scheduling/plan-graph.js';
import type { ScheduleInput, ScheduleTask } from '../scheduling/schedule-input.js';
import { schedulePlan, type ScheduleOptions } from '../scheduling/schedule-plan.js';
import type { ScheduleDiagnostic, TaskSchedule } from '../scheduling/schedule-result.js';
import { addLag, finishFrom, placeStart, startFrom } from '../scheduling/time-rules.js';
import { orderLeaves } from '../scheduling/topological-order.js';
import type {
  Assignment,
  LevelingDelay,
  LevelingDiagnostic,
  LevelingOptions,
  LevelingResult,
  Resource,
  UnresolvedTask,
} from './levelling-types.js';
import { LOAD_EPSILON, ResourceProfile } from './resource-profile.js';

/** The task index under which reservations sit in a resource profile. */
const OUTSIDE_WORK = -1;

/** MS Project's default task priority; 1000 means "do not level". */
export const DEFAULT_PRIORITY = 500;
export const DO_NOT_LEVEL_PRIORITY = 1000;

/**
 * Resource levelling: a priority-driven serial schedule-generation scheme.
 *
 * Ordering rule. Every leaf task gets a rank, fixed before levelling starts:
 *   1. task `priority` descending (absent = 500, as MS Project);
 *   2. then total slack ascending, from the unlevelled CPM schedule (the
 *      least float goes first, so critical work keeps its dates);
 *   3. then task id ascending (plain code-unit order, not locale order).
 * Tasks are placed one at a time; the next one placed is always the
 * best-ranked task whose predecessors (after summary links are expanded to
 * leaves) are all placed, so links can be honoured from placed dates.
 *
 * Placement. A task's earliest dates are computed from its placed
 * predecessors exactly as the CPM forward pass does (link type, lag on the
 * task's calendar, SNET/FNET push, MSO/MFO/SNLT/FNLT override; an ALAP task
 * never earlier than its unlevelled date). If an assigned resource would then
 * exceed its capacity in any period of the task's span [start, finish), the
 * start moves to the next instant where that resource's load frees up
 * (placed on the task's calendar) and the check repeats; each move is to a
 * later breakpoint of a resource profile, so the loop ends. The task is not
 * moved (it stays at its earliest dates, still over-allocating, and is
 * reported in `unresolved`) when the move would break a hard constraint
 * (MSO/MFO: no move at all; SNLT/FNLT: not past the date), when its priority
 * is 1000, when `withinSlackOnly` and it would start after its unlevelled late
 * start, or when its units alone exceed a resource's capacity.
 *
 * Result. The plan is rescheduled by the CPM engine with each delayed task
 * (and, once anything moved, each ALAP task) pinned by a start-no-earlier-than at its
 * levelled start, so dates, slack and critical flags are those of the
 * levelled plan and links are checked by the same code as ever.
 *
 * Reservations (`options.reservations`: the person's load on other programs)
 * are in the profiles before the first task is placed, so a task moves past
 * the days its people are booked elsewhere.
 *
 * Load is counted over a task's whole span (wall clock, including nights and
 * weekends inside it): conservative across calendars, never under-counting.
 * Resource calendars are carried in the model but not yet used to shape load.
 */
export function levelPlan(
  input: ScheduleInput,
  resources: readonly Resource[],
  assignments: readonly Assignment[],
  options: LevelingOptions,
  calendars?: ReadonlyMap<string, WorkingTime>,
): LevelingResult {
  const scheduleOptions: ScheduleOptions = calendars ? { calendars } : {};
  const base = schedulePlan(input, scheduleOptions);
  const diagnostics: LevelingDiagnostic[] = [];
  const empty = { result: base, delays: [], unresolved: [], diagnostics };
  const compiled = calendars ?? compileUsable(input);
  const graphDiagnostics: ScheduleDiagnostic[] = [];
  let placed: Placement;
  try {
    const graph = buildPlanGraph(input, compiled, graphDiagnostics);
    if (!graph) return empty;
    orderLeaves(graph, graphDiagnostics);
    placed = place(graph, base.tasks, resources, assignments, options, diagnostics);
  } catch (error) {
    if (error instanceof NoWorkingTimeError) return empty;
    throw error;
  }
  if (placed.pinned.size === 0)
    return { ...empty, delays: placed.delays, unresolved: placed.unresolved };

  const tasks: ScheduleTask[] = input.tasks.map((task, i) => {
    const at = placed.pinned.get(i);
    return at === undefined ? task : { ...task, constraint: { type: 'SNET', date: at } };
  });
  const result = schedulePlan({ ...input, tasks }, scheduleOptions);
  return { result, delays: placed.delays, unresolved: placed.unresolved, diagnostics };
}

interface Placement {
  /** Task index → levelled start to pin with SNET. */
  pinned: Map<number, LocalMinutes>;
  delays: LevelingDelay[];
  unresolved: UnresolvedTask[];
}

function compileUsable(input: ScheduleInput): Map<string, WorkingTime> {
  const compiled = compileCalendars(input.calendars);
  for (const d of compiled.diagnostics) {
    if (d.code === 'calendar_has_no_working_time') compiled.calendars.delete(d.calendarId);
  }
  return compiled.calendars;
}

function place(
  graph: PlanGraph,
  rows: readonly TaskSchedule[],
  resources: readonly Resource[],
  assignments: readonly Assignment[],
  options: LevelingOptions,
  diagnostics: LevelingDiagnostic[],
): Placement {
  const n = graph.taskCount;
  const { order, inStart, inEdge, outStart, outEdge, edgeFrom, edgeTo, edgeType } = graph;
  const { edgeLag, edgeLagElapsed } = graph;
  const row = new Array<TaskSchedule | undefined>(n);
  for (const r of rows) {
    const i = graph.indexOf.get(r.id);
    if (i !== undefined) row[i] = r;
  }

  // Resources and per-task assignment lists (units summed per task and resource).
  const resourceIndex = new Map<string, number>();
  const usable: Resource[] = [];
  for (const r of resources) {
    if (resourceIndex.has(r.id)) {
      diagnostics.push(
        diag(
          'duplicate_resource',
          `Resource id "${r.id}" is used more than once; the first is used.`,
          [],
          [r.id],
        ),
      );
      continue;
    }
    resourceIndex.set(r.id, usable.length);
    usable.push(r);
  }
  const profiles = usable.map(() => new ResourceProfile());
  const capacity = usable.map((r) =>
    Number.isFinite(r.capacity) && r.capacity > 0 ? r.capacity : 0,
  );
  for (const b of options.reservations ?? []) {
    const r = resourceIndex.get(b.resourceId);
    if (r === undefined || !(b.finish > b.start) || !(b.units > 0)) continue;
    profiles[r]!.add(b.start, b.finish, b.units, OUTSIDE_WORK);
  }
  const taskLoads: (Map<number, number> | undefined)[] = new Array(n);
  for (const a of assignments) {
    const t = graph.indexOf.get(a.taskId);
    const r = resourceIndex.get(a.resourceId);
    if (t === undefined) {
      diagnostics.push(
        diag(
          'unknown_task',
          `An assignment names task "${a.taskId}", which does not exist; it is ignored.`,
          [a.taskId],
          [a.resourceId],
        ),
      );
      continue;
    }
    if (r === undefined) {
      diagnostics.push(
        diag(
          'unknown_resource',
          `Task "${a.taskId}" is assigned resource "${a.resourceId}", which does not exist; the assignment is ignored.`,
          [a.taskId],
          [a.resourceId],
        ),
      );
      continue;
    }
    if (graph.summary[t]) {
      diagnostics.push(
        diag(
          'summary_assignment',
          `Task "${a.taskId}" is a summary; its assignment of "${a.resourceId}" is not levelled.`,
          [a.taskId],
          [a.resourceId],
        ),
      );
      continue;
    }
    if (!Number.isFinite(a.units) || a.units <= 0) {
      diagnostics.push(
        diag(
          'invalid_units',
          `The assignment of "${a.resourceId}" to task "${a.taskId}" has units ${a.units}; it is ignored.`,
          [a.taskId],
          [a.resourceId],
        ),
      );
      continue;
    }
    const loads = (taskLoads[t] ??= new Map());
    loads.set(r, (loads.get(r) ?? 0) + a.units);
  }

  // Rank (see levelPlan): priority desc, unlevelled total slack asc, id asc.
  const priority = new Float64Array(n);
  const slack = new Float64Array(n);
  for (const j of order) {
    const p = graph.tasks[j]!.priority;
    priority[j] = p !== undefined && Number.isFinite(p) ? p : DEFAULT_PRIORITY;
    slack[j] = row[j]?.totalSlackMinutes ?? 0;
  }
  const ranked = Array.from(order).sort(
    (a, b) =>
      priority[b]! - priority[a]! ||
      slack[a]! - slack[b]! ||
      compareIds(graph.tasks[a]!.id, graph.tasks[b]!.id),
  );
  const rank = new Int32Array(n);
  ranked.forEach((j, r) => (rank[j] = r));

  const indegree = new Int32Array(n);
  const heap = new RankHeap(rank);
  for (const j of order) {
    indegree[j] = inStart[j + 1]! - inStart[j]!;
    if (indegree[j] === 0) heap.push(j);
  }

  const start = new Float64Array(n);
  const finish = new Float64Array(n);
  const pinned = new Map<number, LocalMinutes>();
  const alap = new Map<number, LocalMinutes>();
  const delays: LevelingDelay[] = [];
  const unresolved: UnresolvedTask[] = [];

  while (heap.size > 0) {
    const j = heap.pop();
    const calendar = graph.calendarOf[j]!;
    const clock = graph.durationClock[j]!;
    const duration = graph.duration[j]!;
    const zero = duration === 0;
    const constraint = graph.constraint[j]!;
    const date = graph.constraintDate[j]!;

    // Earliest dates from the placed predecessors: the forward pass's rules.
    let latestStart = -Infinity;
    let finishBound = -Infinity;
    for (let k = inStart[j]!; k < inStart[j + 1]!; k++) {
      const e = inEdge[k]!;
      const i = edgeFrom[e]!;
      const type = edgeType[e]!;
      const from = type === FS || type === FF ? finish[i]! : start[i]!;
      let t = addLag(calendar, from, edgeLag[e]!, edgeLagElapsed[e]!);
      if (type === FF && !zero) t = calendar.previousWorkEnd(t);
      if (type === FS || type === SS) {
        if (t > latestStart) latestStart = t;
      } else if (t > finishBound) finishBound = t;
    }
    const linked = inStart[j + 1]! > inStart[j]!;
    let s = placeStart(calendar, !linked && constraint === SNET ? date : graph.start, zero);
    if (!linked && constraint === FNET)
      s = placeStart(calendar, startFrom(clock, date, duration), zero);
    if (latestStart > -Infinity) s = Math.max(s, placeStart(calendar, latestStart, zero));
    if (finishBound > -Infinity) s = Math.max(s, startFrom(clock, finishBound, duration));
    let f = Math.max(finishFrom(clock, s, duration), finishBound);
    switch (constraint) {
      case SNET: {
        const d = placeStart(calendar, date, zero);
        if (d > s) [s, f] = [d, finishFrom(clock, d, duration)];
        break;
      }
      case FNET:
        if (date > f) [s, f] = [startFrom(clock, date, duration), date];
        break;
      case MSO:
      case SNLT: {
        const d = placeStart(calendar, date, zero);
        if (constraint === MSO || d < s) [s, f] = [d, finishFrom(clock, d, duration)];
        break;
      }
      case MFO:
      case FNLT:
        if (constraint === MFO || date < f) [s, f] = [startFrom(clock, date, duration), date];
        break;
      case ALAP: {
        // Never earlier than its unlevelled (late) date.
        const late = row[j]?.start ?? s;
        if (late > s) [s, f] = [late, Math.max(finishFrom(clock, late, duration), finishBound)];
        break;
      }
    }
    const s0 = s;
    const f0 = f;

    const loads = taskLoads[j];
    if (loads && f > s) {
      const task = graph.tasks[j]!;
      let blocked: string | null = null; // why the task could not stay or move
      let cause: UnresolvedTask['cause'] | null = null;
      for (const [r, u] of loads) {
        if (u > capacity[r]! + LOAD_EPSILON) {
          cause = 'exceeds_capacity';
          blocked = `its ${u} units of "${usable[r]!.id}" exceed the resource's capacity ${capacity[r]}`;
        }
      }
      let last: { r: number; k: number } | null = null;
      if (!cause) {
        const hardFixed = constraint === MSO || constraint === MFO;
        const doNotLevel = priority[j]! >= DO_NOT_LEVEL_PRIORITY;
        const lateStart = row[j]?.lateStart ?? Infinity;
        for (;;) {
          let conflict: { r: number; k: number; next: number } | null = null;
          for (const [r, u] of loads) {
            const limit = capacity[r]! - u;
            const k = profiles[r]!.firstOverload(s, f, limit);
            if (k >= 0) {
              conflict = { r, k, next: profiles[r]!.nextFit(k, limit) };
              break;
            }
          }
          if (!conflict) break;
          last = conflict;
          const next = placeStart(calendar, conflict.next, false);
          const nextFinish = Math.max(finishFrom(clock, next, duration), finishBound);
          if (hardFixed) cause = 'hard_constraint';
          else if (doNotLevel) cause = 'do_not_level';
          else if (constraint === SNLT && next > placeStart(calendar, date, zero))
            cause = 'hard_constraint';
          else if (constraint === FNLT && nextFinish > date) cause = 'hard_constraint';
          else if (options.withinSlackOnly && next > lateStart) cause = 'beyond_slack';
          if (cause) {
            blocked = overload(graph, usable, capacity, profiles, conflict.r, conflict.k);
            break;
          }
          s = next;
          f = nextFinish;
        }
      }
      if (cause) {
        s = s0;
        f = f0;
        const why =
          cause === 'hard_constraint'
            ? `its ${task.constraint?.type} constraint does not let it move`
            : cause === 'do_not_level'
              ? 'its priority 1000 means "do not level"'
              : cause === 'beyond_slack'
                ? 'delaying it would use more than its total slack'
                : 'no delay can help';
        unresolved.push({
          taskId: task.id,
          resourceIds: Array.from(loads.keys(), (r) => usable[r]!.id),
          cause,
          reason: `Task "${task.id}" stays over-allocated: ${blocked}; ${why}.`,
        });
      } else if (s > s0 && last) {
        delays.push({
          taskId: task.id,
          delayMinutes: calendar.workingBetween(s0, s),
          resourceId: usable[last.r]!.id,
          reason: `Delayed from ${formatLocalDateTime(s0)} to ${formatLocalDateTime(s)}: ${overload(graph, usable, capacity, profiles, last.r, last.k)}.`,
        });
      }
      for (const [r, u] of loads) profiles[r]!.add(s, f, u, j);
      if (s > s0) pinned.set(j, s);
    }
    if (constraint === ALAP) alap.set(j, s);
    start[j] = s;
    finish[j] = f;

    for (let k = outStart[j]!; k < outStart[j + 1]!; k++) {
      const t = edgeTo[outEdge[k]!]!;
      indegree[t] = indegree[t]! - 1;
      if (indegree[t] === 0) heap.push(t);
    }
  }
  // Once anything moved, ALAP tasks are pinned where they were placed: the
  // levelled project may finish later, and their late dates with it.
  if (pinned.size > 0) for (const [j, s] of alap) pinned.set(j, s);
  return { pinned, delays, unresolved };
}

/** "resource "R" (capacity 1) is loaded 1 by tasks a, b from … to …" for segment k of r's profile. */
function overload(
  graph: PlanGraph,
  resources: readonly Resource[],
  capacity: readonly number[],
  profiles: readonly ResourceProfile[],
  r: number,
  k: number,
): string {
  const p = profiles[r]!;
  const from = p.times[k]!;
  const to = p.times[k + 1]!;
  const ids = [...new Set(p.tasksOverlapping(from, to))].map((t) =>
    t === OUTSIDE_WORK ? 'work outside this plan' : `"${graph.tasks[t]!.id}"`,
  );
  return (
    `resource "${resources[r]!.id}" (capacity ${capacity[r]}) is loaded ${round(p.loads[k]!)} by ` +
    `${ids.join(', ')} from ${formatLocalDateTime(from)} to ${formatLocalDateTime(to)}`
  );
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function diag(
  code: LevelingDiagnostic['code'],
  message: string,
  taskIds: string[],
  resourceIds: string[],
): LevelingDiagnostic {
  return { code, severity: 'warning', message, taskIds, resourceIds };
}

/** Binary min-heap of task indices by a precomputed rank. */
class RankHeap {
  private readonly items: number[] = [];
  constructor(private readonly rank: Int32Array) {}

  get size(): number {
    return this.items.length;
  }

  push(x: number): void {
    const a = this.items;
    const rank = this.rank;
    let i = a.push(x) - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (rank[a[p]!]! <= rank[x]!) break;
      a[i] = a[p]!;
      i = p;
    }
    a[i] = x;
  }

  pop(): number {
    const a = this.items;
    const rank = this.rank;
    const top = a[0]!;
    const x = a.pop()!;
    if (a.length > 0) {
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= a.length) break;
        if (c + 1 < a.length && rank[a[c + 1]!]! < rank[a[c]!]!) c++;
        if (rank[a[c]!]! >= rank[x]!) break;
        a[i] = a[c]!;
        i = c;
      }
      a[i] = x;
    }
    return top;
  }
}
