import { XMLParser } from 'fast-xml-parser';
import type {
  CalendarDefinition,
  CalendarException,
  Recurrence,
  Weekday,
  WorkingInterval,
} from '../../engine/calendar/calendar-definition.js';
import { parseLocalDateTime, type LocalMinutes } from '../../engine/calendar/local-time.js';
import type {
  Lag,
  ScheduleConstraint,
  ScheduleInput,
  ScheduleLink,
  ScheduleTask,
  TimeSpan,
} from '../../engine/scheduling/schedule-input.js';
import {
  CONSTRAINT_BY_CODE,
  FORMAT,
  isElapsedFormat,
  isPercentFormat,
  LINK_TYPE_BY_CODE,
  parseIsoDuration,
} from './codes.js';

/** The dates and slack MS Project (or the reference scheduler) wrote for one task. */
export interface ExpectedTaskDates {
  uid: number;
  id: string;
  name: string;
  summary: boolean;
  milestone: boolean;
  /** Elapsed duration: its slack is in elapsed minutes. */
  elapsed: boolean;
  /** The task calendar, null = the project calendar. */
  calendarId: string | null;
  start: LocalMinutes | null;
  finish: LocalMinutes | null;
  earlyStart: LocalMinutes | null;
  earlyFinish: LocalMinutes | null;
  lateStart: LocalMinutes | null;
  lateFinish: LocalMinutes | null;
  /** Tenths of a minute, as MSPDI stores them; null when the file has none. */
  totalSlack: number | null;
  freeSlack: number | null;
  critical: boolean | null;
}

export interface MspdiProjectSettings {
  name: string | null;
  title: string | null;
  saveVersion: number | null;
  /** `<StartDate>` as written (ScheduleInput.start may differ, see diagnostics). */
  startDate: LocalMinutes | null;
  finishDate: LocalMinutes | null;
  scheduleFromStart: boolean;
  calendarUid: number | null;
  minutesPerDay: number;
  minutesPerWeek: number;
  daysPerMonth: number;
  /** `CriticalSlackLimit` (days) × MinutesPerDay. */
  criticalSlackLimitMinutes: number;
  honorConstraints: boolean | null;
  durationFormat: number | null;
  defaultStartTime: string | null;
  defaultFinishTime: string | null;
}

/**
 * Rows MSPDI has but CPM must not score. `null` and `inactive` rows are left out of
 * `input.tasks`; `manual` and `progress` rows stay in it (their links and WBS position still
 * matter) but their expected dates are not CPM dates (README §8–9).
 */
export type MspdiSkipReason = 'null' | 'inactive' | 'manual' | 'progress';

export interface MspdiSkipped {
  uid: number;
  reason: MspdiSkipReason;
}

export interface MspdiDiagnostic {
  /** Where: e.g. `Task[UID=7]/PredecessorLink[2]`, `Calendar[UID=1]/Exceptions/Exception[3]`. */
  path: string;
  message: string;
}

/** A `<Resource>` row (UID 0, MS Project's hidden placeholder, and null rows are left out). */
export interface MspdiResource {
  /** `String(uid)` when read. */
  id: string;
  uid?: number;
  name: string;
  /** MSPDI Type 1 / 0 / 2; default work. */
  type?: 'work' | 'material' | 'cost';
  /** Capacity as a fraction: 1 = 100 %, 0.5 = half time. */
  maxUnits: number;
  /** The resource calendar (null/absent = the project calendar). */
  calendarId?: string | null;
}

/** An `<Assignment>` of a resource to a task (rows without a real resource are left out). */
export interface MspdiAssignment {
  taskId: string;
  resourceId: string;
  /** Fraction: 1 = 100 %. */
  units: number;
}

export interface MspdiReadResult {
  input: ScheduleInput;
  expected: Map<number, ExpectedTaskDates>;
  project: MspdiProjectSettings;
  skipped: MspdiSkipped[];
  diagnostics: MspdiDiagnostic[];
  /** Tasks with a non-zero work assignment on a work resource (MS Project may schedule them from resource calendars). */
  workAssignedUids: number[];
  /** Link rows read (on tasks kept in `input.tasks`), before dropping unusable ones. */
  linkCount: number;
  /** `<Resources>`, present only when the file has at least one real resource. */
  resources?: MspdiResource[];
  /** `<Assignments>` to tasks in `input.tasks` and resources in `resources`; present only when non-empty. */
  assignments?: MspdiAssignment[];
}

