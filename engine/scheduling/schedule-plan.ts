import { compileCalendars } from '../calendar/compile-calendar.js';
import { NoWorkingTimeError } from '../calendar/compiled-working-time.js';
import type { WorkingTime } from '../calendar/working-time.js';
import { backwardPass } from './backward-pass.js';
import { allocateEarlyDates, checkDeadlines, forwardPass } from './forward-pass.js';
import { ALAP, DONE } from './codes.js';
import { buildPlanGraph, type PlanGraph } from './plan-graph.js';
import type { ScheduleInput } from './schedule-input.js';
import type { ScheduleDiagnostic, ScheduleResult, TaskSchedule } from './schedule-result.js';
import { computeSlack } from './slack.js';
import { rollUpSummaries, type TaskDates } from './summary-rollup.js';
import { orderLeaves } from './topological-order.js';

export interface ScheduleOptions {
  /**
   * Compiled calendars by id; the project calendar and every task calendar are
   * looked up here. Absent: `input.calendars` compiled with `compileCalendars`.
   */
  calendars?: ReadonlyMap<string, WorkingTime>;
}

/**
 * Critical-path schedule of a plan with MS Project's semantics
 * (../shared/conformance/README.md): forward pass, backward pass from the
 * project finish, slack, summary roll-up. Pure and deterministic; never throws
 * on bad plan data (cycles, unknown ids), it reports diagnostics instead.
 */
export function schedulePlan(input: ScheduleInput, options: ScheduleOptions = {}): ScheduleResult {
  const diagnostics: ScheduleDiagnostic[] = [];
  try {
    return scheduleWith(input, options, diagnostics);
  } catch (error) {
    // A calendar that runs out of working time (e.g. one passed in with none at all).
    if (!(error instanceof NoWorkingTimeError)) throw error;
    diagnostics.push({
      code: 'calendar_has_no_working_time',
      severity: 'error',
      message: `${error.message}; nothing could be scheduled.`,
      taskIds: [],
    });
    return { finish: input.start, tasks: [], diagnostics };
  }
}

function scheduleWith(
  input: ScheduleInput,
  options: ScheduleOptions,
  diagnostics: ScheduleDiagnostic[],
): ScheduleResult {
  const calendars = options.calendars ?? compileInputCalendars(input, diagnostics);
  const graph = buildPlanGraph(input, calendars, diagnostics);
  if (!graph) return { finish: input.start, tasks: [], diagnostics };
  orderLeaves(graph, diagnostics);

  const early = allocateEarlyDates(graph);
  forwardPass(graph, early, diagnostics);
  const projectFinish = latestFinish(graph, early.earlyFinish, input.start);
  const late = backwardPass(graph, projectFinish, early.earlyFinish);
  if (hasAlap(graph)) forwardPass(graph, early, null, late);
  checkDeadlines(graph, early.finish, diagnostics);
  const slack = computeSlack(graph, early, late);

  const n = graph.taskCount;
  const limit = input.criticalSlackMinutes ?? 0;
  const dates: TaskDates = {
    start: early.start,
    finish: early.finish,
    earlyStart: early.earlyStart,
    earlyFinish: early.earlyFinish,
    lateStart: late.lateStart,
    lateFinish: late.lateFinish,
    critical: new Uint8Array(n),
    present: new Uint8Array(n),
  };
  for (const i of graph.order) {
    dates.present[i] = 1;
    dates.critical[i] = slack.total[i]! <= limit && graph.progress[i] !== DONE ? 1 : 0;
  }
  rollUpSummaries(graph, dates);

  const tasks: TaskSchedule[] = [];
  for (let i = 0; i < n; i++) {
    if (!dates.present[i]) continue;
    const task = graph.tasks[i]!;
    const summary = graph.summary[i] === 1;
    let total = slack.total[i]!;
    let free = slack.free[i]!;
    if (summary) {
      const calendar = graph.projectCalendar;
      total = Math.min(
        calendar.workingBetween(dates.earlyStart[i]!, dates.lateStart[i]!),
        calendar.workingBetween(dates.earlyFinish[i]!, dates.lateFinish[i]!),
      );
      free = total;
    }
    const row: TaskSchedule = {
      id: task.id,
      name: task.name,
      summary,
      start: dates.start[i]!,
      finish: dates.finish[i]!,
      earlyStart: dates.earlyStart[i]!,
      earlyFinish: dates.earlyFinish[i]!,
      lateStart: dates.lateStart[i]!,
      lateFinish: dates.lateFinish[i]!,
      totalSlackMinutes: total,
      freeSlackMinutes: free,
      critical: dates.critical[i] === 1,
      drivingPredecessorIds: summary ? [] : drivingIds(graph, early.driving, i),
    };
    if (task.uid !== undefined) row.uid = task.uid;
    tasks.push(row);
  }
  return { finish: projectFinish, tasks, diagnostics };
}

/**
 * `input.calendars` compiled; their diagnostics passed on. A calendar without
 * any working time is left out (its tasks fall back to the project calendar,
 * with `unknown_calendar`), since arithmetic on it cannot succeed.
 */
function compileInputCalendars(
  input: ScheduleInput,
  diagnostics: ScheduleDiagnostic[],
): Map<string, WorkingTime> {
  const compiled = compileCalendars(input.calendars);
  for (const d of compiled.diagnostics) {
    diagnostics.push({
      code: d.code,
      severity: d.severity,
      message: d.message,
      taskIds: [],
      ...(d.path ? { path: d.path } : {}),
    });
    if (d.code === 'calendar_has_no_working_time') compiled.calendars.delete(d.calendarId);
  }
  return compiled.calendars;
}

function latestFinish(graph: PlanGraph, earlyFinish: Float64Array, start: number): number {
  let finish = -Infinity;
  for (const i of graph.order) if (earlyFinish[i]! > finish) finish = earlyFinish[i]!;
  return finish === -Infinity ? start : finish;
}

function hasAlap(graph: PlanGraph): boolean {
  for (const i of graph.order) if (graph.constraint[i] === ALAP) return true;
  return false;
}

function drivingIds(graph: PlanGraph, driving: Uint8Array, j: number): string[] {
  const ids: string[] = [];
  for (let k = graph.inStart[j]!; k < graph.inStart[j + 1]!; k++) {
    const e = graph.inEdge[k]!;
    if (!driving[e]) continue;
    const id = graph.tasks[graph.edgeFrom[e]!]!.id;
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}
