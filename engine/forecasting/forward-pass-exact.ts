import type { WorkingTime } from '../calendar/working-time.js';
import * as codes from '../scheduling/codes.js';
import { ELAPSED_CLOCK } from '../scheduling/plan-graph.js';
import * as rules from '../scheduling/time-rules.js';
import { FlatCalendar } from './flat-calendar.js';
import type { ForecastModel } from './forecast-model.js';
import { modelCalendars } from './model-calendars.js';

// Local bindings, read once: under vitest's module transform every use of an
// imported name goes through a getter, which slows the per-iteration loops.
const { DONE, FNET, FNLT, IN_PROGRESS, MFO, MSO, SNET, SNLT } = codes;
const rulePlaceStart = rules.placeStart;
const ruleFinishFrom = rules.finishFrom;

// time-rules.ts on a flat calendar, the 24×7 clock as a flag (`elapsed`).
function addLag(calendar: FlatCalendar, t: number, minutes: number, elapsed: number): number {
  if (minutes === 0) return t;
  if (elapsed) return t + minutes;
  return calendar.addWorking(t, minutes);
}
function placeStart(calendar: FlatCalendar, t: number, zero: boolean): number {
  if (zero && calendar.previousWorkEnd(t) === t) return t;
  return calendar.nextWorkStart(t);
}
function finishFrom(calendar: FlatCalendar, elapsed: number, start: number, duration: number) {
  if (duration === 0) return start;
  return elapsed ? start + duration : calendar.addWorking(start, duration);
}
function startFrom(calendar: FlatCalendar, elapsed: number, finish: number, duration: number) {
  if (duration === 0) return finish;
  return elapsed ? finish - duration : calendar.subtractWorking(finish, duration);
}

/** Days of working time laid out flat beyond the latest date the plan names (then the compiled calendar answers). */
const FLAT_YEARS_AHEAD = 40;
const flat = new WeakMap<object, FlatCalendar[]>();

/** The model's calendars laid out flat over the window its dates need, once per thread. */
function flatCalendars(model: ForecastModel): FlatCalendar[] {
  const known = flat.get(model.calendarIds);
  if (known) return known;
  let first = model.start;
  let last = model.start;
  const see = (t: number) => {
    if (!Number.isFinite(t)) return;
    if (t < first) first = t;
    if (t > last) last = t;
  };
  see(model.statusDate);
  for (let j = 0; j < model.taskCount; j++) {
    if (model.progress[j]) {
      see(model.actualStart[j]!);
      if (model.progress[j] === DONE) see(model.actualFinish[j]!);
    }
    if (model.constraint[j]) see(model.constraintDate[j]!);
  }
  const firstDay = Math.floor(first / 1440) - 400;
  const lastDay = Math.floor(last / 1440) + Math.round(FLAT_YEARS_AHEAD * 365.25);
  const list = modelCalendars(model).map((c) => new FlatCalendar(c, firstDay, lastDay));
  flat.set(model.calendarIds, list);
  return list;
}

/**
 * What one thread needs to run the forward pass of a model: each task's
 * calendars, the dates that do not depend on the draws (placed once), and
 * scratch arrays reused by every iteration.
 */
export interface ExactPass {
  /** Per task: its working calendar, laid out flat; `model.elapsed[j]`: its duration runs on the 24×7 clock instead. */
  calendarOf: FlatCalendar[];
  /** Per task: the instant its work may start from before any link (project start, SNET date of an unlinked task, status date), unplaced. */
  origin: Float64Array;
  /** `origin` placed by rule 1 (work) and rule 5 (zero duration). */
  originPlaced: Float64Array;
  originPlacedZero: Float64Array;
  /** An SNET/MSO/SNLT date placed, likewise. */
  datePlaced: Float64Array;
  datePlacedZero: Float64Array;
  /** The status date placed (the floor of unstarted work), or −∞ without one. */
  floorPlaced: Float64Array;
  floorPlacedZero: Float64Array;
  /** An in-progress task without a status date resumes where its work done so far ends. */
  resumeFrom: Float64Array;
  /** Per link, this iteration: its date with the lag added (before placement). */
  candidate: Float64Array;
  /** Per task, this iteration: where its (remaining) work starts. */
  workStart: Float64Array;
}

