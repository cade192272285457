import { LineCounter, parseDocument } from 'yaml';
import {
  standardCalendar,
  type CalendarDefinition,
  type CalendarException,
  type Recurrence,
  type Weekday,
  type WorkingInterval,
} from '../../engine/calendar/calendar-definition.js';
import {
  formatLocalDateTime,
  parseLocalDateTime,
  type LocalMinutes,
} from '../../engine/calendar/local-time.js';
import type { Assignment, Resource } from '../../engine/levelling/levelling-types.js';
import type {
  ConstraintType,
  ScheduleInput,
  ScheduleLink,
  ScheduleTask,
  TimeSpan,
} from '../../engine/scheduling/schedule-input.js';
import {
  DEFAULT_DURATION_SETTINGS,
  parseDuration,
  parseLag,
  type DurationSettings,
} from './duration.js';
import {
  WEEKDAY_NAMES,
  type ExceptionDocument,
  type PlanFileDocument,
  type RepeatDocument,
  type TaskDocument,
} from './plan-file.schema.js';
import { checkPlanSchema, type LocatedIssue, type PlanFileError } from './schema-errors.js';
import { fieldName, YamlLocator, type PlanPath } from './yaml-locator.js';

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

export interface PlanFile {
  name?: string;
  /** What the engine schedules: tasks in outline order, uid = 1-based position in the file. */
  input: ScheduleInput;
  /** IANA zone of the project's wall clock (the engine itself schedules in floating local time). */
  timezone: string;
  settings: DurationSettings;
  risks: PlanRisk[];
  estimates: PlanEstimate[];
  /** For resource levelling: people or teams with their capacity, and who works on what. */
  resources: Resource[];
  assignments: Assignment[];
}

export type ReadPlanResult = { ok: true; plan: PlanFile } | { ok: false; errors: PlanFileError[] };

/** The built-in calendar's id; a plan may define its own `standard` to replace it. */
export const STANDARD_CALENDAR_ID = 'standard';

const START_KINDS: ReadonlySet<ConstraintType> = new Set(['SNET', 'SNLT', 'MSO']);

function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function parseClock(text: string): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return Number(m[2]) < 60 && minutes <= 1440 ? minutes : null;
}

function dayOf(date: string): number | null {
  const t = parseLocalDateTime(date);
  return t === null ? null : Math.floor(t / 1440);
}

function dateOfDay(day: number): string {
  return formatLocalDateTime(day * 1440).slice(0, 10);
}

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

