import type {
  CalendarDefinition,
  CalendarException,
  Recurrence,
  WorkingInterval,
} from '../../engine/calendar/calendar-definition.js';
import { compileCalendars } from '../../engine/calendar/compile-calendar.js';
import { ELAPSED_TIME } from '../../engine/calendar/compiled-working-time.js';
import { formatLocalDateTime } from '../../engine/calendar/local-time.js';
import { exceptionDays } from '../../engine/calendar/recurrence.js';
import type { WorkingTime } from '../../engine/calendar/working-time.js';
import type {
  Lag,
  ScheduleInput,
  ScheduleTask,
  TimeSpan,
} from '../../engine/scheduling/schedule-input.js';
import type { ScheduleResult, TaskSchedule } from '../../engine/scheduling/schedule-result.js';
import { CONSTRAINT_BY_CODE, FORMAT, formatIsoDuration, LINK_CODE_BY_TYPE } from './codes.js';
import { baselineEntry, type MspdiBaselineRow } from './mspdi-baseline.js';
import { progressEntries } from './mspdi-progress.js';
import type { MspdiAssignment, MspdiResource } from './read-mspdi.js';
import { dt, render, type Entry } from './write-mspdi-xml.js';

export interface WriteMspdiOptions {
  /** `<Name>` (the file name MS Project shows); default "Waymark plan". */
  name?: string;
  title?: string;
  /** Conversion factors written to the project; durations are always stored in minutes. */
  minutesPerDay?: number;
  minutesPerWeek?: number;
  daysPerMonth?: number;
  /** `HonorConstraints`; default true (constraints win over links, as the engine schedules). */
  honorConstraints?: boolean;
  /** Also write each exception as legacy `DayType 0` rows (MS Project 2007+ writes both); default true. */
  legacyExceptions?: boolean;
  /** `<Resources>`: ids are kept as UIDs when numeric (or `uid` is given), else numbered. */
  resources?: readonly MspdiResource[];
  /** `<Assignments>` of those resources to tasks of the plan (others are left out). */
  assignments?: readonly MspdiAssignment[];
  /** Baseline 0, written as each task's `<Baseline>` Number 0 (rows of tasks not in the plan are left out). */
  baseline?: readonly MspdiBaselineRow[];
}

const NS = 'http://schemas.microsoft.com/project';