export function exactPass(model: ForecastModel): ExactPass {
  const n = model.taskCount;
  const calendars = modelCalendars(model);
  const flatOnes = flatCalendars(model);
  const calendarOf: FlatCalendar[] = [];
  const origin = new Float64Array(n);
  const originPlaced = new Float64Array(n);
  const originPlacedZero = new Float64Array(n);
  const datePlaced = new Float64Array(n);
  const datePlacedZero = new Float64Array(n);
  const floorPlaced = new Float64Array(n).fill(-Infinity);
  const floorPlacedZero = new Float64Array(n).fill(-Infinity);
  const resumeFrom = new Float64Array(n);
  const { statusDate, constraint, constraintDate, inStart, progress } = model;
  const hasStatusDate = statusDate === statusDate;
  for (let j = 0; j < n; j++) {
    const calendar: WorkingTime = calendars[model.calendar[j]!]!;
    const clock = model.elapsed[j] ? ELAPSED_CLOCK : calendar;
    calendarOf.push(flatOnes[model.calendar[j]!]!);
    if (progress[j] === DONE) continue;
    if (progress[j] === IN_PROGRESS) {
      resumeFrom[j] = ruleFinishFrom(clock, model.actualStart[j]!, model.doneWork[j]!);
      continue;
    }
    let o = model.start;
    if (inStart[j + 1] === inStart[j] && constraint[j] === SNET) o = constraintDate[j]!;
    if (hasStatusDate && statusDate > o) o = statusDate;
    origin[j] = o;
    originPlaced[j] = rulePlaceStart(calendar, o, false);
    originPlacedZero[j] = rulePlaceStart(calendar, o, true);
    const c = constraint[j]!;
    if (c === SNET || c === MSO || c === SNLT) {
      datePlaced[j] = rulePlaceStart(calendar, constraintDate[j]!, false);
      datePlacedZero[j] = rulePlaceStart(calendar, constraintDate[j]!, true);
    }
    if (hasStatusDate) {
      floorPlaced[j] = rulePlaceStart(calendar, statusDate, false);
      floorPlacedZero[j] = rulePlaceStart(calendar, statusDate, true);
    }
  }
  return {
    calendarOf,
    origin,
    originPlaced,
    originPlacedZero,
    datePlaced,
    datePlacedZero,
    floorPlaced,
    floorPlacedZero,
    resumeFrom,
    candidate: new Float64Array(model.edgeSource.length),
    workStart: new Float64Array(n),
  };
}

/**
 * One forward pass with the schedule's own rules (engine/scheduling/
 * forward-pass.ts, which the zero-variance property test holds it to, to the
 * minute): each link's date with its lag added on the successor's calendar
 * (an FF finish of a task with work pulled back to the end of a working
 * period); the latest start placed at the next working minute; the duration
 * added on the task's clock; SNET/FNET push, MSO/MFO/SNLT/FNLT override the
 * links; unstarted work never before the status date. A done task sits at its
 * actual dates; an in-progress one keeps its actual start and its remaining
 * work (`durations[j]`) resumes at the later of the status date and its
 * links. ALAP is placed as soon as possible (see docs/forecasting.md).
 *
 * Writes start 2j and finish 2j + 1 into `times` (instants on the program
 * clock); returns the forecast's finish: the latest finish of the finish tasks.
 */
