import { LineCounter, parseDocument } from 'yaml';
import { parseLocalDateTime, type LocalMinutes } from '../../engine/calendar/local-time.js';
import type { Assignment, Resource } from '../../engine/levelling/levelling-types.js';
import type {
  ConstraintType,
  ScheduleInput,
  ScheduleLink,
  ScheduleTask,
  TaskProgress,
  TimeSpan,
} from '../../engine/scheduling/schedule-input.js';
import {
  DEFAULT_DURATION_SETTINGS,
  parseDuration,
  parseLag,
  type DurationSettings,
} from './duration.js';
import { type PlanFileDocument, type TaskDocument } from './plan-file.schema.js';
import {
  buildCalendars,
  parseClock,
  STANDARD_CALENDAR_ID,
  unknownCalendar,
  type Report,
} from './plan-file-calendars.js';
import { isValidTimeZone } from '../../engine/calendar/time-zone.js';
import { checkPlanSchema, type LocatedIssue, type PlanFileError } from './schema-errors.js';
import { fieldName, YamlLocator, type PlanPath } from './yaml-locator.js';
import { ROWS_PER_STEP, runSteps, type Steps } from '../stepwise.js';

export type { PlanFileError } from './schema-errors.js';

/** A risk, validated and kept for the forecasting issue. */
export interface PlanRisk {
  id: string;
  name: string;
  probability: number;
  impact: { taskIds: string[]; delay: TimeSpan; cost?: number };
}

/** Three-point estimate of a task, kept for the forecasting issue. */
export interface PlanEstimate {
  taskId: string;
  optimistic: TimeSpan;
  likely: TimeSpan;
  pessimistic: TimeSpan;
}

/** What a task costs: a fixed amount and an amount per working hour (the forecast's cost). */
export interface PlanTaskCost {
  taskId: string;
  fixedCost?: number;
  costPerHour?: number;
}

export interface PlanFile {
  name?: string;
  /** What the engine schedules: tasks in outline order, uid as given, else the 1-based position in the file. */
  input: ScheduleInput;
  /** IANA zone of the project's wall clock (the engine itself schedules in floating local time). */
  timezone: string;
  settings: DurationSettings;
  risks: PlanRisk[];
  estimates: PlanEstimate[];
  costs: PlanTaskCost[];
  /** For resource levelling: people or teams with their capacity, and who works on what. */
  resources: Resource[];
  assignments: Assignment[];
}

export type ReadPlanResult = { ok: true; plan: PlanFile } | { ok: false; errors: PlanFileError[] };

export { STANDARD_CALENDAR_ID } from './plan-file-calendars.js';

const START_KINDS: ReadonlySet<ConstraintType> = new Set(['SNET', 'SNLT', 'MSO']);

/** Reads a plan file's text; every problem comes back with its line, none is thrown. */
export function readPlanFile(text: string): ReadPlanResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => ({
        line: e.linePos?.[0].line ?? 1,
        field: 'yaml',
        reason: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
      })),
    };
  }
  const locator = new YamlLocator(doc, lineCounter);
  const locate = (issues: LocatedIssue[]): PlanFileError[] =>
    issues
      .map((issue) => ({
        line: locator.line(issue.path),
        field: fieldName(issue.path),
        reason: issue.reason,
      }))
      .sort((a, b) => a.line - b.line);
  const value: unknown = doc.toJS();
  if (value === null || value === undefined) {
    return {
      ok: false,
      errors: [{ line: 1, field: 'start', reason: 'required (the file is empty)' }],
    };
  }
  const checked = checkPlanSchema(value);
  if (!checked.ok) return { ok: false, errors: locate(checked.issues) };
  const issues: LocatedIssue[] = [];
  const plan = buildPlan(checked.document, (path, reason) => issues.push({ path, reason }));
  if (issues.length > 0 || !plan) return { ok: false, errors: locate(issues) };
  return { ok: true, plan };
}

