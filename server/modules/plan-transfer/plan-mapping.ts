import type { Issue } from '../../../contracts/common.schema.js';
import type { ImportWarning } from '../../../contracts/plan-transfer.schema.js';
import type {
  CalendarDefinition,
  Weekday,
  WorkingInterval,
} from '../../../engine/calendar/calendar-definition.js';
import type { Task } from '../../../contracts/task.schema.js';
import { formatLocalDateTime } from '../../../engine/calendar/local-time.js';
import type { ScheduleInput, ScheduleTask } from '../../../engine/scheduling/index.js';
import { ROWS_PER_STEP, runSteps, type Steps } from '../../../interchange/stepwise.js';
import type {
  PlanEstimate,
  PlanRisk,
  PlanTaskCost,
} from '../../../interchange/plan-file/read-plan-file.js';

/** What a plan file carries for the forecast besides the schedule (none from MSPDI or CSV). */
export interface PlanForecastInputs {
  estimates: readonly PlanEstimate[];
  costs: readonly PlanTaskCost[];
  risks: readonly PlanRisk[];
}

/**
 * How an imported plan (the engine's ScheduleInput, read from MSPDI, YAML or CSV)
 * becomes a Waymark program (pure). Everything the engine schedules with is kept,
 * so the program's own schedule is the file's:
 *
 * - Program: startDate and startTime = the plan's start; its project calendar
 *   becomes the program's calendar, and every other calendar of the file a
 *   calendar of the program (week, exceptions, base, zone as they are). A plain
 *   standard week without exceptions is not copied: the program then runs on the
 *   organization's standard week with its holidays, as programs made here do.
 * - Outline: every task keeps its UID, its position and its parent. Level-1
 *   summaries become workstreams (names made unique with " (2)", " (3)"…, UID
 *   kept), which every item below them joins. Deeper summaries are summary tasks
 *   (their dates roll up); so is a level-1 summary that schedules something itself
 *   (links, a constraint, a deadline, a calendar of its own): it is kept as a
 *   summary task, and no workstream is made of it.
 * - A leaf of zero duration becomes a milestone (deadline → dueDate, its own
 *   constraint and calendar kept); a leaf marked milestone that takes time stays a
 *   task (a warning says so).
 * - Other leaves become tasks: estimateHours = duration / 60, elapsed durations
 *   marked elapsed; constraint, deadline and calendar kept (SNET at 08:00 is the
 *   task's startDate, as Waymark says "not before this day"); actuals become progress.
 * - Links keep type and lag: working, elapsed or percent, to and from summaries
 *   as they are (the engine reads a summary's links for the tasks below it).
 * - From a plan file, the forecast's inputs too: a task's estimate gives its
 *   optimistic and pessimistic hours (widened to take in its duration, as the
 *   forecast reads them), its cost its fixed cost and hourly rate; a risk keeps
 *   its probability, delay (in hours) and cost, on the tasks it names (a summary
 *   named: every task below it).
 * - What cannot be kept is listed in `warnings` (never dropped silently).
 */
export interface ImportedCalendar {
  key: string;
  name: string;
  /** The file's calendar UID (MSPDI), kept for reference. */
  uid: number | null;
  baseKey: string | null;
  timeZone: string | null;
  week: CalendarDefinition['week'];
  exceptions: CalendarDefinition['exceptions'];
}

