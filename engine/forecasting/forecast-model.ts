import type { CalendarDefinition } from '../calendar/calendar-definition.js';
import type { LocalMinutes } from '../calendar/local-time.js';
import type { WorkingTime } from '../calendar/working-time.js';
import * as codes from '../scheduling/codes.js';
import { buildPlanGraph } from '../scheduling/plan-graph.js';
import type { TimeSpan } from '../scheduling/schedule-input.js';
import type { ScheduleDiagnostic } from '../scheduling/schedule-result.js';
import { placeStart } from '../scheduling/time-rules.js';
import { orderLeaves } from '../scheduling/topological-order.js';
import { distributionCode, FIXED } from './duration-distribution.js';
import type { ForecastInput } from './forecast-input.js';
import { registerCalendars } from './model-calendars.js';

/**
 * The plan compiled for Monte Carlo: leaf tasks renumbered in topological
 * order (the forward pass walks memory front to back), links as CSR lists by
 * successor with the start-setting links (FS, SS) before the finish-setting
 * ones (FF, SF). Times are instants on the program clock (local minutes), and
 * every task keeps the schedule's own semantics: its calendar, elapsed
 * durations and lags, its constraint and its progress, so an iteration with
 * every likely duration is `schedulePlan`'s forward pass to the minute.
 *
 * Only typed arrays, numbers and plain calendar definitions, so it is copied
 * to worker threads as it is; each thread compiles the calendars once
 * (model-calendars.ts).
 */
export interface ForecastModel {
  taskCount: number;
  /**
   * Per task: FIXED, TRIANGULAR, PERT or LOGNORMAL, and its optimistic/likely/
   * pessimistic work in its own time base (working minutes of its calendar,
   * wall-clock minutes for an elapsed duration). For an in-progress task this
   * is the work left; for a done task its planned duration (cost only).
   */
  kind: Uint8Array;
  low: Float64Array;
  mode: Float64Array;
  high: Float64Array;
  /** The project start (local minutes): unlinked work starts at the next working minute from here. */
  start: number;
  /** The status date, or NaN without one. */
  statusDate: number;
  /** Per task: NOT_STARTED, IN_PROGRESS or DONE (scheduling/codes.ts). */
  progress: Uint8Array;
  actualStart: Float64Array;
  actualFinish: Float64Array;
  /** An in-progress task's work already done (its duration − remaining work): where it resumes without a status date, and part of its cost. */
  doneWork: Float64Array;
  /** 1 = its planned duration is zero (an in-progress task's links see that, not the work left). */
  zeroDuration: Uint8Array;
  /** Per task: index of its working calendar in `calendarIds`. */
  calendar: Int32Array;
  /** 1 = its duration runs on the 24×7 clock. */
  elapsed: Uint8Array;
  constraint: Uint8Array;
  constraintDate: Float64Array;
  /** Links of task j: [inStart[j], inSplit[j]) set its start, [inSplit[j], inStart[j+1]) its finish. */
  inStart: Int32Array;
  inSplit: Int32Array;
  /** Slot read by each link: 2·predecessor for its start, 2·predecessor + 1 for its finish. */
  edgeSource: Int32Array;
  /** Lag minutes: working minutes on the successor's calendar, or wall-clock when `edgeLagElapsed`. */
  edgeLag: Float64Array;
  edgeLagElapsed: Uint8Array;
  /** 1 = the task's finish counts for the forecast's finish. */
  finishTask: Uint8Array;
  fixedCost: Float64Array;
  costPerMinute: Float64Array;
  hasCost: boolean;
  riskCount: number;
  riskProbability: Float64Array;
  /** Per risk: its delay (the likely one of three points), in working minutes. */
  riskDelay: Float64Array;
  /** Per risk: FIXED (a single delay) or the distribution of its three-point delay over riskDelayLow…riskDelayHigh. */
  riskDelayKind: Uint8Array;
  riskDelayLow: Float64Array;
  riskDelayHigh: Float64Array;
  riskCost: Float64Array;
  riskTaskStart: Int32Array;
  riskTasks: Int32Array;
  /** Task positions of the milestones, whose P-dates are reported. */
  milestones: Int32Array;
  /** Pearson correlation of the copula's normals (0: independent durations). */
  copulaCorrelation: number;
  /** The schedule's calendar definitions and the program's zone: a worker thread compiles them once. */
  calendarDefinitions: CalendarDefinition[];
  projectTimeZone: string | null;
  /** The calendars the tasks use, by id (index = `calendar[j]`). */
  calendarIds: string[];
}

/** The model plus what turns its instants back into ids and working minutes. */
export interface PreparedForecast {
  model: ForecastModel;
  /** Per model task: its id and name. */
  taskIds: string[];
  taskNames: string[];
  riskIds: string[];
  riskNames: string[];
  projectCalendar: WorkingTime;
  /** The placed project start: statistics in working minutes count from here on the project calendar. */
  origin: LocalMinutes;
  diagnostics: ScheduleDiagnostic[];
}