function buildPlan(doc: PlanFileDocument, report: Report): PlanFile | null {
  const settings: DurationSettings = {
    minutesPerDay: doc.minutesPerDay ?? DEFAULT_DURATION_SETTINGS.minutesPerDay,
    minutesPerWeek: doc.minutesPerWeek ?? DEFAULT_DURATION_SETTINGS.minutesPerWeek,
    minutesPerMonth: doc.minutesPerMonth ?? DEFAULT_DURATION_SETTINGS.minutesPerMonth,
  };
  if (settings.minutesPerDay > 1440) report(['minutesPerDay'], 'must be at most 1440');
  const defaultStart = clockField(doc.defaultStartTime, ['defaultStartTime'], 8 * 60, report);
  const defaultFinish = clockField(doc.defaultFinishTime, ['defaultFinishTime'], 17 * 60, report);

  const timezone = doc.timezone ?? 'UTC';
  if (!isValidTimeZone(timezone))
    report(['timezone'], `unknown time zone "${timezone}" (IANA, e.g. Europe/Paris)`);

  const start = localDateTime(doc.start, defaultStart, ['start'], report);
  // The first instant not yet reported: a date alone is the start of that day.
  const statusDate =
    doc.statusDate === undefined ? null : localDateTime(doc.statusDate, 0, ['statusDate'], report);

  const calendars = buildCalendars(doc, report);
  const calendarIds = new Set(calendars.map((c) => c.id));
  const projectCalendarId =
    doc.calendar === undefined ? STANDARD_CALENDAR_ID : String(doc.calendar);
  if (!calendarIds.has(projectCalendarId)) report(['calendar'], unknownCalendar(projectCalendarId));

  const dur = (text: string): TimeSpan => parseDuration(text, settings)!;
  const { tasks, estimates, costs } = buildTasks(doc.tasks, {
    settings,
    calendarIds,
    defaultStart,
    defaultFinish,
    report,
  });
  const taskIds = new Set(doc.tasks.map((t) => String(t.id)));

  const risks: PlanRisk[] = [];
  const riskIds = new Map<string, number>();
  (doc.risks ?? []).forEach((risk, i) => {
    const id = String(risk.id);
    const earlier = riskIds.get(id);
    if (earlier !== undefined)
      report(['risks', i, 'id'], `duplicate risk id "${id}" (also risks[${earlier}])`);
    else riskIds.set(id, i);
    risk.impact.tasks.forEach((task, j) => {
      if (!taskIds.has(String(task)))
        report(['risks', i, 'impact', 'tasks', j], `unknown task "${String(task)}"`);
    });
    risks.push({
      id,
      name: risk.name ?? id,
      probability: risk.probability,
      impact: {
        taskIds: risk.impact.tasks.map(String),
        delay: dur(risk.impact.delay),
        ...(risk.impact.cost === undefined ? {} : { cost: risk.impact.cost }),
      },
    });
  });

  const { resources, assignments } = buildResources(doc, taskIds, calendarIds, report);

  let criticalSlackMinutes: number | undefined;
  if (doc.criticalSlack !== undefined) criticalSlackMinutes = dur(doc.criticalSlack).minutes;

  if (start === null) return null;
  const input: ScheduleInput = {
    start,
    projectCalendarId,
    calendars,
    tasks,
    ...(statusDate === null ? {} : { statusDate }),
    ...(criticalSlackMinutes === undefined ? {} : { criticalSlackMinutes }),
  };
  return {
    ...(doc.name === undefined ? {} : { name: doc.name }),
    input,
    timezone,
    settings,
    risks,
    estimates,
    costs,
    resources,
    assignments,
  };
}

/** `resources` (capacity default 1) and `assignments` (units default 1), references checked. */
function buildResources(
  doc: PlanFileDocument,
  taskIds: ReadonlySet<string>,
  calendarIds: ReadonlySet<string>,
  report: Report,
): { resources: Resource[]; assignments: Assignment[] } {
  const resources: Resource[] = [];
  const index = new Map<string, number>();
  (doc.resources ?? []).forEach((r, i) => {
    const id = String(r.id);
    const earlier = index.get(id);
    if (earlier !== undefined)
      return report(
        ['resources', i, 'id'],
        `duplicate resource id "${id}" (also resources[${earlier}])`,
      );
    index.set(id, i);
    if (r.calendar !== undefined && !calendarIds.has(String(r.calendar)))
      report(['resources', i, 'calendar'], unknownCalendar(String(r.calendar)));
    resources.push({
      id,
      name: r.name ?? id,
      ...(r.calendar === undefined ? {} : { calendarId: String(r.calendar) }),
      capacity: r.capacity ?? 1,
    });
  });
  const assignments: Assignment[] = [];
  const seen = new Set<string>();
  (doc.assignments ?? []).forEach((a, i) => {
    const path: PlanPath = ['assignments', i];
    const taskId = String(a.task);
    const resourceId = String(a.resource);
    if (!taskIds.has(taskId)) return report([...path, 'task'], `unknown task "${taskId}"`);
    if (!index.has(resourceId))
      return report([...path, 'resource'], `unknown resource "${resourceId}"`);
    if (a.units === 0) return report([...path, 'units'], 'must be greater than 0');
    const key = JSON.stringify([taskId, resourceId]);
    if (seen.has(key)) return report(path, `"${resourceId}" is already assigned to "${taskId}"`);
    seen.add(key);
    assignments.push({ taskId, resourceId, units: a.units ?? 1 });
  });
  return { resources, assignments };
}