export interface ImportedPlan {
  startDate: string;
  /** HH:MM. */
  startTime: string;
  /**
   * The first day whose work is not reported (Waymark's status date), from the file's
   * status date, else from its latest actual date; null (no progress): the plan's start.
   */
  statusDate: string | null;
  calendars: ImportedCalendar[];
  /** The program's calendar; null: the organization's standard week. */
  projectCalendarKey: string | null;
  workstreams: { key: string; name: string; uid: number | null }[];
  tasks: {
    key: string;
    name: string;
    workstreamKey: string | null;
    parentKey: string | null;
    position: number;
    uid: number | null;
    calendarKey: string | null;
    /** Null for a summary task: its duration is its children's. */
    estimateHours: number | null;
    durationElapsed: boolean;
    deadline: string | null;
    startDate: string | null;
    constraintType: Task['constraintType'];
    constraintDate: string | null;
    estimateOptimisticHours: number | null;
    estimatePessimisticHours: number | null;
    fixedCost: number | null;
    costPerHour: number | null;
    actualStart: string | null;
    actualFinish: string | null;
    percentComplete: number;
    remainingHours: number | null;
  }[];
  risks: {
    title: string;
    probability: number;
    delayHours: number;
    cost: number | null;
    taskKeys: string[];
  }[];
  milestones: {
    key: string;
    name: string;
    workstreamKey: string | null;
    parentKey: string | null;
    position: number;
    uid: number | null;
    calendarKey: string | null;
    dueDate: string | null;
    constraintType: Task['constraintType'];
    constraintDate: string | null;
    achievedAt: string | null;
  }[];
  dependencies: {
    predecessorKey: string;
    successorKey: string;
    type: 'FS' | 'SS' | 'FF' | 'SF';
    lagKind: 'working' | 'elapsed' | 'percent';
    lagMinutes: number;
    lagPercent: number | null;
  }[];
  warnings: ImportWarning[];
  /** A file's work resources (set after mapping, from MSPDI only) and their assignments to tasks. */
  resources?: {
    key: string;
    name: string;
    maxUnits: number;
    calendarKey: string | null;
    uid: number | null;
  }[];
  resourceAssignments?: { taskKey: string; resourceKey: string; units: number }[];
  /** MS Project's Baseline 0 (set after mapping, from MSPDI only): a baseline of the new program. */
  baseline?: { key: string; start: string; finish: string; durationMinutes: number }[];
}

/** More links than this (rows of `dependencies`) are refused. */
export const MAX_IMPORT_DEPENDENCIES = 1_000_000;

function tooManyDependencies(): Issue {
  return {
    path: 'body',
    code: 'too_many_rows',
    message: `The plan has more than ${MAX_IMPORT_DEPENDENCIES.toLocaleString('en-US')} links; at most ${MAX_IMPORT_DEPENDENCIES.toLocaleString('en-US')} can be imported.`,
  };
}

function label(t: ScheduleTask): string {
  return `task ${t.uid ?? t.id} "${t.name}"`;
}

/** Where a warning points: the MSPDI UID when the file has one, else the row. */
function where(t: ScheduleTask, position: number): string {
  return t.uid !== undefined ? `Task[UID=${t.uid}]` : `Task[${position + 1}]`;
}

const hoursOf = (minutes: number) => Math.round((minutes / 60) * 100) / 100;
const STANDARD_DAY = [
  { from: 8 * 60, to: 12 * 60 },
  { from: 13 * 60, to: 17 * 60 },
];

/** MS Project's standard week with no exceptions and no zone: the organization's calendar does as well. */
function isPlainStandard(c: CalendarDefinition): boolean {
  if (c.exceptions.length > 0 || c.baseCalendarId || c.timeZone) return false;
  const same = (a: WorkingInterval[] | undefined, b: WorkingInterval[]) =>
    a !== undefined &&
    a.length === b.length &&
    a.every((x, i) => x.from === b[i]!.from && x.to === b[i]!.to);
  return (
    same(c.week[0], []) &&
    same(c.week[6], []) &&
    [1, 2, 3, 4, 5].every((d) => same(c.week[d as Weekday], STANDARD_DAY))
  );
}

export type MappedPlan = { ok: true; plan: ImportedPlan } | { ok: false; issues: Issue[] };

export function planFromInput(
  input: ScheduleInput,
  forecast: PlanForecastInputs = { estimates: [], costs: [], risks: [] },
  warnings: ImportWarning[] = [],
): MappedPlan {
  return runSteps(planFromInputSteps(input, forecast, warnings));
}

/**
 * {@link planFromInput} in steps: yields every {@link ROWS_PER_STEP} tasks (twice over the tasks
 * in all). `warnings`: what the reader already could not keep (they lead the plan's list).
 */
