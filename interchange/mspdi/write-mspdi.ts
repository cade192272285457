import type {
  CalendarDefinition,
  CalendarException,
  Recurrence,
  WorkingInterval,
} from '../../engine/calendar/calendar-definition.js';
import { formatLocalDateTime, type LocalMinutes } from '../../engine/calendar/local-time.js';
import { exceptionDays } from '../../engine/calendar/recurrence.js';
import type { Lag, ScheduleInput, TimeSpan } from '../../engine/scheduling/schedule-input.js';
import type { ScheduleResult, TaskSchedule } from '../../engine/scheduling/schedule-result.js';
import { CONSTRAINT_BY_CODE, FORMAT, formatIsoDuration, LINK_CODE_BY_TYPE } from './codes.js';

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
}

const NS = 'http://schemas.microsoft.com/project';

function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function dt(t: LocalMinutes): string {
  return formatLocalDateTime(t);
}

function hhmm(minutes: number): string {
  const m = minutes >= 1440 ? 0 : minutes; // 24:00 is written 00:00:00
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00`;
}

/** Builds indented XML from nested [tag, content] entries; undefined/null values are left out. */
type Content = string | number | boolean | null | undefined | Entry[];
type Entry = [string, Content];

function render(entries: Entry[], depth: number, out: string[]): void {
  const pad = '\t'.repeat(depth);
  for (const [tag, value] of entries) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      out.push(`${pad}<${tag}>`);
      render(value, depth + 1, out);
      out.push(`${pad}</${tag}>`);
    } else {
      const v = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
      out.push(`${pad}<${tag}>${esc(v)}</${tag}>`);
    }
  }
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

/**
 * Writes a plan and its schedule as an MSPDI document (MS Project XML) that MS Project
 * and MPXJ open: project settings, calendars (weekly hours, exceptions in the 2007+ form and
 * the legacy form), tasks in outline order with durations, links, constraints, deadlines,
 * and the scheduled dates and slack (tenths of a minute).
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
  const taskUids = uidMap(
    input.tasks.map((t) => t.id),
    (id) => input.tasks.find((t) => t.id === id)?.uid ?? asNumber(id),
  );
  const scheduled = new Map<string, TaskSchedule>(result.tasks.map((t) => [t.id, t]));

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
        ['Duration', formatIsoDuration(t.duration.minutes)],
        ['DurationFormat', durationFormat(t.duration, minutesPerDay)],
        ['Milestone', t.milestone === true],
        ['Summary', summary],
        ['Critical', s ? s.critical : undefined],
        ['EarlyStart', s ? dt(s.earlyStart) : undefined],
        ['EarlyFinish', s ? dt(s.earlyFinish) : undefined],
        ['LateStart', s ? dt(s.lateStart) : undefined],
        ['LateFinish', s ? dt(s.lateFinish) : undefined],
        ['FreeSlack', s ? Math.round(s.freeSlackMinutes * 10) : undefined],
        ['TotalSlack', s ? Math.round(s.totalSlackMinutes * 10) : undefined],
        ['ConstraintType', constraintCode < 0 ? 0 : constraintCode],
        ['CalendarUID', calUid ?? -1],
        ['ConstraintDate', t.constraint?.date !== undefined ? dt(t.constraint.date) : undefined],
        ['Deadline', t.deadline !== undefined ? dt(t.deadline) : undefined],
        ...links,
      ],
    ];
  });

  const project: Entry[] = [
    ['SaveVersion', 14],
    ['Name', options.name ?? 'Waymark plan'],
    ['Title', options.title],
    ['ScheduleFromStart', true],
    ['StartDate', dt(input.start)],
    ['FinishDate', result.tasks.length ? dt(result.finish) : undefined],
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
    ['NewTasksAreManual', false],
    ['Calendars', calendars],
    ['Tasks', tasks],
  ];
  const out = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    `<Project xmlns="${NS}">`,
  ];
  render(project, 1, out);
  out.push('</Project>', '');
  return out.join('\n');
}
