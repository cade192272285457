import type { LocalMinutes } from '../../engine/calendar/local-time.js';
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
import { child, date, flag, int, list, parser, text, type Node } from './mspdi-xml.js';
import {
  otherBaselinesDiagnostic,
  readBaseline0,
  type MspdiBaselineRow,
} from './mspdi-baseline.js';
import { readTaskProgress } from './mspdi-progress.js';
import { readCalendar } from './read-mspdi-calendar.js';
import { droppedFeatureDiagnostics, type ReadTaskRow } from './read-mspdi-dropped.js';

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
  /** Baseline 0 of the tasks in `input.tasks` that have one, in task order; present only when non-empty. */
  baseline?: MspdiBaselineRow[];
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
  const assignmentNodes = list(child(p, 'Assignments'), 'Assignment');
  for (const a of assignmentNodes) {
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
  const rows: ReadTaskRow[] = [];
  const baseline: MspdiBaselineRow[] = [];
  const otherBaselines = new Set<number>();
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
    // A summary's actuals are rolled up from its children: only theirs are read.
    const progress = summary ? undefined : readTaskProgress(t, duration, path, diagnostics);
    if (progress) task.progress = progress;
    const base = readBaseline0(t, id, path, diagnostics, otherBaselines);
    if (base) baseline.push(base);

    const links = list(t, 'PredecessorLink');
    linkCount += links.length;
    rawLinks.push({ task, links });
    rows.push({ task, node: t, summary });
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

  diagnostics.push(
    ...droppedFeatureDiagnostics({
      rows,
      assignments: assignmentNodes,
      calendars,
      projectCalendarId,
      workAssigned,
    }),
  );
  const others = otherBaselinesDiagnostic(otherBaselines);
  if (others) diagnostics.push(others);

  const input: ScheduleInput = {
    start,
    projectCalendarId,
    calendars,
    tasks,
    criticalSlackMinutes: project.criticalSlackLimitMinutes,
  };
  const statusDate = date(text(p, 'StatusDate'));
  if (statusDate !== null) input.statusDate = statusDate;
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
  if (baseline.length > 0) out.baseline = baseline;
  return out;
}