function hhmm(minutes: number): string {
  const m = minutes >= 1440 ? 0 : minutes; // 24:00 is written 00:00:00
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00`;
}

function workingTimes(intervals: WorkingInterval[]): Entry {
  return [
    'WorkingTimes',
    intervals.map((iv): Entry => [
      'WorkingTime',
      [
        ['FromTime', hhmm(iv.from)],
        ['ToTime', hhmm(iv.to)],
      ],
    ]),
  ];
}

function dayText(day: number): string {
  return formatLocalDateTime(day * 1440).slice(0, 10);
}

const POSITION_CODE = { 1: 0, 2: 1, 3: 2, 4: 3, last: 4 } as const;

/** Recurrence → the 2007+ `<Exception>` fields after `Type` (Type first). */
function recurrenceFields(r: Recurrence | undefined): Entry[] {
  if (!r) return [['Type', 1]];
  switch (r.kind) {
    case 'daily':
      return [
        ['Type', 7],
        ['Period', r.every],
      ];
    case 'weekly':
      return [
        ['Type', 6],
        ['Period', r.every],
        ['DaysOfWeek', r.weekdays.reduce<number>((mask, d) => mask | (1 << d), 0)],
      ];
    case 'monthly-weekday':
      return [
        ['Type', 5],
        ['Period', r.every],
        ['MonthItem', r.weekday + 3],
        ['MonthPosition', POSITION_CODE[r.position]],
      ];
    case 'monthly-day':
      return [
        ['Type', 4],
        ['Period', r.every],
        ['MonthDay', r.day],
      ];
    case 'yearly-weekday':
      return [
        ['Type', 3],
        ['Month', r.month - 1],
        ['MonthItem', r.weekday + 3],
        ['MonthPosition', POSITION_CODE[r.position]],
      ];
    case 'yearly-date':
      return [
        ['Type', 2],
        ['Month', r.month - 1],
        ['MonthDay', r.day],
      ];
  }
}

function exceptionEntry(e: CalendarException): Entry {
  const days = exceptionDays(e);
  const working = e.intervals.length > 0;
  return [
    'Exception',
    [
      ['EnteredByOccurrences', e.occurrences !== undefined],
      [
        'TimePeriod',
        [
          ['FromDate', `${e.from.slice(0, 10)}T00:00:00`],
          ['ToDate', `${e.to.slice(0, 10)}T23:59:00`],
        ],
      ],
      ['Occurrences', e.occurrences ?? days.length],
      ['Name', e.name],
      ...recurrenceFields(e.recurrence),
      ['DayWorking', working],
      working ? workingTimes(e.intervals) : ['WorkingTimes', undefined],
    ],
  ];
}

/** Legacy `DayType 0` rows: one per plain range, one per day of a recurring exception. */
function legacyRows(e: CalendarException): Entry[] {
  const working = e.intervals.length > 0;
  const row = (from: string, to: string): Entry => [
    'WeekDay',
    [
      ['DayType', 0],
      ['DayWorking', working],
      [
        'TimePeriod',
        [
          ['FromDate', `${from}T00:00:00`],
          ['ToDate', `${to}T23:59:00`],
        ],
      ],
      working ? workingTimes(e.intervals) : ['WorkingTimes', undefined],
    ],
  ];
  if (!e.recurrence) return [row(e.from.slice(0, 10), e.to.slice(0, 10))];
  return exceptionDays(e).map((d) => row(dayText(d), dayText(d)));
}

/** Assigns integer UIDs: numeric ids are kept when unique and positive, others get fresh numbers. */
function uidMap(ids: string[], preferred: (id: string) => number | undefined): Map<string, number> {
  const out = new Map<string, number>();
  const used = new Set<number>();
  for (const id of ids) {
    const p = preferred(id);
    if (p !== undefined && Number.isInteger(p) && p > 0 && !used.has(p)) {
      out.set(id, p);
      used.add(p);
    }
  }
  let next = Math.max(0, ...used) + 1;
  for (const id of ids) {
    if (!out.has(id)) {
      out.set(id, next);
      used.add(next++);
    }
  }
  return out;
}

function asNumber(id: string): number | undefined {
  return /^\d+$/.test(id) ? Number(id) : undefined;
}

function durationFormat(span: TimeSpan, minutesPerDay: number): number {
  if (span.kind === 'elapsed') {
    return span.minutes % 1440 === 0 ? FORMAT.elapsedDays : FORMAT.elapsedHours;
  }
  return span.minutes % minutesPerDay === 0 ? FORMAT.days : FORMAT.hours;
}

function lagFields(lag: Lag, minutesPerDay: number): Entry[] {
  if (lag.kind === 'percent') {
    return [
      ['LinkLag', Math.round(lag.percent)],
      ['LagFormat', FORMAT.percent],
    ];
  }
  return [
    ['LinkLag', Math.round(lag.minutes * 10)],
    ['LagFormat', durationFormat(lag, minutesPerDay)],
  ];
}

/** Working minutes in [a, b) on a clock; undefined when the calendar has no working time. */
function between(clock: WorkingTime | undefined, a: number, b: number): number | undefined {
  if (!clock) return undefined;
  try {
    return clock.workingBetween(a, b);
  } catch {
    return undefined;
  }
}

function tenths(minutes: number | undefined): number | undefined {
  return minutes === undefined ? undefined : Math.round(minutes * 10);
}

const RESOURCE_TYPE = { material: 0, work: 1, cost: 2 } as const;

/**
 * Writes a plan and its schedule as an MSPDI document (MS Project XML) that MS Project
 * and MPXJ open: project settings, calendars (weekly hours, exceptions in the 2007+ form and
 * the legacy form), tasks in outline order with durations, links, constraints, deadlines,
 * and the scheduled dates and slack (tenths of a minute), in the element order of Microsoft's
 * MSPDI schema. Like MS Project it also writes the UID 0 project summary row (dates rolled up
 * from every task), StartSlack and FinishSlack, and each summary's Duration as the working time
 * between its Start and Finish on the project calendar. Resources and assignments are written
 * when given in the options.
 */
export function writeMspdi(
  input: ScheduleInput,
  result: ScheduleResult,
  options: WriteMspdiOptions = {},
): string {
  const minutesPerDay = options.minutesPerDay ?? 480;
  const legacy = options.legacyExceptions ?? true;
  const calUids = uidMap(
    input.calendars.map((c) => c.id),
    asNumber,
  );
  const givenUid = new Map<string, number | undefined>();
  for (const t of input.tasks) if (!givenUid.has(t.id)) givenUid.set(t.id, t.uid);
  const taskUids = uidMap(
    input.tasks.map((t) => t.id),
    (id) => givenUid.get(id) ?? asNumber(id),
  );
  const scheduled = new Map<string, TaskSchedule>(result.tasks.map((t) => [t.id, t]));
  const baselineOf = new Map((options.baseline ?? []).map((b) => [b.taskId, b]));
  const clocks = compileCalendars(input.calendars).calendars;
  const projectClock = clocks.get(input.projectCalendarId);
  const clockOf = (t: ScheduleTask): WorkingTime | undefined =>
    t.duration.kind === 'elapsed'
      ? ELAPSED_TIME
      : clocks.get(t.calendarId ?? input.projectCalendarId);

  // Outline: level and number from the parent chain (tasks come in outline order).
  const level = new Map<string, number>();
  const outline = new Map<string, string>();
  const childCount = new Map<string | null, number>();
  const hasChildren = new Set<string>();
  for (const t of input.tasks) {
    const parent = t.parentId && level.has(t.parentId) ? t.parentId : null;
    if (parent) hasChildren.add(parent);
    const n = (childCount.get(parent) ?? 0) + 1;
    childCount.set(parent, n);
    level.set(t.id, parent ? level.get(parent)! + 1 : 1);
    outline.set(t.id, parent ? `${outline.get(parent)!}.${n}` : String(n));
  }

  const calendars: Entry[] = input.calendars.map((c: CalendarDefinition): Entry => {
    const weekDays: Entry[] = [];
    for (let d = 0; d < 7; d++) {
      const iv = c.week[d as keyof CalendarDefinition['week']];
      if (iv === undefined) continue;
      weekDays.push([
        'WeekDay',
        [
          ['DayType', d + 1],
          ['DayWorking', iv.length > 0],
          iv.length > 0 ? workingTimes(iv) : ['WorkingTimes', undefined],
        ],
      ]);
    }
    if (legacy) for (const e of c.exceptions) weekDays.push(...legacyRows(e));
    const base = c.baseCalendarId ? calUids.get(c.baseCalendarId) : undefined;
    return [
      'Calendar',
      [
        ['UID', calUids.get(c.id)!],
        ['Name', c.name],
        ['IsBaseCalendar', base === undefined],
        ['IsBaselineCalendar', false],
        ['BaseCalendarUID', base ?? -1],
        ['WeekDays', weekDays.length ? weekDays : undefined],
        ['Exceptions', c.exceptions.length ? c.exceptions.map(exceptionEntry) : undefined],
      ],
    ];
  });

  const tasks: Entry[] = input.tasks.map((t, index): Entry => {
    const s = scheduled.get(t.id);
    const summary = s?.summary ?? hasChildren.has(t.id);
    const constraintCode = CONSTRAINT_BY_CODE.indexOf(t.constraint?.type ?? 'ASAP');
    const links: Entry[] = t.predecessors
      .filter((l) => taskUids.has(l.predecessorId))
      .map((l): Entry => [
        'PredecessorLink',
        [
          ['PredecessorUID', taskUids.get(l.predecessorId)!],
          ['Type', LINK_CODE_BY_TYPE[l.type]],
          ['CrossProject', false],
          ...lagFields(l.lag, minutesPerDay),
        ],
      ]);
    const calUid = t.calendarId ? calUids.get(t.calendarId) : undefined;
    const clock = clockOf(t);
    // A summary's Duration is the working time between its rolled-up Start and Finish (README §8).
    const minutes =
      summary && s
        ? (between(projectClock, s.start, s.finish) ?? t.duration.minutes)
        : t.duration.minutes;
    const span: TimeSpan = summary && s ? { kind: 'working', minutes } : t.duration;
    const baseline = baselineOf.get(t.id);
    return [
      'Task',
      [
        ['UID', taskUids.get(t.id)!],
        ['ID', index + 1],
        ['Name', t.name],
        ['Active', true],
        ['Manual', false],
        ['Type', 1],
        ['IsNull', false],
        ['WBS', outline.get(t.id)!],
        ['OutlineNumber', outline.get(t.id)!],
        ['OutlineLevel', level.get(t.id)!],
        ['Start', s ? dt(s.start) : undefined],
        ['Finish', s ? dt(s.finish) : undefined],
        ['Duration', formatIsoDuration(minutes)],
        ['DurationFormat', durationFormat(span, minutesPerDay)],
        ['Milestone', t.milestone === true],
        ['Summary', summary],
        ['Critical', s ? s.critical : undefined],
        ['EarlyStart', s ? dt(s.earlyStart) : undefined],
        ['EarlyFinish', s ? dt(s.earlyFinish) : undefined],
        ['LateStart', s ? dt(s.lateStart) : undefined],
        ['LateFinish', s ? dt(s.lateFinish) : undefined],
        ['FreeSlack', s ? Math.round(s.freeSlackMinutes * 10) : undefined],
        ['TotalSlack', s ? Math.round(s.totalSlackMinutes * 10) : undefined],
        ['StartSlack', s ? tenths(between(clock, s.earlyStart, s.lateStart)) : undefined],
        ['FinishSlack', s ? tenths(between(clock, s.earlyFinish, s.lateFinish)) : undefined],
        ...progressEntries(t),
        ['ConstraintType', constraintCode < 0 ? 0 : constraintCode],
        ['CalendarUID', calUid ?? -1],
        ['ConstraintDate', t.constraint?.date !== undefined ? dt(t.constraint.date) : undefined],
        ['Deadline', t.deadline !== undefined ? dt(t.deadline) : undefined],
        ...links,
        baseline
          ? baselineEntry(
              baseline,
              durationFormat({ ...t.duration, minutes: baseline.durationMinutes }, minutesPerDay),
            )
          : ['Baseline', undefined],
      ],
    ];
  });

  // UID 0: the project summary row MS Project writes first, rolled up from every task.
  const rows = result.tasks;
  // reduce, not Math.min(...spread): no argument-count limit on large portfolios.
  const min = (f: (t: TaskSchedule) => number): number =>
    rows.reduce((m, t) => Math.min(m, f(t)), Infinity);
  const max = (f: (t: TaskSchedule) => number): number =>
    rows.reduce((m, t) => Math.max(m, f(t)), -Infinity);
  let projectRow: Entry | undefined;
  if (rows.length > 0) {
    const [start, finish] = [min((t) => t.start), max((t) => t.finish)];
    const [es, ef, ls, lf] = [
      min((t) => t.earlyStart),
      max((t) => t.earlyFinish),
      min((t) => t.lateStart),
      max((t) => t.lateFinish),
    ];
    const startSlack = between(projectClock, es, ls);
    const finishSlack = between(projectClock, ef, lf);
    const total =
      startSlack === undefined || finishSlack === undefined
        ? undefined
        : Math.min(startSlack, finishSlack);
    projectRow = [
      'Task',
      [
        ['UID', 0],
        ['ID', 0],
        ['Name', options.title ?? options.name ?? 'Waymark plan'],
        ['Active', true],
        ['Manual', false],
        ['Type', 1],
        ['IsNull', false],
        ['WBS', '0'],
        ['OutlineNumber', '0'],
        ['OutlineLevel', 0],
        ['Start', dt(start)],
        ['Finish', dt(finish)],
        ['Duration', formatIsoDuration(between(projectClock, start, finish) ?? 0)],
        ['DurationFormat', FORMAT.days],
        ['Milestone', false],
        ['Summary', true],
        ['Critical', rows.some((t) => t.critical)],
        ['EarlyStart', dt(es)],
        ['EarlyFinish', dt(ef)],
        ['LateStart', dt(ls)],
        ['LateFinish', dt(lf)],
        ['FreeSlack', 0],
        ['TotalSlack', tenths(total)],
        ['StartSlack', tenths(startSlack)],
        ['FinishSlack', tenths(finishSlack)],
        ['ConstraintType', 0],
        ['CalendarUID', -1],
      ],
    ];
  }

  const resourceList = options.resources ?? [];
  const resourceById = new Map(resourceList.map((r) => [r.id, r]));
  const resourceUids = uidMap(
    resourceList.map((r) => r.id),
    (id) => resourceById.get(id)?.uid ?? asNumber(id),
  );
  const resources: Entry[] = resourceList.map((r, index): Entry => {
    const calUid = r.calendarId ? calUids.get(r.calendarId) : undefined;
    return [
      'Resource',
      [
        ['UID', resourceUids.get(r.id)!],
        ['ID', index + 1],
        ['Name', r.name],
        ['Type', RESOURCE_TYPE[r.type ?? 'work']],
        ['IsNull', false],
        ['MaxUnits', r.maxUnits],
        ['CalendarUID', calUid ?? -1],
      ],
    ];
  });
  const taskById = new Map(input.tasks.map((t) => [t.id, t]));
  const assignments: Entry[] = (options.assignments ?? [])
    .filter((a) => taskById.has(a.taskId) && resourceUids.has(a.resourceId))
    .map((a, i): Entry => {
      const task = taskById.get(a.taskId)!;
      // Work (time × units) only for work resources on working-time durations.
      const isWork = (resourceById.get(a.resourceId)?.type ?? 'work') === 'work';
      const work =
        isWork && task.duration.kind === 'working' ? task.duration.minutes * a.units : undefined;
      return [
        'Assignment',
        [
          ['UID', i + 1],
          ['TaskUID', taskUids.get(a.taskId)!],
          ['ResourceUID', resourceUids.get(a.resourceId)!],
          ['Units', a.units],
          ['Work', work === undefined ? undefined : formatIsoDuration(work)],
        ],
      ];
    });

  const project: Entry[] = [
    ['SaveVersion', 14],
    ['Name', options.name ?? 'Waymark plan'],
    ['Title', options.title],
    ['ScheduleFromStart', true],
    ['StartDate', dt(input.start)],
    ['FinishDate', dt(result.tasks.length ? result.finish : input.start)],
    ['CriticalSlackLimit', Math.round((input.criticalSlackMinutes ?? 0) / minutesPerDay)],
    ['CalendarUID', calUids.get(input.projectCalendarId)],
    ['DefaultStartTime', '08:00:00'],
    ['DefaultFinishTime', '17:00:00'],
    ['MinutesPerDay', minutesPerDay],
    ['MinutesPerWeek', options.minutesPerWeek ?? minutesPerDay * 5],
    ['DaysPerMonth', options.daysPerMonth ?? 20],
    ['DefaultTaskType', 1],
    ['DurationFormat', FORMAT.days],
    ['HonorConstraints', options.honorConstraints ?? true],
    ['MultipleCriticalPaths', false],
    ['StatusDate', input.statusDate !== undefined ? dt(input.statusDate) : undefined],
    ['NewTasksAreManual', false],
    ['Calendars', calendars],
    ['Tasks', projectRow ? [projectRow, ...tasks] : tasks],
    ['Resources', resources.length ? resources : undefined],
    ['Assignments', assignments.length ? assignments : undefined],
  ];
  const out = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    `<Project xmlns="${NS}">`,
  ];
  render(project, 1, out);
  out.push('</Project>', '');
  return out.join('\n');
}