type Report = (path: PlanPath, reason: string) => void;

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

  const calendars = buildCalendars(doc, report);
  const calendarIds = new Set(calendars.map((c) => c.id));
  const projectCalendarId =
    doc.calendar === undefined ? STANDARD_CALENDAR_ID : String(doc.calendar);
  if (!calendarIds.has(projectCalendarId)) report(['calendar'], unknownCalendar(projectCalendarId));

  const dur = (text: string): TimeSpan => parseDuration(text, settings)!;
  const { tasks, estimates } = buildTasks(doc.tasks, {
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
    ...(criticalSlackMinutes === undefined ? {} : { criticalSlackMinutes }),
  };
  return {
    ...(doc.name === undefined ? {} : { name: doc.name }),
    input,
    timezone,
    settings,
    risks,
    estimates,
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

function unknownCalendar(id: string): string {
  return `unknown calendar "${id}"`;
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

// ---------------------------------------------------------------- calendars

function parseHours(hours: string[], path: PlanPath, report: Report): WorkingInterval[] {
  const intervals: WorkingInterval[] = [];
  hours.forEach((range, i) => {
    const [fromText = '', toText = ''] = range.split('-');
    const from = parseClock(fromText);
    const to = parseClock(toText);
    if (from === null || to === null || from >= to) {
      report(
        [...path, i],
        `"${range}" is not a working period (HH:MM-HH:MM, from before to, at most 24:00)`,
      );
      return;
    }
    intervals.push({ from, to });
  });
  intervals.sort((a, b) => a.from - b.from);
  for (let i = 1; i < intervals.length; i++) {
    if (intervals[i]!.from < intervals[i - 1]!.to) {
      report(path, 'working periods overlap');
      break;
    }
  }
  return intervals;
}

function buildCalendars(doc: PlanFileDocument, report: Report): CalendarDefinition[] {
  const defined = doc.calendars ?? [];
  const ids = new Map<string, number>();
  defined.forEach((c, i) => {
    const id = String(c.id);
    const earlier = ids.get(id);
    if (earlier !== undefined)
      report(['calendars', i, 'id'], `duplicate calendar id "${id}" (also calendars[${earlier}])`);
    else ids.set(id, i);
  });
  const known = new Set([...ids.keys(), STANDARD_CALENDAR_ID]);
  const result: CalendarDefinition[] = [];
  if (!ids.has(STANDARD_CALENDAR_ID))
    result.push(standardCalendar(STANDARD_CALENDAR_ID, 'Standard'));

  defined.forEach((c, i) => {
    const path: PlanPath = ['calendars', i];
    const id = String(c.id);
    const base = c.base === undefined ? null : String(c.base);
    if (base !== null && !known.has(base)) report([...path, 'base'], unknownCalendar(base));
    if (base === id) report([...path, 'base'], 'a calendar cannot be based on itself');
    if (c.timezone !== undefined && !isValidTimeZone(c.timezone))
      report([...path, 'timezone'], `unknown time zone "${c.timezone}" (IANA, e.g. Europe/Paris)`);
    // Without a base, a calendar starts from the standard week; listed days replace it.
    const week: Partial<Record<Weekday, WorkingInterval[]>> =
      base === null ? { ...standardCalendar().week } : {};
    WEEKDAY_NAMES.forEach((name, day) => {
      const hours = c.week?.[name];
      if (hours !== undefined)
        week[day as Weekday] = parseHours(hours, [...path, 'week', name], report);
    });
    const exceptions = (c.exceptions ?? [])
      .map((e, j) => buildException(e, [...path, 'exceptions', j], report))
      .filter((e): e is CalendarException => e !== null);
    result.push({
      id,
      name: c.name ?? id,
      ...(base === null ? {} : { baseCalendarId: base }),
      ...(c.timezone === undefined ? {} : { timeZone: c.timezone }),
      week,
      exceptions,
    });
  });

  // Base chains must end.
  const baseOf = new Map(
    defined.map((c) => [String(c.id), c.base === undefined ? null : String(c.base)]),
  );
  defined.forEach((c, i) => {
    const seen = [String(c.id)];
    let next = baseOf.get(String(c.id)) ?? null;
    while (next !== null && baseOf.has(next)) {
      if (seen.includes(next)) {
        if (next === String(c.id) && seen.length > 1)
          report(['calendars', i, 'base'], `calendar cycle: ${[...seen, next].join(' → ')}`);
        break;
      }
      seen.push(next);
      next = baseOf.get(next) ?? null;
    }
  });
  return result;
}

const REPEAT_FIELDS: Record<RepeatDocument['every'], readonly string[]> = {
  day: ['every', 'interval'],
  week: ['every', 'interval', 'weekdays'],
  month: ['every', 'interval', 'day', 'position', 'weekday'],
  year: ['every', 'month', 'day', 'position', 'weekday'],
};

function weekdayIndex(name: string): Weekday {
  return WEEKDAY_NAMES.indexOf(name as (typeof WEEKDAY_NAMES)[number]) as Weekday;
}

function buildRecurrence(
  repeat: RepeatDocument,
  fromDay: number,
  path: PlanPath,
  report: Report,
): Recurrence | null {
  let ok = true;
  for (const key of Object.keys(repeat)) {
    if (!REPEAT_FIELDS[repeat.every].includes(key)) {
      report(
        [...path, key],
        `not used with every: ${repeat.every} (use ${REPEAT_FIELDS[repeat.every].join(', ')})`,
      );
      ok = false;
    }
  }
  if ((repeat.position === undefined) !== (repeat.weekday === undefined)) {
    report(
      [...path, repeat.position === undefined ? 'position' : 'weekday'],
      'position and weekday go together',
    );
    ok = false;
  }
  if (repeat.day !== undefined && repeat.position !== undefined) {
    report([...path, 'day'], 'give either day or position and weekday');
    ok = false;
  }
  if (!ok) return null;
  const every = repeat.interval ?? 1;
  const from = new Date(fromDay * 86_400_000);
  const position = repeat.position;
  const weekday = repeat.weekday === undefined ? undefined : weekdayIndex(repeat.weekday);
  switch (repeat.every) {
    case 'day':
      return { kind: 'daily', every };
    case 'week':
      return {
        kind: 'weekly',
        every,
        weekdays: (repeat.weekdays ?? [WEEKDAY_NAMES[from.getUTCDay()]!]).map(weekdayIndex),
      };
    case 'month':
      return position !== undefined && weekday !== undefined
        ? { kind: 'monthly-weekday', every, position, weekday }
        : { kind: 'monthly-day', every, day: repeat.day ?? from.getUTCDate() };
    case 'year': {
      const month = repeat.month ?? from.getUTCMonth() + 1;
      return position !== undefined && weekday !== undefined
        ? { kind: 'yearly-weekday', month, position, weekday }
        : { kind: 'yearly-date', month, day: repeat.day ?? from.getUTCDate() };
    }
  }
}

/** A last day generous enough for `occurrences` repetitions (the count still stops it). */
function lastDayFor(recurrence: Recurrence, fromDay: number, occurrences: number): number {
  switch (recurrence.kind) {
    case 'daily':
      return fromDay + recurrence.every * occurrences;
    case 'weekly':
      return fromDay + 7 * recurrence.every * (occurrences + 1);
    case 'monthly-day':
    case 'monthly-weekday':
      return fromDay + 31 * recurrence.every * (occurrences + 1);
    case 'yearly-date':
    case 'yearly-weekday':
      return fromDay + 366 * (occurrences + 1);
  }
}

function buildException(
  e: ExceptionDocument,
  path: PlanPath,
  report: Report,
): CalendarException | null {
  if (e.date !== undefined && (e.from !== undefined || e.to !== undefined)) {
    report([...path, e.from !== undefined ? 'from' : 'to'], 'give either date, or from and to');
    return null;
  }
  if (e.date === undefined && e.from === undefined) {
    report([...path, e.to === undefined ? 'date' : 'from'], 'required (date, or from and to)');
    return null;
  }
  const fromField = e.date !== undefined ? 'date' : 'from';
  const fromDay = dayOf((e.date ?? e.from)!);
  if (fromDay === null) {
    report([...path, fromField], `"${e.date ?? e.from}" is not a real date`);
    return null;
  }
  let toDay: number | null = fromDay;
  if (e.to !== undefined) {
    toDay = dayOf(e.to);
    if (toDay === null) {
      report([...path, 'to'], `"${e.to}" is not a real date`);
      return null;
    }
    if (toDay < fromDay) {
      report([...path, 'to'], `must not be before ${fromField} (${e.from})`);
      return null;
    }
  }
  const intervals = parseHours(e.hours ?? [], [...path, 'hours'], report);
  const exception: CalendarException = {
    ...(e.name === undefined ? {} : { name: e.name }),
    from: dateOfDay(fromDay),
    to: dateOfDay(toDay),
    intervals,
  };
  if (e.repeat === undefined) {
    if (e.occurrences !== undefined) report([...path, 'occurrences'], 'only with repeat');
    return exception;
  }
  if (e.to === undefined && e.occurrences === undefined) {
    report([...path, 'repeat'], 'a repeating exception needs to (its last day) or occurrences');
    return null;
  }
  const recurrence = buildRecurrence(e.repeat, fromDay, [...path, 'repeat'], report);
  if (!recurrence) return null;
  exception.recurrence = recurrence;
  if (e.occurrences !== undefined) {
    exception.occurrences = e.occurrences;
    if (e.to === undefined)
      exception.to = dateOfDay(lastDayFor(recurrence, fromDay, e.occurrences));
  }
  return exception;
}

// ---------------------------------------------------------------- tasks

interface TaskContext {
  settings: DurationSettings;
  calendarIds: ReadonlySet<string>;
  defaultStart: number;
  defaultFinish: number;
  report: Report;
}

function buildTasks(
  docs: TaskDocument[],
  ctx: TaskContext,
): { tasks: ScheduleTask[]; estimates: PlanEstimate[] } {
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
    children.set(parent, [...(children.get(parent) ?? []), i]);
  });
  const inCycle = new Set<string>();
  docs.forEach((t, i) => {
    const id = String(t.id);
    const chain = [id];
    let next = parentOf.get(id);
    while (next !== undefined) {
      if (next === id) {
        report(['tasks', i, 'parent'], `parent cycle: ${[...chain, id].join(' → ')}`);
        inCycle.add(id);
        break;
      }
      if (chain.includes(next)) break;
      chain.push(next);
      next = parentOf.get(next);
    }
  });
  const isAncestor = (a: string, b: string): boolean => {
    for (
      let p = parentOf.get(b), guard = 0;
      p !== undefined && guard <= docs.length;
      p = parentOf.get(p), guard++
    )
      if (p === a) return true;
    return false;
  };

  const tasks: ScheduleTask[] = [];
  const estimates: PlanEstimate[] = [];
  docs.forEach((t, i) => {
    const path: PlanPath = ['tasks', i];
    const id = String(t.id);
    const summary = children.has(id);
    if (summary) {
      for (const field of ['duration', 'milestone', 'estimate', 'constraint'] as const) {
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
      uid: i + 1,
      parentId: parentOf.get(id) ?? null,
      duration,
      ...(t.milestone === true ? { milestone: true } : {}),
      calendarId: t.calendar === undefined ? null : String(t.calendar),
      ...(constraint ? { constraint } : {}),
      ...(deadline === undefined ? {} : { deadline }),
      predecessors,
    });
  });

  if (inCycle.size > 0) return { tasks, estimates };
  return { tasks: outlineOrder(tasks), estimates };
}

/** Parents before children, siblings in file order: a depth-first walk from the roots. */
export function outlineOrder(tasks: readonly ScheduleTask[]): ScheduleTask[] {
  const ids = new Set(tasks.map((t) => t.id));
  const childrenOf = new Map<string | null, ScheduleTask[]>();
  for (const task of tasks) {
    const parent = task.parentId && ids.has(task.parentId) ? task.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), task]);
  }
  const ordered: ScheduleTask[] = [];
  const visit = (parent: string | null) => {
    for (const child of childrenOf.get(parent) ?? []) {
      ordered.push(child);
      visit(child.id);
    }
  };
  visit(null);
  return ordered;
}