type Node = Record<string, unknown>;

const ARRAYS = new Set([
  'Calendar',
  'WeekDay',
  'WorkingTime',
  'Exception',
  'WorkWeek',
  'Task',
  'PredecessorLink',
  'Resource',
  'Assignment',
  'TimephasedData',
  'ExtendedAttribute',
  'Baseline',
  'OutlineCode',
  'Value',
]);

function parser(): XMLParser {
  return new XMLParser({
    ignoreAttributes: true,
    removeNSPrefix: true,
    parseTagValue: false,
    trimValues: true,
    isArray: (name) => ARRAYS.has(name),
  });
}

function child(node: unknown, key: string): Node | undefined {
  if (node === null || typeof node !== 'object') return undefined;
  const v = (node as Node)[key];
  if (Array.isArray(v)) return v[0] as Node | undefined;
  return v !== null && typeof v === 'object' ? (v as Node) : undefined;
}

function list(node: unknown, key: string): Node[] {
  if (node === null || typeof node !== 'object') return [];
  const v = (node as Node)[key];
  if (Array.isArray(v)) return v.filter((x): x is Node => x !== null && typeof x === 'object');
  return v !== null && typeof v === 'object' ? [v as Node] : [];
}

function text(node: unknown, key: string): string | null {
  if (node === null || typeof node !== 'object') return null;
  const v = (node as Node)[key];
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return null;
}

