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

/**
 * The plan compiled for Monte Carlo: leaf tasks renumbered in topological
 * order (the forward pass walks memory front to back), every time in working
 * minutes from the project start on the project calendar, links as CSR lists
 * by successor with the start-setting links (FS, SS) before the
 * finish-setting ones (FF, SF). Only typed arrays and numbers, so it is
 * copied to worker threads as it is.
 */
export interface ForecastModel {
  taskCount: number;
  /** Per task: FIXED, TRIANGULAR or PERT, and its optimistic/likely/pessimistic working minutes. */
  kind: Uint8Array;
  low: Float64Array;
  mode: Float64Array;
  high: Float64Array;
  /** Earliest start / finish from SNET / FNET (working minutes; −∞ for none on the finish). */
  earliestStart: Float64Array;
  earliestFinish: Float64Array;
  /** Links of task j: [inStart[j], inSplit[j]) set its start, [inSplit[j], inStart[j+1]) its finish. */
  inStart: Int32Array;
  inSplit: Int32Array;
  /** Slot read by each link: 2·predecessor for its start, 2·predecessor + 1 for its finish. */
  edgeSource: Int32Array;
  edgeLag: Float64Array;
  fixedCost: Float64Array;
  costPerMinute: Float64Array;
  hasCost: boolean;
  riskCount: number;
  riskProbability: Float64Array;
  riskDelay: Float64Array;
  riskCost: Float64Array;
  riskTaskStart: Int32Array;
  riskTasks: Int32Array;
  /** Task positions of the milestones, whose P-dates are reported. */
  milestones: Int32Array;
  /** Pearson correlation of the copula's normals (0: independent durations). */
  copulaCorrelation: number;
}

/** The model plus what turns its minutes back into dates and ids. */
export interface PreparedForecast {
  model: ForecastModel;
  /** Per model task: its id and name. */
  taskIds: string[];
  taskNames: string[];
  riskIds: string[];
  riskNames: string[];
  projectCalendar: WorkingTime;
  /** The placed project start: working minute 0. */
  origin: LocalMinutes;
  diagnostics: ScheduleDiagnostic[];
}

/**
 * What the forecast approximates, each said in docs/forecasting.md: every
 * task runs on the project calendar; an elapsed duration or lag counts as
 * working minutes at the project calendar's ratio of working to wall-clock
 * time; SNET/FNET push as in the schedule, MSO/MFO count as SNET/FNET, while
 * SNLT and FNLT are left out (a forecast asks when the work would finish, not
 * where a date pins it) and ALAP is scheduled as soon as possible.
 */
export function prepareForecast(
  input: ForecastInput,
  calendars: ReadonlyMap<string, WorkingTime>,
): PreparedForecast | { diagnostics: ScheduleDiagnostic[] } {
  const diagnostics: ScheduleDiagnostic[] = [];
  const graph = buildPlanGraph(input.schedule, calendars, diagnostics);
  if (!graph) return { diagnostics };
  orderLeaves(graph, diagnostics);
  const calendar = graph.projectCalendar;
  const origin = placeStart(calendar, input.schedule.start, false);
  // Working minutes per wall-clock minute over four weeks from the start.
  const fourWeeks = 4 * 7 * 1440;
  const elapsedRate = calendar.workingBetween(origin, origin + fourWeeks) / fourWeeks;
  const minutes = (span: TimeSpan): number => {
    const m = Number.isFinite(span.minutes) ? Math.max(0, span.minutes) : 0;
    return span.kind === 'elapsed' ? m * elapsedRate : m;
  };

  const order = graph.order;
  const n = order.length;
  const position = new Int32Array(graph.taskCount).fill(-1);
  for (let p = 0; p < n; p++) position[order[p]!] = p;

  const kind = new Uint8Array(n);
  const low = new Float64Array(n);
  const mode = new Float64Array(n);
  const high = new Float64Array(n);
  const earliestStart = new Float64Array(n);
  const earliestFinish = new Float64Array(n).fill(-Infinity);
  const taskIds: string[] = [];
  const taskNames: string[] = [];
  const milestones: number[] = [];
  for (let p = 0; p < n; p++) {
    const g = order[p]!;
    const task = graph.tasks[g]!;
    taskIds.push(task.id);
    taskNames.push(task.name);
    const d = graph.elapsed[g] ? graph.duration[g]! * elapsedRate : graph.duration[g]!;
    low[p] = mode[p] = high[p] = d;
    if (task.milestone) milestones.push(p);
    const constraint = graph.constraint[g]!;
    const offset = (date: number) => Math.max(0, calendar.workingBetween(origin, date));
    // A must-date (MSO, MFO) is kept as a not-earlier-than: work cannot happen
    // before it (a finished task's actual dates), but may slip past it.
    if (constraint === codes.SNET || constraint === codes.MSO)
      earliestStart[p] = offset(placeStart(calendar, graph.constraintDate[g]!, d === 0));
    else if (constraint === codes.FNET || constraint === codes.MFO)
      earliestFinish[p] = offset(graph.constraintDate[g]!);
  }

  const code = distributionCode(input.distribution ?? 'triangular');
  for (const estimate of input.estimates) {
    const g = graph.indexOf.get(estimate.taskId);
    const p = g === undefined ? -1 : position[g]!;
    if (p < 0) continue;
    const a = minutes(estimate.optimistic);
    const m = minutes(estimate.likely);
    const b = minutes(estimate.pessimistic);
    if (!(a <= m && m <= b)) continue;
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
        const lag = graph.edgeLag[e]!;
        lags.push(graph.edgeLagElapsed[e] ? lag * elapsedRate : lag);
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
  const riskCost = new Float64Array(risks.length);
  risks.forEach((risk, r) => {
    riskTaskStart[r] = riskTasks.length;
    riskProbability[r] = Math.min(1, Math.max(0, risk.probability));
    riskDelay[r] = minutes(risk.delay);
    riskCost[r] = risk.cost ?? 0;
    hasCost ||= riskCost[r] !== 0;
    for (const id of risk.taskIds) {
      const g = graph.indexOf.get(id);
      if (g === undefined) continue;
      // A risk on a summary delays every leaf below it.
      for (const p of graph.summary[g] ? leavesBelow(g) : [position[g]!])
        if (p >= 0) riskTasks.push(p);
    }
  });
  riskTaskStart[risks.length] = riskTasks.length;

  return {
    model: {
      taskCount: n,
      kind,
      low,
      mode,
      high,
      earliestStart,
      earliestFinish,
      inStart,
      inSplit,
      edgeSource: Int32Array.from(sources),
      edgeLag: Float64Array.from(lags),
      fixedCost,
      costPerMinute,
      hasCost,
      riskCount: risks.length,
      riskProbability,
      riskDelay,
      riskCost,
      riskTaskStart,
      riskTasks: Int32Array.from(riskTasks),
      milestones: Int32Array.from(milestones),
      copulaCorrelation: copulaCorrelationOf(input.rankCorrelation ?? 0),
    },
    taskIds,
    taskNames,
    riskIds: risks.map((r) => r.id),
    riskNames: risks.map((r) => r.name),
    projectCalendar: calendar,
    origin,
    diagnostics,
  };
}

/** The normals' Pearson r that gives Spearman ρ between the durations: r = 2 sin(πρ/6). */
function copulaCorrelationOf(rankCorrelation: number): number {
  const rho = Number.isFinite(rankCorrelation) ? Math.min(0.999, Math.max(0, rankCorrelation)) : 0;
  return 2 * Math.sin((Math.PI * rho) / 6);
}