/**
 * The schedule's input compiled for the forecast, with the schedule's own
 * semantics (see forward-pass-exact.ts). What varies:
 * - a not-started task's duration, by its three-point estimate (in its own
 *   time base); without one it keeps its duration;
 * - an in-progress task's remaining work: its estimate scaled by
 *   remaining / duration (the uncertainty is taken to be proportional to the
 *   work left);
 * - a done task never varies and takes no risk delay: it sits at its actual dates.
 */
export function prepareForecast(
  input: ForecastInput,
  calendars: ReadonlyMap<string, WorkingTime>,
): PreparedForecast | { diagnostics: ScheduleDiagnostic[] } {
  const diagnostics: ScheduleDiagnostic[] = [];
  const graph = buildPlanGraph(input.schedule, calendars, diagnostics);
  if (!graph) return { diagnostics };
  orderLeaves(graph, diagnostics);
  const projectCalendar = graph.projectCalendar;
  const origin = placeStart(projectCalendar, input.schedule.start, false);
  const minutes = (span: TimeSpan): number =>
    Number.isFinite(span.minutes) ? Math.max(0, span.minutes) : 0;

  const order = graph.order;
  const n = order.length;
  const position = new Int32Array(graph.taskCount).fill(-1);
  for (let p = 0; p < n; p++) position[order[p]!] = p;

  const calendarList: WorkingTime[] = [projectCalendar];
  const calendarIndex = new Map<WorkingTime, number>([[projectCalendar, 0]]);
  const kind = new Uint8Array(n);
  const low = new Float64Array(n);
  const mode = new Float64Array(n);
  const high = new Float64Array(n);
  const progress = new Uint8Array(n);
  const actualStart = new Float64Array(n);
  const actualFinish = new Float64Array(n);
  const doneWork = new Float64Array(n);
  const zeroDuration = new Uint8Array(n);
  const calendar = new Int32Array(n);
  const elapsed = new Uint8Array(n);
  const constraint = new Uint8Array(n);
  const constraintDate = new Float64Array(n);
  const finishTask = new Uint8Array(n);
  const finishIds = input.finishTaskIds ? new Set(input.finishTaskIds) : null;
  const taskIds: string[] = [];
  const taskNames: string[] = [];
  const milestones: number[] = [];
  for (let p = 0; p < n; p++) {
    const g = order[p]!;
    const task = graph.tasks[g]!;
    taskIds.push(task.id);
    taskNames.push(task.name);
    if (task.milestone) milestones.push(p);
    finishTask[p] = finishIds === null || finishIds.has(task.id) ? 1 : 0;
    const own = graph.calendarOf[g]!;
    let c = calendarIndex.get(own);
    if (c === undefined) {
      c = calendarList.length;
      calendarList.push(own);
      calendarIndex.set(own, c);
    }
    calendar[p] = c;
    elapsed[p] = graph.elapsed[g]!;
    constraint[p] = graph.constraint[g]!;
    constraintDate[p] = graph.constraintDate[g]!;
    progress[p] = graph.progress[g]!;
    actualStart[p] = graph.actualStart[g]!;
    actualFinish[p] = graph.actualFinish[g]!;
    const duration = graph.duration[g]!;
    zeroDuration[p] = duration === 0 ? 1 : 0;
    const work = progress[p] === codes.IN_PROGRESS ? graph.remaining[g]! : duration;
    if (progress[p] === codes.IN_PROGRESS) doneWork[p] = Math.max(0, duration - work);
    low[p] = mode[p] = high[p] = work;
  }

  const code = distributionCode(input.distribution ?? 'triangular');
  for (const estimate of input.estimates) {
    const g = graph.indexOf.get(estimate.taskId);
    const p = g === undefined ? -1 : position[g]!;
    if (p < 0 || progress[p] === codes.DONE) continue;
    let a = minutes(estimate.optimistic);
    let m = minutes(estimate.likely);
    let b = minutes(estimate.pessimistic);
    if (!(a <= m && m <= b)) continue;
    if (progress[p] === codes.IN_PROGRESS) {
      // The estimate was of the whole task: what is left varies in proportion.
      // Multiplied before dividing: an estimate equal to the duration gives exactly the work left.
      const duration = graph.duration[g!]!;
      const left = mode[p]!;
      a = duration > 0 ? (a * left) / duration : left;
      m = duration > 0 ? (m * left) / duration : left;
      b = duration > 0 ? (b * left) / duration : left;
    }
    low[p] = a;
    mode[p] = m;
    high[p] = b;
    kind[p] = b > a ? code : FIXED;
  }

  // Links by successor, start-setting first; a percent lag was already turned into minutes.
  const inStart = new Int32Array(n + 1);
  const inSplit = new Int32Array(n);
  const sources: number[] = [];
  const lags: number[] = [];
  const lagElapsed: number[] = [];
  for (let p = 0; p < n; p++) {
    const g = order[p]!;
    inStart[p] = sources.length;
    for (const wantFinish of [false, true]) {
      if (wantFinish) inSplit[p] = sources.length;
      for (let k = graph.inStart[g]!; k < graph.inStart[g + 1]!; k++) {
        const e = graph.inEdge[k]!;
        const type = graph.edgeType[e]!;
        const setsFinish = type === codes.FF || type === codes.SF;
        if (setsFinish !== wantFinish) continue;
        const from = position[graph.edgeFrom[e]!]!;
        if (from < 0) continue;
        const fromFinish = type === codes.FS || type === codes.FF ? 1 : 0;
        sources.push(2 * from + fromFinish);
        lags.push(graph.edgeLag[e]!);
        lagElapsed.push(graph.edgeLagElapsed[e]!);
      }
    }
  }
  inStart[n] = sources.length;

  const leavesBelow = (summary: number): number[] => {
    const leaves: number[] = [];
    for (let p = 0; p < n; p++)
      for (let a = graph.parent[order[p]!]!; a >= 0; a = graph.parent[a]!)
        if (a === summary) {
          leaves.push(p);
          break;
        }
    return leaves;
  };

  const fixedCost = new Float64Array(n);
  const costPerMinute = new Float64Array(n);
  let hasCost = false;
  for (const cost of input.costs ?? []) {
    const g = graph.indexOf.get(cost.taskId);
    const p = g === undefined ? -1 : position[g]!;
    if (p < 0) continue;
    fixedCost[p] = cost.fixedCost ?? 0;
    costPerMinute[p] = (cost.costPerHour ?? 0) / 60;
    hasCost ||= fixedCost[p] !== 0 || costPerMinute[p] !== 0;
  }

  const risks = input.risks;
  const riskTaskStart = new Int32Array(risks.length + 1);
  const riskTasks: number[] = [];
  const riskProbability = new Float64Array(risks.length);
  const riskDelay = new Float64Array(risks.length);
  const riskDelayKind = new Uint8Array(risks.length);
  const riskDelayLow = new Float64Array(risks.length);
  const riskDelayHigh = new Float64Array(risks.length);
  const riskCost = new Float64Array(risks.length);
  risks.forEach((risk, r) => {
    riskTaskStart[r] = riskTasks.length;
    riskProbability[r] = Math.min(1, Math.max(0, risk.probability));
    const delay = minutes(risk.delay);
    riskDelay[r] = riskDelayLow[r] = riskDelayHigh[r] = delay;
    const a = risk.delayOptimistic ? minutes(risk.delayOptimistic) : delay;
    const b = risk.delayPessimistic ? minutes(risk.delayPessimistic) : delay;
    // As for estimates: points out of order are ignored (the single value stands).
    if (a <= delay && delay <= b && b > a) {
      riskDelayKind[r] = code;
      riskDelayLow[r] = a;
      riskDelayHigh[r] = b;
    }
    riskCost[r] = risk.cost ?? 0;
    hasCost ||= riskCost[r] !== 0;
    for (const id of risk.taskIds) {
      const g = graph.indexOf.get(id);
      if (g === undefined) continue;
      // A risk on a summary delays every leaf below it; done work is history.
      for (const p of graph.summary[g] ? leavesBelow(g) : [position[g]!])
        if (p >= 0 && progress[p] !== codes.DONE) riskTasks.push(p);
    }
  });
  riskTaskStart[risks.length] = riskTasks.length;

  const model: ForecastModel = {
    taskCount: n,
    kind,
    low,
    mode,
    high,
    start: input.schedule.start,
    statusDate: graph.statusDate,
    progress,
    actualStart,
    actualFinish,
    doneWork,
    zeroDuration,
    calendar,
    elapsed,
    constraint,
    constraintDate,
    inStart,
    inSplit,
    edgeSource: Int32Array.from(sources),
    edgeLag: Float64Array.from(lags),
    edgeLagElapsed: Uint8Array.from(lagElapsed),
    finishTask,
    fixedCost,
    costPerMinute,
    hasCost,
    riskCount: risks.length,
    riskProbability,
    riskDelay,
    riskDelayKind,
    riskDelayLow,
    riskDelayHigh,
    riskCost,
    riskTaskStart,
    riskTasks: Int32Array.from(riskTasks),
    milestones: Int32Array.from(milestones),
    copulaCorrelation: copulaCorrelationOf(input.rankCorrelation ?? 0),
    calendarDefinitions: input.schedule.calendars,
    projectTimeZone: input.projectTimeZone ?? null,
    calendarIds: calendarList.map((c) => c.id),
  };
  // This thread already has them compiled: the blocks run here use the very same objects.
  registerCalendars(model, calendarList);
  return {
    model,
    taskIds,
    taskNames,
    riskIds: risks.map((r) => r.id),
    riskNames: risks.map((r) => r.name),
    projectCalendar,
    origin,
    diagnostics,
  };
}

/** The normals' Pearson r that gives Spearman ρ between the durations: r = 2 sin(πρ/6). */
function copulaCorrelationOf(rankCorrelation: number): number {
  const rho = Number.isFinite(rankCorrelation) ? Math.min(0.999, Math.max(0, rankCorrelation)) : 0;
  return 2 * Math.sin((Math.PI * rho) / 6);
}
