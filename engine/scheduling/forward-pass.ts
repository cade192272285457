import { formatLocalDateTime } from '../calendar/local-time.js';
import * as codes from './codes.js';
import type { PlanGraph } from './plan-graph.js';
import type { ScheduleDiagnostic } from './schedule-result.js';
import * as rules from './time-rules.js';

// Local bindings, read once: under vitest's module transform every use of an
// imported name goes through a getter, which doubles the cost of these loops.
const { ALAP, DONE, FF, FNET, FNLT, FS, IN_PROGRESS, MFO, MSO, SNET, SNLT, SS } = codes;
const { addLag, finishFrom, placeStart, startFrom } = rules;

export interface EarlyDates {
  earlyStart: Float64Array;
  earlyFinish: Float64Array;
  /** The dates successors are linked to: the early dates, or the late ones for ALAP tasks. */
  start: Float64Array;
  finish: Float64Array;
  /** Per edge: 1 when the link sets its successor's early start or finish. */
  driving: Uint8Array;
  /**
   * Per task: working minutes by which a hard constraint pulls it earlier
   * than its links allow (0 = none). MS Project shows this as the task's own
   * negative total slack (README §6, `mpp-slack9`).
   */
  conflict: Float64Array;
}

export function allocateEarlyDates(graph: PlanGraph): EarlyDates {
  const n = graph.taskCount;
  return {
    earlyStart: new Float64Array(n),
    earlyFinish: new Float64Array(n),
    start: new Float64Array(n),
    finish: new Float64Array(n),
    driving: new Uint8Array(graph.edgeCount),
    conflict: new Float64Array(n),
  };
}

/**
 * Early dates in topological order (README §3–§6). Each link gives a start
 * (FS, SS) or a finish (FF, SF) with its lag added on the successor's calendar;
 * the latest wins, never before the project start. Then the constraint:
 * SNET/FNET push, SNLT/FNLT/MSO/MFO override the links.
 *
 * With `late`, ALAP tasks are placed at their late dates and their successors
 * re-derived from there (the second forward pass of MPXJ's ALAP handling).
 */
export function forwardPass(
  graph: PlanGraph,
  out: EarlyDates,
  diagnostics: ScheduleDiagnostic[] | null,
  late?: { lateStart: Float64Array; lateFinish: Float64Array },
): void {
  const { order, inStart, inEdge, edgeFrom, edgeType, edgeLag, edgeLagElapsed } = graph;
  const { earlyStart: es, earlyFinish: ef, start, finish, driving } = out;
  const candidate = new Float64Array(graph.edgeCount);
  const projectStart = graph.start;
  const { progress, statusDate } = graph;
  const hasStatusDate = statusDate === statusDate;

  for (let o = 0; o < order.length; o++) {
    const j = order[o]!;
    const calendar = graph.calendarOf[j]!;
    const clock = graph.durationClock[j]!;
    const duration = graph.duration[j]!;
    const zero = duration === 0;
    const constraint = graph.constraint[j]!;
    const date = graph.constraintDate[j]!;
    const first = inStart[j]!;
    const last = inStart[j + 1]!;

    // A done task sits at its actual dates whatever its links say (MS Project).
    if (progress[j] === DONE) {
      es[j] = start[j] = graph.actualStart[j]!;
      ef[j] = finish[j] = graph.actualFinish[j]!;
      out.conflict[j] = 0;
      for (let k = first; k < last; k++) driving[inEdge[k]!] = 0;
      continue;
    }

    // Each link's date with its lag added, unplaced; placement (rule 1/5) is
    // monotone, so only the latest start needs placing.
    let latestStart = -Infinity;
    let finishBound = -Infinity;
    for (let k = first; k < last; k++) {
      const e = inEdge[k]!;
      const i = edgeFrom[e]!;
      const type = edgeType[e]!;
      const from = type === FS || type === FF ? finish[i]! : start[i]!;
      let t = addLag(calendar, from, edgeLag[e]!, edgeLagElapsed[e]!);
      // An FF finish landing on a period start (a predecessor milestone at 13:00)
      // is the end of the previous period for a task with work, as MS Project's
      // emulation places it; SF keeps rule 4 (MS Project leaves it at 08:00).
      if (type === FF && !zero) t = calendar.previousWorkEnd(t);
      candidate[e] = t;
      if (type === FS || type === SS) {
        if (t > latestStart) latestStart = t;
      } else if (t > finishBound) finishBound = t;
    }
    const startBound =
      latestStart > -Infinity ? placeStart(calendar, latestStart, zero) : -Infinity;

    if (progress[j] === IN_PROGRESS) {
      placeInProgress(graph, out, j, latestStart, finishBound, candidate);
      continue;
    }

    // The origin: the project start; an unlinked SNET/FNET task starts from its date (README §6).
    let origin = projectStart;
    if (last === first && constraint === SNET) origin = date;
    // Unstarted work never starts before the status date.
    if (hasStatusDate && statusDate > origin) origin = statusDate;
    // Placement is monotone, so a placed link start at or after the origin
    // already bounds the placed origin: skip the calendar call.
    let s = startBound >= origin ? startBound : placeStart(calendar, origin, zero);
    if (last === first && constraint === FNET) {
      s = placeStart(calendar, startFrom(clock, date, duration), zero);
    }
    if (startBound > s) s = startBound;
    if (finishBound > -Infinity) {
      const fromFinish = startFrom(clock, finishBound, duration);
      if (fromFinish > s) s = fromFinish;
    }
    let f = finishFrom(clock, s, duration);
    if (finishBound > f) f = finishBound;
    const linkStart = s;
    const linkFinish = f;

    switch (constraint) {
      case SNET: {
        const d = placeStart(calendar, date, zero);
        if (d > s) {
          s = d;
          f = finishFrom(clock, s, duration);
        }
        break;
      }
      case FNET:
        if (date > f) {
          f = date;
          s = startFrom(clock, date, duration);
        }
        break;
      case MSO:
      case SNLT: {
        const d = placeStart(calendar, date, zero);
        if (constraint === MSO || d < s) {
          s = d;
          f = finishFrom(clock, s, duration);
        }
        break;
      }
      case MFO:
      case FNLT:
        if (constraint === MFO || date < f) {
          f = date;
          s = startFrom(clock, date, duration);
        }
        break;
    }
    // Not even a hard constraint places unstarted work in the reported past.
    if (hasStatusDate && s < statusDate) {
      const floor = placeStart(calendar, statusDate, zero);
      if (s < floor) {
        s = floor;
        f = finishFrom(clock, s, duration);
      }
    }
    es[j] = s;
    ef[j] = f;
    const alap = late !== undefined && constraint === ALAP;
    // As late as possible, but never earlier than its links allow (negative float,
    // e.g. a missed deadline): then it stays at its early dates.
    const atLate = alap && late.lateStart[j]! >= s;
    start[j] = atLate ? late.lateStart[j]! : s;
    finish[j] = atLate ? late.lateFinish[j]! : f;

    // A hard constraint earlier than the predecessors allow (an unlinked task
    // has none to violate, even before the project start).
    const conflict =
      last === first
        ? 0
        : Math.max(
            s < linkStart ? clock.workingBetween(s, linkStart) : 0,
            f < linkFinish ? clock.workingBetween(f, linkFinish) : 0,
          );
    out.conflict[j] = conflict;
    if (diagnostics && conflict > 0) {
      const task = graph.tasks[j]!;
      diagnostics.push({
        code: 'constraint_conflict',
        severity: 'warning',
        message: `Task "${task.id}": its ${task.constraint?.type} constraint on ${formatLocalDateTime(date)} is earlier than its predecessors allow (start ${formatLocalDateTime(linkStart)}); the constraint wins and slack goes negative.`,
        taskIds: [task.id],
      });
    }

    // Driving links: those whose (placed) date is the early start or finish.
    // A start c places at s when c = s, or when it lies in the non-working gap
    // just before s: [previousWorkEnd(s), s] (rule 1; rule 5 for milestones).
    let gapStart = NaN;
    for (let k = first; k < last; k++) {
      const e = inEdge[k]!;
      const type = edgeType[e]!;
      const c = candidate[e]!;
      let sets: boolean;
      if (type === FS || type === SS) {
        if (c === latestStart) sets = startBound === s;
        else if (c > s) sets = false;
        else if (zero) sets = placeStart(calendar, c, zero) === s;
        else {
          if (gapStart !== gapStart) gapStart = calendar.previousWorkEnd(s);
          sets = c >= gapStart;
        }
      } else sets = c === f || startFrom(clock, c, duration) === s;
      driving[e] = sets ? 1 : 0;
    }
  }
}