function clockField(
  text: string | undefined,
  path: PlanPath,
  fallback: number,
  report: Report,
): number {
  if (text === undefined) return fallback;
  const minutes = parseClock(text);
  if (minutes === null || minutes >= 1440) {
    report(path, 'must be a time of day HH:MM');
    return fallback;
  }
  return minutes;
}

/** A date-time, or a date that gets the given time of day (MS Project's default start/finish time). */
function localDateTime(
  text: string,
  timeOfDay: number,
  path: PlanPath,
  report: Report,
): LocalMinutes | null {
  const t = parseLocalDateTime(text);
  if (t === null || /T24:/.test(text)) {
    report(path, `"${text}" is not a real date and time`);
    return null;
  }
  return text.includes('T') ? t : t + timeOfDay;
}

interface TaskContext {
  settings: DurationSettings;
  calendarIds: ReadonlySet<string>;
  defaultStart: number;
  defaultFinish: number;
  report: Report;
}

/**
 * The WBS as a forest, in linear time: which tasks sit on a parent cycle, and
 * an O(1) ancestor test from each task's entry and exit in a depth-first walk
 * (a chain of parent look-ups per link would be quadratic in a deep outline).
 */
function parentForest(
  ids: readonly string[],
  parentOf: ReadonlyMap<string, string>,
): { inCycle: ReadonlySet<string>; isAncestor(a: string, b: string): boolean } {
  // Cycles: follow each unvisited chain, colouring it; meeting the chain being walked closes a cycle.
  const state = new Map<string, 1 | 2>(); // 1 on the current chain, 2 finished
  const inCycle = new Set<string>();
  for (const start of ids) {
    if (state.has(start)) continue;
    const chain: string[] = [];
    let at: string | undefined = start;
    while (at !== undefined && !state.has(at)) {
      state.set(at, 1);
      chain.push(at);
      at = parentOf.get(at);
    }
    if (at !== undefined && state.get(at) === 1)
      for (let k = chain.indexOf(at); k < chain.length; k++) inCycle.add(chain[k]!);
    for (const id of chain) state.set(id, 2);
  }
  const childrenOf = new Map<string, string[]>();
  const roots: string[] = [];
  for (const id of new Set(ids)) {
    const parent = parentOf.get(id);
    if (inCycle.has(id)) continue;
    if (parent === undefined || inCycle.has(parent)) roots.push(id);
    else {
      const list = childrenOf.get(parent);
      if (list) list.push(id);
      else childrenOf.set(parent, [id]);
    }
  }
  const enter = new Map<string, number>();
  const exit = new Map<string, number>();
  let clock = 0;
  const stack: { id: string; next: number }[] = roots.map((id) => ({ id, next: -1 })).reverse();
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.next === -1) {
      enter.set(top.id, clock++);
      top.next = 0;
    }
    const list = childrenOf.get(top.id) ?? [];
    if (top.next < list.length) stack.push({ id: list[top.next++]!, next: -1 });
    else {
      exit.set(top.id, clock++);
      stack.pop();
    }
  }
  return {
    inCycle,
    isAncestor(a, b) {
      const [ea, xa, eb] = [enter.get(a), exit.get(a), enter.get(b)];
      if (ea === undefined || xa === undefined || eb === undefined || a === b) return false;
      return ea < eb && eb < xa;
    },
  };
}