export function* planFromInputSteps(
  input: ScheduleInput,
  forecast: PlanForecastInputs = { estimates: [], costs: [], risks: [] },
  readerWarnings: ImportWarning[] = [],
): Steps<MappedPlan> {
  const total = input.tasks.length;
  const issues: Issue[] = [];
  const warnings: ImportWarning[] = [...readerWarnings];
  const byId = new Map(input.tasks.map((t) => [t.id, t]));
  yield 0;
  const hasChildren = new Set<string>();
  for (const t of input.tasks) if (t.parentId && byId.has(t.parentId)) hasChildren.add(t.parentId);
  const successorOf = new Set<string>();
  for (const t of input.tasks) for (const l of t.predecessors) successorOf.add(l.predecessorId);
  /** A level-1 summary that is only a heading: a workstream says all of it. */
  const onlyHeading = (t: ScheduleTask) =>
    hasChildren.has(t.id) &&
    !(t.parentId && byId.has(t.parentId)) &&
    t.predecessors.length === 0 &&
    !successorOf.has(t.id) &&
    (!t.constraint || t.constraint.type === 'ASAP') &&
    t.deadline === undefined &&
    (!t.calendarId || t.calendarId === input.projectCalendarId) &&
    !t.progress;
  yield 0;
  // The level-1 ancestor of each task, memoised: one walk per task up a deep outline would be quadratic.
  const tops = new Map<string, ScheduleTask>();
  const topOf = (t: ScheduleTask): ScheduleTask => {
    const chain: ScheduleTask[] = [];
    const seen = new Set<string>();
    let current = t;
    let top: ScheduleTask | undefined;
    while (!(top = tops.get(current.id))) {
      chain.push(current);
      seen.add(current.id);
      const parent = current.parentId ? byId.get(current.parentId) : undefined;
      if (!parent || seen.has(parent.id)) {
        top = current;
        break;
      }
      current = parent;
    }
    for (const c of chain) tops.set(c.id, top);
    return top;
  };
  const start = formatLocalDateTime(input.start);
  const plan: ImportedPlan = {
    startDate: start.slice(0, 10),
    startTime: start.slice(11, 16),
    statusDate: firstUnreportedDay(input),
    calendars: [],
    projectCalendarKey: null,
    workstreams: [],
    tasks: [],
    milestones: [],
    dependencies: [],
    risks: [],
    warnings,
  };
  const project = input.calendars.find((c) => c.id === input.projectCalendarId);
  const calendarKeys = new Set<string>();
  for (const c of input.calendars) {
    if (c === project && isPlainStandard(c)) continue;
    calendarKeys.add(c.id);
    plan.calendars.push({
      key: c.id,
      name: c.name.trim().slice(0, 200) || `Calendar ${plan.calendars.length + 1}`,
      uid: /^[1-9]\d{0,8}$/.test(c.id) ? Number(c.id) : null,
      baseKey: null,
      timeZone: c.timeZone ?? null,
      week: c.week,
      exceptions: c.exceptions,
    });
  }
  for (const [i, c] of plan.calendars.entries()) {
    const base = input.calendars.find((d) => d.id === c.key)?.baseCalendarId;
    // A base the product keeps no copy of (the plain standard week) is what the calendar already says.
    plan.calendars[i] = { ...c, baseKey: base && calendarKeys.has(base) ? base : null };
  }
  if (project && calendarKeys.has(project.id)) plan.projectCalendarKey = project.id;
  const calendarKey = (t: ScheduleTask) =>
    t.calendarId && calendarKeys.has(t.calendarId) && t.calendarId !== input.projectCalendarId
      ? t.calendarId
      : null;
  const uids = new Set<number>();
  const uidOf = (t: ScheduleTask, position: number): number | null => {
    if (t.uid === undefined || !Number.isSafeInteger(t.uid) || t.uid <= 0) return null;
    if (uids.has(t.uid)) {
      warnings.push({
        at: where(t, position),
        field: 'UID',
        message: `UID ${t.uid} is used twice; the second task gets a new one on export.`,
      });
      return null;
    }
    uids.add(t.uid);
    return t.uid;
  };
  yield 0;
  const estimateOf = new Map(forecast.estimates.map((e) => [e.taskId, e]));
  const costOf = new Map(forecast.costs.map((c) => [c.taskId, c]));
  const names = new Set<string>();
  for (const [i, t] of input.tasks.entries()) {
    if (i % ROWS_PER_STEP === 0) yield 0;
    if (!onlyHeading(t)) continue;
    let name = t.name.trim() || `Workstream ${plan.workstreams.length + 1}`;
    for (let n = 2; names.has(name); n++) name = `${t.name} (${n})`;
    names.add(name);
    plan.workstreams.push({ key: t.id, name, uid: uidOf(t, i) });
  }
  yield 0;
  const children = new Map<string, ScheduleTask[]>();
  for (const t of input.tasks)
    if (t.parentId && byId.has(t.parentId)) {
      const list = children.get(t.parentId);
      if (list) list.push(t);
      else children.set(t.parentId, [t]);
    }
  // Each summary's leaves, computed once (iteratively: an outline may be deep); risks name summaries.
  const leaves = new Map<string, ScheduleTask[]>();
  const leavesOf = (t: ScheduleTask): ScheduleTask[] => {
    if (!hasChildren.has(t.id)) return [t];
    const known = leaves.get(t.id);
    if (known) return known;
    const found: ScheduleTask[] = [];
    const stack = [t];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const at = stack.pop()!;
      if (seen.has(at.id)) continue;
      seen.add(at.id);
      if (!hasChildren.has(at.id)) found.push(at);
      else stack.push(...(children.get(at.id) ?? []).slice().reverse());
    }
    leaves.set(t.id, found);
    return found;
  };
  const linked = new Set<string>();
  links: for (const [i, t] of input.tasks.entries()) {
    if (i % ROWS_PER_STEP === 0) yield i;
    for (const link of t.predecessors) {
      const from = byId.get(link.predecessorId);
      if (!from) {
        issues.push(issue(`${label(t)}: unknown predecessor ${link.predecessorId}`));
        continue;
      }
      const pair = `${from.id}\u0000${t.id}`;
      if (from.id === t.id) {
        warnings.push({
          at: where(t, i),
          field: 'PredecessorLink',
          message: 'A task linked to itself: the link is not imported.',
        });
        continue;
      }
      if (linked.has(pair)) {
        warnings.push({
          at: where(t, i),
          field: 'PredecessorLink',
          message: `A second link from ${label(from)}: only the first is imported.`,
        });
        continue;
      }
      if (linked.size === MAX_IMPORT_DEPENDENCIES) {
        issues.push(tooManyDependencies());
        break links;
      }
      linked.add(pair);
      const minutes = link.lag.kind === 'percent' ? 0 : link.lag.minutes;
      if (!Number.isInteger(minutes))
        warnings.push({
          at: where(t, i),
          field: 'LinkLag',
          message: `The lag of ${minutes} minutes is rounded to whole minutes.`,
        });
      plan.dependencies.push({
        predecessorKey: from.id,
        successorKey: t.id,
        type: link.type,
        lagKind: link.lag.kind,
        lagMinutes: Math.round(minutes),
        lagPercent: link.lag.kind === 'percent' ? link.lag.percent : null,
      });
    }
  }
  for (const [i, t] of input.tasks.entries()) {
    if (i % ROWS_PER_STEP === 0) yield total + i;
    const top = topOf(t);
    const workstreamKey = onlyHeading(top) ? top.id : null;
    if (onlyHeading(t)) continue;
    const parent = t.parentId ? byId.get(t.parentId) : undefined;
    const parentKey = parent && !onlyHeading(parent) ? parent.id : null;
    const name = t.name.trim() || `Task ${t.uid ?? i + 1}`;
    const summary = hasChildren.has(t.id);
    const uid = uidOf(t, i);
    if (!summary && t.duration.minutes === 0) {
      const deadline = t.deadline === undefined ? null : formatLocalDateTime(t.deadline);
      if (deadline !== null && !deadline.endsWith(`T17:00:00`))
        warnings.push({
          at: where(t, i),
          field: 'Deadline',
          message: `A milestone's deadline is a day (due by 17:00); ${deadline.replace('T', ' ').slice(0, 16)} is kept as ${deadline.slice(0, 10)}.`,
        });
      const done = t.progress?.actualFinish ?? (t.progress ? t.progress.actualStart : undefined);
      plan.milestones.push({
        key: t.id,
        name,
        workstreamKey,
        parentKey,
        position: i,
        uid,
        calendarKey: calendarKey(t),
        dueDate: deadline === null ? null : deadline.slice(0, 10),
        ...storedConstraint(t.constraint),
        achievedAt: done === undefined ? null : formatLocalDateTime(done),
      });
      continue;
    }
    if (t.milestone && !summary)
      warnings.push({
        at: where(t, i),
        field: 'Milestone',
        message:
          'A milestone that takes time is imported as a task of that duration (a Waymark milestone takes none).',
      });
    if (!summary && !Number.isInteger(t.duration.minutes))
      warnings.push({
        at: where(t, i),
        field: 'Duration',
        message: `The duration of ${t.duration.minutes} minutes is rounded to whole minutes.`,
      });
    const estimateHours = summary ? null : hoursOf(t.duration.minutes);
    const estimate = summary ? undefined : estimateOf.get(t.id);
    const cost = costOf.get(t.id);
    const progress = t.progress;
    const remainingMinutes =
      progress && !progress.actualFinish ? progress.remainingMinutes : undefined;
    const durationMinutes = t.duration.minutes;
    plan.tasks.push({
      key: t.id,
      name,
      workstreamKey,
      parentKey,
      position: i,
      uid,
      calendarKey: calendarKey(t),
      estimateHours,
      durationElapsed: t.duration.kind === 'elapsed',
      deadline: t.deadline === undefined ? null : formatLocalDateTime(t.deadline),
      estimateOptimisticHours:
        estimate && estimateHours !== null
          ? Math.min(hoursOf(estimate.optimistic.minutes), estimateHours)
          : null,
      estimatePessimisticHours:
        estimate && estimateHours !== null
          ? Math.max(hoursOf(estimate.pessimistic.minutes), estimateHours)
          : null,
      fixedCost: cost?.fixedCost ?? null,
      costPerHour: cost?.costPerHour ?? null,
      // "Not before this day" is how Waymark says SNET at 08:00 (schedule-input.ts reads it back so).
      ...(snetAtEight(t.constraint)
        ? {
            startDate: formatLocalDateTime(t.constraint!.date!).slice(0, 10),
            constraintType: null,
            constraintDate: null,
          }
        : { startDate: null, ...storedConstraint(t.constraint) }),
      actualStart: progress ? formatLocalDateTime(progress.actualStart) : null,
      actualFinish:
        progress?.actualFinish !== undefined ? formatLocalDateTime(progress.actualFinish) : null,
      percentComplete:
        progress?.actualFinish !== undefined
          ? 100
          : remainingMinutes !== undefined && durationMinutes > 0
            ? Math.max(0, Math.min(99, Math.round(100 * (1 - remainingMinutes / durationMinutes))))
            : 0,
      remainingHours: remainingMinutes !== undefined ? remainingMinutes / 60 : null,
    });
  }
  yield 2 * total;
  const taskKeys = new Set(plan.tasks.filter((t) => t.estimateHours !== null).map((t) => t.key));
  for (const r of forecast.risks) {
    const keys = [
      ...new Set(
        r.impact.taskIds.flatMap((id) => {
          const named = byId.get(id);
          return named ? leavesOf(named).map((l) => l.id) : [];
        }),
      ),
    ].filter((k) => taskKeys.has(k));
    if (keys.length === 0) {
      issues.push(issue(`risk ${r.id} "${r.name}": names no task (milestones take no delay)`));
      continue;
    }
    plan.risks.push({
      title: r.name.trim() || r.id,
      probability: r.probability,
      delayHours: hoursOf(r.impact.delay.minutes),
      cost: r.impact.cost ?? null,
      taskKeys: keys,
    });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, plan };
}