function int(node: unknown, key: string): number | null {
  const t = text(node, key);
  if (t === null || t.trim() === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

function flag(node: unknown, key: string): boolean | null {
  const t = text(node, key);
  if (t === null) return null;
  return t === '1' || t.toLowerCase() === 'true';
}

/** `HH:MM:SS` → minutes from midnight. */
function timeOfDay(t: string | null): number | null {
  if (t === null) return null;
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(t.trim());
  if (!m) return null;
  return Number(m[1]) * 60 + Number(m[2]);
}

function date(t: string | null): LocalMinutes | null {
  if (t === null || t.trim() === '') return null;
  // Drop fractional seconds and any zone suffix: MSPDI dates are floating local time.
  const clean = t.trim().replace(/(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/, '');
  const minutes = parseLocalDateTime(clean);
  // Keep the seconds (MS Project writes them for fractional durations, and so does writeMspdi).
  const seconds = /T\d{2}:\d{2}:(\d{2})$/.exec(clean);
  return minutes !== null && seconds && seconds[1] !== '00'
    ? minutes + Number(seconds[1]) / 60
    : minutes;
}

function intervals(node: unknown, path: string, diagnostics: MspdiDiagnostic[]): WorkingInterval[] {
  const out: WorkingInterval[] = [];
  for (const [i, wt] of list(child(node, 'WorkingTimes'), 'WorkingTime').entries()) {
    const from = timeOfDay(text(wt, 'FromTime'));
    let to = timeOfDay(text(wt, 'ToTime'));
    if (from === null || to === null) {
      diagnostics.push({
        path: `${path}/WorkingTime[${i + 1}]`,
        message: 'FromTime/ToTime missing or malformed; ignored',
      });
      continue;
    }
    if (to === 0 || to <= from) to += 1440; // ToTime 00:00:00 = 24:00
    out.push({ from, to: Math.min(to, 1440) });
  }
  return out.sort((a, b) => a.from - b.from);
}

const POSITIONS: readonly (1 | 2 | 3 | 4 | 'last')[] = [1, 2, 3, 4, 'last'];

function asWeekday(n: number): Weekday {
  return (((n % 7) + 7) % 7) as Weekday;
}

/** 2007+ `<Exception>` Type/Period/... → Recurrence; undefined = a plain range; null = unsupported. */
function recurrenceOf(ex: Node): Recurrence | undefined | null {
  const type = int(ex, 'Type') ?? 1;
  const period = Math.max(1, int(ex, 'Period') ?? 1);
  const monthItem = int(ex, 'MonthItem');
  const position = POSITIONS[int(ex, 'MonthPosition') ?? 0];
  const month0 = int(ex, 'Month');
  const monthDay = int(ex, 'MonthDay');
  switch (type) {
    case 1:
      return undefined;
    case 7:
      return period === 1 ? undefined : { kind: 'daily', every: period };
    case 6: {
      const mask = int(ex, 'DaysOfWeek') ?? 0;
      const weekdays = [0, 1, 2, 3, 4, 5, 6].filter((d) => mask & (1 << d)).map(asWeekday);
      return weekdays.length ? { kind: 'weekly', every: period, weekdays } : null;
    }
    case 5:
      // MonthItem 3..9 = Sunday..Saturday; 0..2 (day, weekday, weekend day) have no Recurrence form.
      if (monthItem === null || monthItem < 3 || monthItem > 9 || !position) return null;
      return {
        kind: 'monthly-weekday',
        every: period,
        position,
        weekday: asWeekday(monthItem - 3),
      };
    case 4:
      return monthDay === null ? null : { kind: 'monthly-day', every: period, day: monthDay };
    case 3:
      if (month0 === null || monthItem === null || monthItem < 3 || monthItem > 9 || !position)
        return null;
      return {
        kind: 'yearly-weekday',
        month: month0 + 1,
        position,
        weekday: asWeekday(monthItem - 3),
      };
    case 2:
      return month0 === null || monthDay === null
        ? null
        : { kind: 'yearly-date', month: month0 + 1, day: monthDay };
    default:
      return null;
  }
}

function dayText(t: string | null): string | null {
  if (t === null) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(t.trim());
  return m ? m[1]! : null;
}

function readCalendar(
  cal: Node,
  diagnostics: MspdiDiagnostic[],
  form: ReadMspdiOptions['exceptionForm'],
): CalendarDefinition {
  const uid = int(cal, 'UID');
  const path = `Calendar[UID=${uid}]`;
  const base = int(cal, 'BaseCalendarUID');
  const week: CalendarDefinition['week'] = {};
  const legacy: CalendarException[] = [];
  for (const [i, wd] of list(child(cal, 'WeekDays'), 'WeekDay').entries()) {
    const type = int(wd, 'DayType');
    const working = flag(wd, 'DayWorking') === true;
    const wdPath = `${path}/WeekDays/WeekDay[${i + 1}]`;
    if (type === 0) {
      const tp = child(wd, 'TimePeriod');
      const from = dayText(text(tp, 'FromDate'));
      const to = dayText(text(tp, 'ToDate'));
      if (!from || !to) {
        diagnostics.push({ path: wdPath, message: 'exception day without TimePeriod; ignored' });
        continue;
      }
      legacy.push({ from, to, intervals: working ? intervals(wd, wdPath, diagnostics) : [] });
    } else if (type !== null && type >= 1 && type <= 7) {
      let iv = working ? intervals(wd, wdPath, diagnostics) : [];
      if (working && iv.length === 0) {
        diagnostics.push({
          path: wdPath,
          message: 'working day without WorkingTimes; using 08:00-12:00, 13:00-17:00',
        });
        iv = [
          { from: 480, to: 720 },
          { from: 780, to: 1020 },
        ];
      }
      week[asWeekday(type - 1)] = iv;
    } else {
      diagnostics.push({ path: wdPath, message: `unknown DayType ${String(type)}; ignored` });
    }
  }
  const exceptionsNode = child(cal, 'Exceptions');
  const modern = list(exceptionsNode, 'Exception');
  let exceptions: CalendarException[];
  if (form !== 'legacy' && modern.length > 0) {
    exceptions = [];
    for (const [i, ex] of modern.entries()) {
      const exPath = `${path}/Exceptions/Exception[${i + 1}]`;
      const tp = child(ex, 'TimePeriod');
      const from = dayText(text(tp, 'FromDate'));
      const to = dayText(text(tp, 'ToDate'));
      if (!from || !to) {
        diagnostics.push({ path: exPath, message: 'exception without TimePeriod; ignored' });
        continue;
      }
      const recurrence = recurrenceOf(ex);
      if (recurrence === null) {
        diagnostics.push({
          path: exPath,
          message: `unsupported recurrence (Type ${text(ex, 'Type')}, MonthItem ${text(ex, 'MonthItem')}); ignored`,
        });
        continue;
      }
      const e: CalendarException = {
        from,
        to,
        intervals: flag(ex, 'DayWorking') === true ? intervals(ex, exPath, diagnostics) : [],
      };
      const name = text(ex, 'Name');
      if (name) e.name = name;
      if (recurrence) {
        e.recurrence = recurrence;
        // Occurrences is always written; it limits the days only when entered as a count.
        const occ = int(ex, 'Occurrences');
        if (occ !== null && occ > 0 && flag(ex, 'EnteredByOccurrences') !== false) {
          e.occurrences = occ;
        }
      }
      exceptions.push(e);
    }
  } else {
    exceptions = legacy;
  }
  if (list(child(cal, 'WorkWeeks'), 'WorkWeek').length > 0) {
    diagnostics.push({
      path: `${path}/WorkWeeks`,
      message: 'alternate work weeks are not supported; ignored',
    });
  }
  const def: CalendarDefinition = {
    id: String(uid),
    name: text(cal, 'Name') ?? `Calendar ${uid}`,
    week,
    exceptions,
  };
  if (base !== null && base > 0) def.baseCalendarId = String(base);
  return def;
}

function readLag(link: Node): Lag {
  const lag = int(link, 'LinkLag') ?? 0;
  const format = int(link, 'LagFormat') ?? FORMAT.days;
  if (lag === 0) return { kind: 'working', minutes: 0 };
  if (isPercentFormat(format)) return { kind: 'percent', percent: lag };
  if (isElapsedFormat(format)) return { kind: 'elapsed', minutes: lag / 10 };
  return { kind: 'working', minutes: lag / 10 };
}

export interface ReadMspdiOptions {
  /**
   * Which form of calendar exceptions to read. `auto` (default): the 2007+ `<Exceptions>` when a
   * calendar has them, else the legacy `DayType 0` rows, never both. `legacy`: the legacy rows only.
   */
  exceptionForm?: 'auto' | 'legacy';
}

/** Parses an MSPDI document into a schedule input plus the dates it carries. */
export function readMspdi(xml: string, options: ReadMspdiOptions = {}): MspdiReadResult {
  const doc = parser().parse(xml) as Node;
  const p = child(doc, 'Project');
  if (!p) throw new Error('not an MSPDI document: no <Project> root element');
  const diagnostics: MspdiDiagnostic[] = [];

  const minutesPerDay = int(p, 'MinutesPerDay') ?? 480;
  const project: MspdiProjectSettings = {
    name: text(p, 'Name'),
    title: text(p, 'Title'),
    saveVersion: int(p, 'SaveVersion'),
    startDate: date(text(p, 'StartDate')),
    finishDate: date(text(p, 'FinishDate')),
    scheduleFromStart: flag(p, 'ScheduleFromStart') !== false,
    calendarUid: int(p, 'CalendarUID'),
    minutesPerDay,
    minutesPerWeek: int(p, 'MinutesPerWeek') ?? 2400,
    daysPerMonth: int(p, 'DaysPerMonth') ?? 20,
    criticalSlackLimitMinutes: (int(p, 'CriticalSlackLimit') ?? 0) * minutesPerDay,
    honorConstraints: flag(p, 'HonorConstraints'),
    durationFormat: int(p, 'DurationFormat'),
    defaultStartTime: text(p, 'DefaultStartTime'),
    defaultFinishTime: text(p, 'DefaultFinishTime'),
  };
  if (!project.scheduleFromStart) {
    diagnostics.push({
      path: 'Project/ScheduleFromStart',
      message: 'scheduling from the finish is not supported; read as forward',
    });
  }

  const calendars = list(child(p, 'Calendars'), 'Calendar').map((c) =>
    readCalendar(c, diagnostics, options.exceptionForm ?? 'auto'),
  );
  const calendarIds = new Set(calendars.map((c) => c.id));
  let projectCalendarId = project.calendarUid !== null ? String(project.calendarUid) : '';
  if (!calendarIds.has(projectCalendarId)) {
    const fallback = calendars.find((c) => !c.baseCalendarId) ?? calendars[0];
    diagnostics.push({
      path: 'Project/CalendarUID',
      message: `project calendar ${projectCalendarId || '(none)'} not found; using ${fallback ? fallback.id : 'none'}`,
    });
    projectCalendarId = fallback ? fallback.id : projectCalendarId;
  }

  // Resources and assignments: which tasks carry work, and the rows themselves.
  const resourceType = new Map<number, number>();
  const resources: MspdiResource[] = [];
  for (const r of list(child(p, 'Resources'), 'Resource')) {
    const uid = int(r, 'UID');
    if (uid === null) continue;
    const type = int(r, 'Type') ?? 1;
    resourceType.set(uid, type);
    if (uid === 0 || flag(r, 'IsNull') === true) continue;
    const calUid = int(r, 'CalendarUID');
    const calendarId = calUid !== null && calendarIds.has(String(calUid)) ? String(calUid) : null;
    resources.push({
      id: String(uid),
      uid,
      name: text(r, 'Name') ?? '',
      type: type === 0 ? 'material' : type === 2 ? 'cost' : 'work',
      maxUnits: int(r, 'MaxUnits') ?? 1,
      calendarId,
    });
  }
  const resourceIds = new Set(resources.map((r) => r.id));
  const workAssigned = new Set<number>();
  const rawAssignments: MspdiAssignment[] = [];
  for (const a of list(child(p, 'Assignments'), 'Assignment')) {
    const task = int(a, 'TaskUID');
    const res = int(a, 'ResourceUID');
    if (task !== null && res !== null && resourceIds.has(String(res))) {
      rawAssignments.push({
        taskId: String(task),
        resourceId: String(res),
        units: int(a, 'Units') ?? 1,
      });
    }
    const work = parseIsoDuration(text(a, 'Work') ?? '') ?? 0;
    if (task === null || res === null || res < 0 || work <= 0) continue;
    if ((resourceType.get(res) ?? 1) === 1) workAssigned.add(task);
  }

  const tasks: ScheduleTask[] = [];
  const expected = new Map<number, ExpectedTaskDates>();
  const skipped: MspdiSkipped[] = [];
  const stack: { level: number; id: string }[] = [];
  const rawLinks: { task: ScheduleTask; links: Node[] }[] = [];
  let linkCount = 0;

  for (const t of list(child(p, 'Tasks'), 'Task')) {
    const uid = int(t, 'UID');
    if (uid === null) {
      diagnostics.push({ path: 'Tasks/Task', message: 'task without UID; ignored' });
      continue;
    }
    const path = `Task[UID=${uid}]`;
    const level = int(t, 'OutlineLevel') ?? 1;
    if (uid === 0 && level === 0) continue; // project summary row
    if (flag(t, 'IsNull') === true) {
      skipped.push({ uid, reason: 'null' });
      continue;
    }
    if (flag(t, 'Active') === false) {
      skipped.push({ uid, reason: 'inactive' });
      continue;
    }
    const id = String(uid);
    const name = text(t, 'Name') ?? '';
    const summary = flag(t, 'Summary') === true;
    const milestone = flag(t, 'Milestone') === true;

    let format = int(t, 'DurationFormat') ?? FORMAT.days;
    if (format === FORMAT.projectDefault || format === FORMAT.noFormat) {
      format = project.durationFormat ?? FORMAT.days;
    }
    const elapsed = isElapsedFormat(format);
    const durationText = text(t, 'Duration');
    let minutes = durationText === null ? 0 : parseIsoDuration(durationText);
    if (minutes === null) {
      diagnostics.push({
        path: `${path}/Duration`,
        message: `malformed duration ${durationText}; read as 0`,
      });
      minutes = 0;
    }
    const duration: TimeSpan = { kind: elapsed ? 'elapsed' : 'working', minutes };

    while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
    const parentId = stack.length > 0 ? stack[stack.length - 1]!.id : null;
    stack.push({ level, id });

    const calUid = int(t, 'CalendarUID');
    let calendarId: string | null = calUid !== null && calUid >= 0 ? String(calUid) : null;
    if (calendarId !== null && !calendarIds.has(calendarId)) {
      diagnostics.push({
        path: `${path}/CalendarUID`,
        message: `calendar ${calendarId} not found; using the project calendar`,
      });
      calendarId = null;
    }

    const task: ScheduleTask = { id, uid, name, parentId, duration, predecessors: [] };
    if (milestone) task.milestone = true;
    if (calendarId !== null) task.calendarId = calendarId;

    const ctype = int(t, 'ConstraintType') ?? 0;
    const cname = CONSTRAINT_BY_CODE[ctype];
    if (!cname) {
      diagnostics.push({
        path: `${path}/ConstraintType`,
        message: `unknown constraint type ${ctype}; read as ASAP`,
      });
    } else if (cname !== 'ASAP') {
      const constraint: ScheduleConstraint = { type: cname };
      if (cname !== 'ALAP') {
        const cdate = date(text(t, 'ConstraintDate'));
        if (cdate === null) {
          diagnostics.push({
            path: `${path}/ConstraintDate`,
            message: `${cname} without a ConstraintDate; read as ASAP`,
          });
        } else {
          constraint.date = cdate;
          task.constraint = constraint;
        }
      } else {
        task.constraint = constraint;
      }
    }
    const deadline = date(text(t, 'Deadline'));
    if (deadline !== null) task.deadline = deadline;

    if (flag(t, 'Manual') === true) skipped.push({ uid, reason: 'manual' });
    else if (text(t, 'ActualStart')) skipped.push({ uid, reason: 'progress' });

    const links = list(t, 'PredecessorLink');
    linkCount += links.length;
    rawLinks.push({ task, links });
    tasks.push(task);

    const ts = int(t, 'TotalSlack');
    const fs = int(t, 'FreeSlack');
    expected.set(uid, {
      uid,
      id,
      name,
      summary,
      milestone,
      elapsed,
      calendarId,
      start: date(text(t, 'Start')),
      finish: date(text(t, 'Finish')),
      earlyStart: date(text(t, 'EarlyStart')),
      earlyFinish: date(text(t, 'EarlyFinish')),
      lateStart: date(text(t, 'LateStart')),
      lateFinish: date(text(t, 'LateFinish')),
      totalSlack: ts,
      freeSlack: fs,
      critical: flag(t, 'Critical'),
    });
  }

  const known = new Set(tasks.map((t) => t.id));
  for (const { task, links } of rawLinks) {
    for (const [i, l] of links.entries()) {
      const lpath = `Task[UID=${task.uid}]/PredecessorLink[${i + 1}]`;
      const pred = int(l, 'PredecessorUID');
      if (flag(l, 'CrossProject') === true) {
        diagnostics.push({ path: lpath, message: 'cross-project link; ignored' });
        continue;
      }
      if (pred === null || !known.has(String(pred))) {
        diagnostics.push({
          path: lpath,
          message: `predecessor ${String(pred)} is not a schedulable task; link ignored`,
        });
        continue;
      }
      const code = int(l, 'Type') ?? 1;
      const type = LINK_TYPE_BY_CODE[code];
      if (!type) {
        diagnostics.push({ path: lpath, message: `unknown link type ${code}; read as FS` });
      }
      const link: ScheduleLink = {
        predecessorId: String(pred),
        type: type ?? 'FS',
        lag: readLag(l),
      };
      task.predecessors.push(link);
    }
  }

  // Project start: <StartDate>, unless an MPXJ conversion left it after every task (README §9).
  let start = project.startDate;
  const skippedUids = new Set(skipped.map((s) => s.uid));
  let earliest: LocalMinutes | null = null;
  for (const e of expected.values()) {
    if (e.summary || skippedUids.has(e.uid) || e.start === null) continue;
    if (earliest === null || e.start < earliest) earliest = e.start;
  }
  if (start === null) {
    start = earliest ?? 0;
    diagnostics.push({
      path: 'Project/StartDate',
      message: 'missing; using the earliest task start',
    });
  } else if (earliest !== null && earliest < start) {
    diagnostics.push({
      path: 'Project/StartDate',
      message:
        'later than the earliest task start (an MPXJ conversion artefact); using the earliest task start',
    });
    start = earliest;
  }

  const input: ScheduleInput = {
    start,
    projectCalendarId,
    calendars,
    tasks,
    criticalSlackMinutes: project.criticalSlackLimitMinutes,
  };
  const out: MspdiReadResult = {
    input,
    expected,
    project,
    skipped,
    diagnostics,
    workAssignedUids: [...workAssigned].sort((a, b) => a - b),
    linkCount,
  };
  if (resources.length > 0) out.resources = resources;
  const assignments = rawAssignments.filter((a) => known.has(a.taskId));
  if (assignments.length > 0) out.assignments = assignments;
  return out;
}