export function forwardPassExact(
  model: ForecastModel,
  pass: ExactPass,
  durations: Float64Array,
  times: Float64Array,
): number {
  const { inStart, inSplit, edgeSource, edgeLag, edgeLagElapsed, progress, finishTask } = model;
  const { constraint, constraintDate, actualStart, actualFinish, zeroDuration, statusDate } = model;
  const { calendarOf, candidate, workStart, resumeFrom } = pass;
  const elapsedClock = model.elapsed;
  const { originPlaced, originPlacedZero, datePlaced, datePlacedZero } = pass;
  const { floorPlaced, floorPlacedZero } = pass;
  const hasStatusDate = statusDate === statusDate;
  const n = model.taskCount;
  let projectFinish = -Infinity;
  for (let j = 0; j < n; j++) {
    const state = progress[j]!;
    if (state === DONE) {
      const f = actualFinish[j]!;
      times[2 * j] = workStart[j] = actualStart[j]!;
      times[2 * j + 1] = f;
      if (finishTask[j] && f > projectFinish) projectFinish = f;
      continue;
    }
    const calendar = calendarOf[j]!;
    const clock = elapsedClock[j]!;
    const duration = durations[j]!;
    // An in-progress task's links see its planned duration, not the work left.
    const zero = state === IN_PROGRESS ? zeroDuration[j] === 1 : duration === 0;
    const first = inStart[j]!;
    const split = inSplit[j]!;
    const last = inStart[j + 1]!;

    let latestStart = -Infinity;
    for (let k = first; k < split; k++) {
      const lag = edgeLag[k]!;
      const t =
        lag === 0
          ? times[edgeSource[k]!]!
          : addLag(calendar, times[edgeSource[k]!]!, lag, edgeLagElapsed[k]!);
      candidate[k] = t;
      if (t > latestStart) latestStart = t;
    }
    let finishBound = -Infinity;
    for (let k = split; k < last; k++) {
      const source = edgeSource[k]!;
      const lag = edgeLag[k]!;
      let t =
        lag === 0 ? times[source]! : addLag(calendar, times[source]!, lag, edgeLagElapsed[k]!);
      // FF (reads the predecessor's finish) landing on a period start: the end of the previous period.
      if (source & 1 && !zero) t = calendar.previousWorkEnd(t);
      candidate[k] = t;
      if (t > finishBound) finishBound = t;
    }

    if (state === IN_PROGRESS) {
      let resume = hasStatusDate
        ? statusDate > actualStart[j]!
          ? statusDate
          : actualStart[j]!
        : resumeFrom[j]!;
      if (latestStart > resume) resume = latestStart;
      resume = placeStart(calendar, resume, duration === 0);
      let f = finishFrom(calendar, clock, resume, duration);
      if (finishBound > f) f = finishBound;
      workStart[j] = resume;
      times[2 * j] = actualStart[j]!;
      times[2 * j + 1] = f;
      if (finishTask[j] && f > projectFinish) projectFinish = f;
      continue;
    }

    const c = constraint[j]!;
    const date = constraintDate[j]!;
    const startBound =
      latestStart > -Infinity ? placeStart(calendar, latestStart, zero) : -Infinity;
    let s =
      startBound >= pass.origin[j]! ? startBound : zero ? originPlacedZero[j]! : originPlaced[j]!;
    if (last === first && c === FNET)
      s = placeStart(calendar, startFrom(calendar, clock, date, duration), zero);
    if (startBound > s) s = startBound;
    if (finishBound > -Infinity) {
      const fromFinish = startFrom(calendar, clock, finishBound, duration);
      if (fromFinish > s) s = fromFinish;
    }
    let f = finishFrom(calendar, clock, s, duration);
    if (finishBound > f) f = finishBound;

    if (c !== 0) {
      if (c === SNET) {
        const d = zero ? datePlacedZero[j]! : datePlaced[j]!;
        if (d > s) {
          s = d;
          f = finishFrom(calendar, clock, s, duration);
        }
      } else if (c === FNET) {
        if (date > f) {
          f = date;
          s = startFrom(calendar, clock, date, duration);
        }
      } else if (c === MSO || c === SNLT) {
        const d = zero ? datePlacedZero[j]! : datePlaced[j]!;
        if (c === MSO || d < s) {
          s = d;
          f = finishFrom(calendar, clock, s, duration);
        }
      } else if (c === MFO || c === FNLT) {
        if (c === MFO || date < f) {
          f = date;
          s = startFrom(calendar, clock, date, duration);
        }
      }
      // Not even a hard constraint places unstarted work in the reported past.
      if (hasStatusDate && s < statusDate) {
        const floor = zero ? floorPlacedZero[j]! : floorPlaced[j]!;
        if (s < floor) {
          s = floor;
          f = finishFrom(calendar, clock, s, duration);
        }
      }
    }
    workStart[j] = s;
    times[2 * j] = s;
    times[2 * j + 1] = f;
    if (finishTask[j] && f > projectFinish) projectFinish = f;
  }
  return projectFinish === -Infinity ? model.start : projectFinish;
}

/**
 * The tasks critical in this iteration: a walk back from the finish tasks
 * that finish last along the links that set each date, as the schedule marks
 * its driving predecessors. Done work is never critical. Sets `onPath[j]`.
 */
export function markCritical(
  model: ForecastModel,
  pass: ExactPass,
  durations: Float64Array,
  times: Float64Array,
  projectFinish: number,
  onPath: Uint8Array,
): void {
  const { inStart, inSplit, edgeSource, progress, finishTask, zeroDuration } = model;
  const { calendarOf, candidate, workStart } = pass;
  const elapsedClock = model.elapsed;
  onPath.fill(0);
  for (let j = model.taskCount - 1; j >= 0; j--) {
    const f = times[2 * j + 1]!;
    if (f === projectFinish && finishTask[j]) onPath[j] = 1;
    else if (!onPath[j]) continue;
    const state = progress[j]!;
    if (state === DONE) {
      onPath[j] = 0;
      continue;
    }
    const s = workStart[j]!;
    const duration = durations[j]!;
    const zero = state === IN_PROGRESS ? zeroDuration[j] === 1 : duration === 0;
    const split = inSplit[j]!;
    // A start c places at s when c = s, or when it lies in the non-working gap just before s.
    let gapStart = NaN;
    for (let k = inStart[j]!; k < split; k++) {
      const c = candidate[k]!;
      let sets: boolean;
      if (c === s) sets = true;
      else if (c > s) sets = false;
      else if (zero || state === IN_PROGRESS)
        sets = placeStart(calendarOf[j]!, c, state === IN_PROGRESS ? duration === 0 : zero) === s;
      else {
        if (gapStart !== gapStart) gapStart = calendarOf[j]!.previousWorkEnd(s);
        sets = c >= gapStart;
      }
      if (sets) onPath[edgeSource[k]! >> 1] = 1;
    }
    const last = inStart[j + 1]!;
    for (let k = split; k < last; k++) {
      const c = candidate[k]!;
      if (
        c === f ||
        (state !== IN_PROGRESS && startFrom(calendarOf[j]!, elapsedClock[j]!, c, duration) === s)
      )
        onPath[edgeSource[k]! >> 1] = 1;
    }
  }
}