/**
 * MS Project's status date is the last instant reported (e.g. 17:00); Waymark's is the first
 * day not reported. A status date during a day means that day is reported: the next one.
 * Without one, the day after the latest actual date, when the file has any.
 */
function firstUnreportedDay(input: ScheduleInput): string | null {
  let reported = input.statusDate;
  if (reported === undefined)
    for (const t of input.tasks) {
      const latest = t.progress?.actualFinish ?? t.progress?.actualStart;
      if (latest !== undefined && (reported === undefined || latest > reported)) reported = latest;
    }
  if (reported === undefined) return null;
  const day = Math.floor(reported / 1440);
  return formatLocalDateTime((reported % 1440 === 0 ? day : day + 1) * 1440).slice(0, 10);
}

const snetAtEight = (c: ScheduleTask['constraint']) =>
  c?.type === 'SNET' && c.date !== undefined && formatLocalDateTime(c.date).endsWith('T08:00:00');

/** ASAP is no constraint; the others are kept as they are, SNET included (to the minute). */
function storedConstraint(
  c: ScheduleTask['constraint'],
): Pick<ImportedPlan['tasks'][number], 'constraintType' | 'constraintDate'> {
  if (!c || c.type === 'ASAP') return { constraintType: null, constraintDate: null };
  if (c.type === 'ALAP') return { constraintType: 'ALAP', constraintDate: null };
  if (c.date === undefined) return { constraintType: null, constraintDate: null };
  return { constraintType: c.type, constraintDate: formatLocalDateTime(c.date) };
}

function issue(message: string): Issue {
  return { path: 'body', code: 'unsupported', message };
}