function buildTasks(
  docs: TaskDocument[],
  ctx: TaskContext,
): { tasks: ScheduleTask[]; estimates: PlanEstimate[]; costs: PlanTaskCost[] } {
  const { report, settings } = ctx;
  const dur = (text: string): TimeSpan => parseDuration(text, settings)!;
  const index = new Map<string, number>();
  docs.forEach((t, i) => {
    const id = String(t.id);
    const earlier = index.get(id);
    if (earlier !== undefined)
      report(['tasks', i, 'id'], `duplicate task id "${id}" (also tasks[${earlier}])`);
    else index.set(id, i);
  });

  const uidAt = new Map<number, number>();
  docs.forEach((t, i) => {
    if (t.uid === undefined) return;
    const earlier = uidAt.get(t.uid);
    if (earlier !== undefined)
      report(['tasks', i, 'uid'], `duplicate uid ${t.uid} (also tasks[${earlier}])`);
    else uidAt.set(t.uid, i);
  });

  // WBS: parents, children, cycles.
  const parentOf = new Map<string, string>();
  const children = new Map<string, number[]>();
  docs.forEach((t, i) => {
    if (t.parent === undefined) return;
    const parent = String(t.parent);
    if (!index.has(parent)) return report(['tasks', i, 'parent'], `unknown task "${parent}"`);
    if (parent === String(t.id))
      return report(['tasks', i, 'parent'], 'a task cannot be its own parent');
    if (index.get(String(t.id)) !== i) return; // a duplicate; already reported
    parentOf.set(String(t.id), parent);
    const siblings = children.get(parent);
    if (siblings) siblings.push(i);
    else children.set(parent, [i]);
  });
  const { inCycle, isAncestor } = parentForest(
    docs.map((t) => String(t.id)),
    parentOf,
  );
  docs.forEach((t, i) => {
    const id = String(t.id);
    if (!inCycle.has(id)) return;
    const chain = [id];
    for (let next = parentOf.get(id); next !== undefined && next !== id; next = parentOf.get(next))
      chain.push(next);
    report(['tasks', i, 'parent'], `parent cycle: ${[...chain, id].join(' → ')}`);
  });

  const tasks: ScheduleTask[] = [];
  const estimates: PlanEstimate[] = [];
  const costs: PlanTaskCost[] = [];
  docs.forEach((t, i) => {
    const path: PlanPath = ['tasks', i];
    const id = String(t.id);
    const summary = children.has(id);
    if (summary) {
      for (const field of ['duration', 'milestone', 'estimate', 'constraint', 'cost'] as const) {
        if (t[field] !== undefined)
          report([...path, field], 'a task with children (a summary) takes its dates from them');
      }
    } else if (t.duration === undefined && t.milestone !== true && t.estimate === undefined) {
      report([...path, 'duration'], 'required (or milestone: true)');
    }

    let estimate: PlanEstimate | undefined;
    if (t.estimate !== undefined && !summary) {
      const [o, l, p] = [t.estimate.optimistic, t.estimate.likely, t.estimate.pessimistic].map(
        dur,
      ) as [TimeSpan, TimeSpan, TimeSpan];
      if (o.kind !== l.kind || l.kind !== p.kind)
        report(
          [...path, 'estimate'],
          'optimistic, likely and pessimistic must all be working or all elapsed',
        );
      else if (!(o.minutes <= l.minutes && l.minutes <= p.minutes))
        report([...path, 'estimate'], 'must have optimistic ≤ likely ≤ pessimistic');
      else estimate = { taskId: id, optimistic: o, likely: l, pessimistic: p };
      if (estimate) estimates.push(estimate);
    }

    if (
      t.cost !== undefined &&
      !summary &&
      (t.cost.fixed !== undefined || t.cost.perHour !== undefined)
    )
      costs.push({
        taskId: id,
        ...(t.cost.fixed === undefined ? {} : { fixedCost: t.cost.fixed }),
        ...(t.cost.perHour === undefined ? {} : { costPerHour: t.cost.perHour }),
      });

    let duration: TimeSpan = { kind: 'working', minutes: 0 };
    if (!summary) {
      if (t.duration !== undefined) duration = dur(t.duration);
      else if (estimate) duration = estimate.likely;
    }

    if (t.calendar !== undefined && !ctx.calendarIds.has(String(t.calendar)))
      report([...path, 'calendar'], unknownCalendar(String(t.calendar)));

    let constraint: ScheduleTask['constraint'];
    if (t.constraint !== undefined) {
      const { type, date } = t.constraint;
      if (type === 'ASAP' || type === 'ALAP') {
        if (date !== undefined) report([...path, 'constraint', 'date'], `not used with ${type}`);
        constraint = { type };
      } else if (date === undefined) {
        report([...path, 'constraint', 'date'], `required for ${type}`);
      } else {
        const at = localDateTime(
          date,
          START_KINDS.has(type) ? ctx.defaultStart : ctx.defaultFinish,
          [...path, 'constraint', 'date'],
          report,
        );
        if (at !== null) constraint = { type, date: at };
      }
    }

    let deadline: LocalMinutes | undefined;
    if (t.deadline !== undefined) {
      deadline =
        localDateTime(t.deadline, ctx.defaultFinish, [...path, 'deadline'], report) ?? undefined;
    }

    const progress =
      t.progress === undefined ? undefined : buildProgress(t.progress, duration, path, ctx);

    const predecessors: ScheduleLink[] = [];
    const linked = new Set<string>();
    (t.after ?? []).forEach((link, j) => {
      const linkPath: PlanPath = [...path, 'after', j];
      const object = typeof link === 'object';
      const pred = String(object ? link.task : link);
      const refPath = object ? [...linkPath, 'task'] : linkPath;
      if (!index.has(pred)) return report(refPath, `unknown task "${pred}"`);
      if (pred === id) return report(refPath, 'a task cannot follow itself');
      if (isAncestor(pred, id) || isAncestor(id, pred))
        return report(refPath, `cannot link a task to its own summary or subtask ("${pred}")`);
      if (linked.has(pred)) return report(refPath, `"${pred}" is already a predecessor`);
      linked.add(pred);
      predecessors.push({
        predecessorId: pred,
        type: object ? (link.type ?? 'FS') : 'FS',
        lag:
          object && link.lag !== undefined
            ? parseLag(link.lag, settings)!
            : { kind: 'working', minutes: 0 },
      });
    });

    tasks.push({
      id,
      name: t.name ?? id,
      uid: t.uid ?? i + 1,
      parentId: parentOf.get(id) ?? null,
      duration,
      ...(t.milestone === true ? { milestone: true } : {}),
      calendarId: t.calendar === undefined ? null : String(t.calendar),
      ...(constraint ? { constraint } : {}),
      ...(deadline === undefined ? {} : { deadline }),
      predecessors,
      ...(t.priority === undefined ? {} : { priority: t.priority }),
      ...(progress ? { progress } : {}),
    });
  });

  if (inCycle.size > 0) return { tasks, estimates, costs };
  return { tasks: outlineOrder(tasks), estimates, costs };
}