/**
 * An in-progress task keeps its actual start; its remaining work resumes at
 * the later of the status date (without one, where the work done so far
 * ends) and what its start-setting links allow, and finishes no earlier than
 * its finish-setting links allow. Constraints no longer apply: it has started.
 */
function placeInProgress(
  graph: PlanGraph,
  out: EarlyDates,
  j: number,
  latestStart: number,
  finishBound: number,
  candidate: Float64Array,
): void {
  const calendar = graph.calendarOf[j]!;
  const clock = graph.durationClock[j]!;
  const actualStart = graph.actualStart[j]!;
  const left = graph.remaining[j]!;
  const statusDate = graph.statusDate;
  let resume =
    statusDate === statusDate
      ? Math.max(statusDate, actualStart)
      : finishFrom(clock, actualStart, Math.max(0, graph.duration[j]! - left));
  if (latestStart > resume) resume = latestStart;
  resume = placeStart(calendar, resume, left === 0);
  let f = finishFrom(clock, resume, left);
  if (finishBound > f) f = finishBound;
  out.earlyStart[j] = out.start[j] = actualStart;
  out.earlyFinish[j] = out.finish[j] = f;
  out.conflict[j] = 0;
  const { inStart, inEdge, edgeType } = graph;
  for (let k = inStart[j]!; k < inStart[j + 1]!; k++) {
    const e = inEdge[k]!;
    const type = edgeType[e]!;
    const c = candidate[e]!;
    out.driving[e] =
      type === FS || type === SS
        ? c === latestStart && placeStart(calendar, c, left === 0) === resume
          ? 1
          : 0
        : c === f
          ? 1
          : 0;
  }
}

/** `deadline_missed` for each leaf whose scheduled finish is after its deadline. */
export function checkDeadlines(
  graph: PlanGraph,
  finish: Float64Array,
  diagnostics: ScheduleDiagnostic[],
): void {
  for (let j = 0; j < graph.taskCount; j++) {
    const task = graph.tasks[j]!;
    if (task.deadline === undefined || !graph.valid[j]) continue;
    if (graph.summary[j] || !graph.scheduled[j]) continue;
    if (finish[j]! > task.deadline) {
      diagnostics.push({
        code: 'deadline_missed',
        severity: 'warning',
        message: `Task "${task.id}" finishes ${formatLocalDateTime(finish[j]!)}, after its deadline ${formatLocalDateTime(task.deadline)}.`,
        taskIds: [task.id],
      });
    }
  }
}