/**
 * Actuals: a start (in progress), a finish too (done), and the work left in the
 * task's own time base (working or elapsed, as its duration).
 */
function buildProgress(
  p: NonNullable<TaskDocument['progress']>,
  duration: TimeSpan,
  path: PlanPath,
  ctx: TaskContext,
): TaskProgress | undefined {
  const at = [...path, 'progress'];
  const actualStart = localDateTime(
    p.actualStart,
    ctx.defaultStart,
    [...at, 'actualStart'],
    ctx.report,
  );
  const actualFinish =
    p.actualFinish === undefined
      ? undefined
      : localDateTime(p.actualFinish, ctx.defaultFinish, [...at, 'actualFinish'], ctx.report);
  if (actualStart === null || actualFinish === null) return undefined;
  if (actualFinish !== undefined && actualFinish < actualStart) {
    ctx.report([...at, 'actualFinish'], `must not be before actualStart (${p.actualStart})`);
    return undefined;
  }
  let remainingMinutes: number | undefined;
  if (p.remaining !== undefined) {
    const remaining = parseDuration(p.remaining, ctx.settings)!;
    if (remaining.kind !== duration.kind) {
      ctx.report(
        [...at, 'remaining'],
        `must be ${duration.kind} time like the task's duration (e.g. ${duration.kind === 'elapsed' ? '2ed' : '2d'})`,
      );
      return undefined;
    }
    remainingMinutes = remaining.minutes;
  }
  return {
    actualStart,
    ...(actualFinish === undefined ? {} : { actualFinish }),
    ...(remainingMinutes === undefined ? {} : { remainingMinutes }),
  };
}

/**
 * Parents before children, siblings in file order: a depth-first walk from the
 * roots. Linear in the tasks, iterative (a deep outline cannot exhaust the stack).
 */
export function outlineOrder(tasks: readonly ScheduleTask[]): ScheduleTask[] {
  return runSteps(outlineOrderSteps(tasks));
}

/** {@link outlineOrder}, yielding every {@link ROWS_PER_STEP} tasks (twice over them; yields 0). */
export function* outlineOrderSteps(tasks: readonly ScheduleTask[]): Steps<ScheduleTask[]> {
  const ids = new Set(tasks.map((t) => t.id));
  const childrenOf = new Map<string | null, ScheduleTask[]>();
  for (const [i, task] of tasks.entries()) {
    if (i % ROWS_PER_STEP === 0) yield 0;
    const parent = task.parentId && ids.has(task.parentId) ? task.parentId : null;
    const siblings = childrenOf.get(parent);
    if (siblings) siblings.push(task);
    else childrenOf.set(parent, [task]);
  }
  const ordered: ScheduleTask[] = [];
  // A stack of sibling lists with the next position in each.
  const stack: { list: ScheduleTask[]; next: number }[] = [
    { list: childrenOf.get(null) ?? [], next: 0 },
  ];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.next === top.list.length) {
      stack.pop();
      continue;
    }
    const child = top.list[top.next++]!;
    if (ordered.length % ROWS_PER_STEP === 0) yield 0;
    ordered.push(child);
    const below = childrenOf.get(child.id);
    if (below) stack.push({ list: below, next: 0 });
  }
  return ordered;
}
