import { createHash } from 'node:crypto';
import type {
  ScheduleDiagnostic,
  ScheduleItem,
  ScheduleLevelling,
  ScheduleSnapshot,
} from '../../../contracts/schedule.schema.js';
import type { LevellingMode } from '../../../contracts/program.schema.js';
import type { Task } from '../../../contracts/task.schema.js';
import type { CalendarDefinition } from '../../../engine/calendar/calendar-definition.js';
import type { Assignment, Resource } from '../../../engine/levelling/index.js';
import {
  dayIndex,
  formatLocalDateTime,
  parseLocalDateTime,
  weekdayOfDay,
  type LocalMinutes,
} from '../../../engine/calendar/local-time.js';
import type {
  ScheduleConstraint,
  ScheduleInput,
  ScheduleResult,
  ScheduleTask,
  TaskProgress,
} from '../../../engine/scheduling/index.js';
import type { WorkingHoursRow } from '../calendars/working-hours-columns.js';
import {
  personCalendarId,
  projectCalendar,
  PROJECT_CALENDAR_ID,
  teamCalendarId,
  workingHoursCalendar,
  type AwayRow,
  type HolidayRow,
} from './program-calendars.js';

/**
 * How a program's plan becomes the engine's ScheduleInput (pure; the service
 * loads the rows and passes today's date in).
 *
 * - Calendars (program-calendars.ts): the program's own calendar when it has one
 *   (program_calendars, e.g. from a plan file: exactly as stored, its exceptions
 *   are its holidays), else the standard week in its time zone. An item naming a
 *   calendar of its program runs on it; else a task of a team runs on the team's
 *   working hours; a task without a team but with exactly one person assigned
 *   runs on that person's hours; other items run on the program's calendar.
 *   Organization holidays are off on the standard week, teams' and people's
 *   calendars; a person's time off is off on their calendar.
 * - Outline: items in position order (then id); a task's parent task makes it
 *   part of a summary, rolled up by the engine; UIDs are passed on for export.
 * - Resources: every person assigned to a task of the set, with their own
 *   calendar and capacity; assignments with their units. They matter only when
 *   the program asks for levelling (`levelling` other than none).
 * - Task duration: estimate hours × 60 working minutes; without an estimate,
 *   the working days (Mon–Fri) from startDate to dueDate inclusive × 8 h; else 1 day.
 * - Task dates: an open task (todo, in_progress, blocked) with a startDate starts
 *   no earlier than that day 08:00 (SNET). An open task's own constraint
 *   (constraintType at constraintDate) takes the place of that SNET: a later
 *   SNET of the two wins; any other type is the engine's one constraint of the
 *   task, so the startDate floor does not also apply. A done or cancelled task keeps its
 *   dates: it must start on its startDate 08:00 (MSO), or without one must
 *   finish on its dueDate 17:00 (MFO).
 * - Milestones: zero duration; dueDate 17:00 is a deadline (a diagnostic when missed).
 * - Dependencies: type and lag as stored (working or elapsed minutes, or a percent of
 *   the predecessor's duration).
 * - Durations: elapsed (wall-clock) when the task says so; deadlines as stored.
 * - Project start: the program's startDate at its startTime (08:00 without one), or
 *   today 08:00 without a startDate.
 * - Cross-program dependencies: the items of other programs that this program's
 *   items depend on, directly or through other items (the whole upstream closure),
 *   are scheduled with it, so their dates push this program's dates. Each of
 *   them starts no earlier than its own program's start (startDate or today)
 *   08:00. They are not listed in the result; downstream items in other programs
 *   are not loaded, so float is measured against this program's own finish.
 */

export interface ScheduleProgramRow {
  id: string;
  start_date: string | null;
  /** Absent or null: today. */
  status_date?: string | null;
  /** Absent (tests): America/Los_Angeles, no levelling. */
  time_zone?: string;
  levelling?: LevellingMode;
  /** The program's own working calendar (program_calendars); absent: the standard week. */
  calendar_id?: string | null;
  /** HH:MM the plan starts on its start date; absent: 08:00. */
  start_time?: string | null;
}
export interface ScheduleTaskRow {
  id: string;
  program_id: string;
  name: string;
  estimate_hours: number | null;
  start_date: string | null;
  due_date: string | null;
  state: string;
  team_id?: string | null;
  constraint_type?: Task['constraintType'];
  constraint_date?: string | null;
  milestone_id?: string | null;
  actual_start?: string | null;
  actual_finish?: string | null;
  percent_complete?: number;
  remaining_hours?: number | null;
  /** WBS parent (a task): a task with children is a summary, rolled up by the engine. */
  parent_task_id?: string | null;
  /** Outline position in its program (plan files keep theirs); absent: after the positioned ones. */
  position?: number | null;
  uid?: number | null;
  /** A calendar of the program (program_calendars). */
  calendar_id?: string | null;
  /** The estimate is wall-clock time (24 × 7), as MS Project's elapsed durations. */
  duration_elapsed?: boolean;
  deadline?: string | null;
}
export interface ScheduleMilestoneRow {
  id: string;
  program_id: string;
  name: string;
  due_date: string | null;
  achieved_at?: string | null;
  parent_task_id?: string | null;
  position?: number | null;
  uid?: number | null;
  calendar_id?: string | null;
  constraint_type?: Task['constraintType'];
  constraint_date?: string | null;
}
export interface ScheduleDependencyRow {
  predecessor_id: string;
  successor_id: string;
  type: 'FS' | 'SS' | 'FF' | 'SF';
  lag_minutes: number;
  /** Absent: working minutes. */
  lag_kind?: 'working' | 'elapsed' | 'percent';
  lag_percent?: number | null;
}

/** A working calendar of a program: its own week, or a task's, with exceptions (engine shapes). */
export interface ScheduleProgramCalendarRow {
  id: string;
  program_id: string;
  name: string;
  base_calendar_id: string | null;
  time_zone: string | null;
  week: CalendarDefinition['week'];
  exceptions: CalendarDefinition['exceptions'];
}

export interface ScheduleCalendarOwnerRow extends WorkingHoursRow {
  id: string;
  name: string;
}
export interface SchedulePersonRow extends ScheduleCalendarOwnerRow {
  capacity: number | string;
}
export interface ScheduleAssignmentRow {
  task_id: string;
  user_id: string;
  units: number | string;
}

export interface ScheduleRows {
  programs: ScheduleProgramRow[];
  tasks: ScheduleTaskRow[];
  milestones: ScheduleMilestoneRow[];
  dependencies: ScheduleDependencyRow[];
  /** The teams of the tasks, the people assigned to them, and the organization's holidays. */
  teams?: ScheduleCalendarOwnerRow[];
  people?: SchedulePersonRow[];
  assignments?: ScheduleAssignmentRow[];
  holidays?: HolidayRow[];
  /** Time off of the people assigned. */
  timeOff?: (AwayRow & { user_id: string })[];
  /** The working calendars of the programs involved. */
  calendars?: ScheduleProgramCalendarRow[];
  /** Assignments to a program's resources without an account (from plan files). */
  resourceAssignments?: ScheduleResourceAssignmentRow[];
}

export interface ScheduleResourceAssignmentRow {
  task_id: string;
  resource_id: string;
  units: number;
  name: string;
  max_units: number;
  calendar_id: string | null;
}
/** The engine id of a program's resource without an account (people are their user ids). */
export const programResourceId = (resourceId: string) => `resource:${resourceId}`;

export const CALENDAR_ID = PROJECT_CALENDAR_ID;
export const DEFAULT_TIME_ZONE = 'America/Los_Angeles';
const WORKDAY_MINUTES = 8 * 60;
const DAY_START = 8 * 60;
const DAY_END = 17 * 60;
/** Bumped when the mapping above changes, so every stored schedule counts as stale. */
const MAPPING_VERSION = 'waymark-schedule-input/4';
/** The engine id of a program calendar. */
export const programCalendarId = (calendarId: string) => `program-calendar:${calendarId}`;

export interface ProgramScheduleInput {
  input: ScheduleInput;
  /** IANA zone of the program's clock: schedule dates are local to it. */
  timeZone: string;
  levelling: LevellingMode;
  resources: Resource[];
  assignments: Assignment[];
  inputHash: string;
  /** This program's items (the network's programs' items), in input order. */
  own: {
    id: string;
    kind: 'task' | 'milestone';
    estimateHours: number | null;
    programId: string;
  }[];
  durations: Map<string, number>;
  /** The status date in force for the own (first) program, YYYY-MM-DD. */
  statusDate: string;
  /** Per own task: its percent complete and where it stands. */
  progress: Map<string, { percentComplete: number; state: ItemProgress }>;
}

export type ItemProgress = 'not_started' | 'in_progress' | 'done';

function at(date: string, minuteOfDay: number): LocalMinutes {
  return parseLocalDateTime(date)! + minuteOfDay;
}

/** Mon–Fri days from `from` to `to` inclusive (0 when `to` is before `from`). */
export function workingDaysBetween(from: string, to: string): number {
  const first = dayIndex(parseLocalDateTime(from)!);
  const last = dayIndex(parseLocalDateTime(to)!);
  let days = 0;
  for (let day = first; day <= last; day++) {
    const weekday = weekdayOfDay(day);
    if (weekday !== 0 && weekday !== 6) days++;
  }
  return days;
}

export function taskDurationMinutes(task: ScheduleTaskRow): number {
  if (task.estimate_hours !== null) return Math.round(task.estimate_hours * 60);
  if (task.start_date && task.due_date)
    return Math.max(1, workingDaysBetween(task.start_date, task.due_date)) * WORKDAY_MINUTES;
  return WORKDAY_MINUTES;
}

/**
 * What the actuals say (MS Project's rules, engine/scheduling/schedule-input.ts):
 * an actual finish makes the task done at its actual dates; an actual start
 * alone makes it in progress with its remaining work (the stored remaining
 * hours, or the duration less the percent complete).
 */
function taskProgress(task: ScheduleTaskRow, durationMinutes: number): TaskProgress | undefined {
  const start = task.actual_start ? parseLocalDateTime(task.actual_start) : null;
  if (start === null) return undefined;
  const finish = task.actual_finish ? parseLocalDateTime(task.actual_finish) : null;
  if (finish !== null) return { actualStart: start, actualFinish: finish };
  const remainingMinutes =
    task.remaining_hours != null
      ? Math.round(task.remaining_hours * 60)
      : Math.round(durationMinutes * (1 - (task.percent_complete ?? 0) / 100));
  return { actualStart: start, remainingMinutes };
}

function taskConstraint(
  task: ScheduleTaskRow,
  programStart: LocalMinutes,
  projectStart: LocalMinutes,
): ScheduleConstraint | undefined {
  // A done task without actuals (recorded before progress existed) keeps its dates.
  if (task.state === 'done' || task.state === 'cancelled') {
    if (task.start_date) return { type: 'MSO', date: at(task.start_date, DAY_START) };
    if (task.due_date) return { type: 'MFO', date: at(task.due_date, DAY_END) };
  }
  const own = task.start_date ? at(task.start_date, DAY_START) : projectStart;
  const notBefore = Math.max(own, programStart);
  const explicit = task.constraint_type;
  if (explicit === 'ALAP') return { type: 'ALAP' };
  const date = task.constraint_date ? parseLocalDateTime(task.constraint_date) : null;
  if (explicit && date !== null) {
    if (explicit === 'SNET') return { type: 'SNET', date: Math.max(date, notBefore) };
    return { type: explicit, date };
  }
  return notBefore > projectStart ? { type: 'SNET', date: notBefore } : undefined;
}

/** `HH:MM` → minutes after midnight. */
function minuteOfDay(hhmm: string | null | undefined): number | null {
  if (!hhmm) return null;
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** Positioned items first, by position; the rest by id (a stable order for the input hash). */
function inOutline(
  a: { id: string; position?: number | null },
  b: { id: string; position?: number | null },
): number {
  const pa = a.position ?? Number.POSITIVE_INFINITY;
  const pb = b.position ?? Number.POSITIVE_INFINITY;
  if (pa !== pb) return pa < pb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A milestone's own constraint (as a task's), else no earlier than its program's start. */
function milestoneConstraint(
  m: ScheduleMilestoneRow,
  programStart: LocalMinutes,
  projectStart: LocalMinutes,
): ScheduleConstraint | undefined {
  if (m.constraint_type === 'ALAP') return { type: 'ALAP' };
  const date = m.constraint_date ? parseLocalDateTime(m.constraint_date) : null;
  if (m.constraint_type && date !== null) {
    if (m.constraint_type === 'SNET') return { type: 'SNET', date: Math.max(date, programStart) };
    return { type: m.constraint_type, date };
  }
  return programStart > projectStart ? { type: 'SNET', date: programStart } : undefined;
}

export function buildProgramScheduleInput(
  programId: string,
  rows: ScheduleRows,
  today: string,
): ProgramScheduleInput {
  return buildNetworkScheduleInput([programId], rows, today);
}

/**
 * Several programs scheduled as one network (a portfolio): every item of
 * `programIds` is "own" (listed, deadlines kept), so links between them are
 * inside the network. The clock (time zone, levelling) is the first program's;
 * the project starts at the earliest of their starts, and each item still
 * starts no earlier than its own program's start. With one program this is
 * exactly `buildProgramScheduleInput`.
 */
export function buildNetworkScheduleInput(
  programIds: readonly string[],
  rows: ScheduleRows,
  today: string,
): ProgramScheduleInput {
  const programId = programIds[0]!;
  const ownPrograms = new Set(programIds);
  const startOf = new Map(
    rows.programs.map(
      (p) => [p.id, at(p.start_date ?? today, minuteOfDay(p.start_time) ?? DAY_START)] as const,
    ),
  );
  const projectStart = Math.min(...programIds.map((id) => startOf.get(id) ?? at(today, DAY_START)));
  const predecessors = new Map<string, ScheduleTask['predecessors']>();
  for (const d of rows.dependencies) {
    const list = predecessors.get(d.successor_id) ?? [];
    list.push({
      predecessorId: d.predecessor_id,
      type: d.type,
      lag:
        d.lag_kind === 'percent'
          ? { kind: 'percent', percent: Number(d.lag_percent ?? 0) }
          : { kind: d.lag_kind === 'elapsed' ? 'elapsed' : 'working', minutes: d.lag_minutes },
    });
    predecessors.set(d.successor_id, list);
  }
  // A task of a milestone is an implied FS predecessor of it: a milestone is never earlier than its tasks.
  const milestoneIds = new Set(rows.milestones.map((m) => m.id));
  for (const t of rows.tasks) {
    if (!t.milestone_id || !milestoneIds.has(t.milestone_id)) continue;
    const list = predecessors.get(t.milestone_id) ?? [];
    if (list.some((l) => l.predecessorId === t.id)) continue;
    list.push({ predecessorId: t.id, type: 'FS', lag: { kind: 'working', minutes: 0 } });
    predecessors.set(t.milestone_id, list);
  }
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const program = rows.programs.find((p) => p.id === programId);
  const timeZone = program?.time_zone ?? DEFAULT_TIME_ZONE;
  const statusDate = program?.status_date ?? today;
  const progressOf: ProgramScheduleInput['progress'] = new Map();
  const holidays = [...(rows.holidays ?? [])].sort((a, b) => (a.day < b.day ? -1 : 1));
  const calendars: CalendarDefinition[] = [projectCalendar(timeZone, holidays)];
  // The programs' own calendars exactly as they are: their exceptions are their holidays.
  const zoneOf = new Map(rows.programs.map((p) => [p.id, p.time_zone ?? DEFAULT_TIME_ZONE]));
  const ownCalendars = new Set((rows.calendars ?? []).map((c) => c.id));
  for (const c of [...(rows.calendars ?? [])].sort(byId))
    calendars.push({
      id: programCalendarId(c.id),
      name: c.name,
      ...(c.base_calendar_id && ownCalendars.has(c.base_calendar_id)
        ? { baseCalendarId: programCalendarId(c.base_calendar_id) }
        : {}),
      timeZone: c.time_zone ?? zoneOf.get(c.program_id) ?? timeZone,
      week: c.week,
      exceptions: c.exceptions,
    });
  const programCalendarOf = new Map(
    rows.programs
      .filter((p) => p.calendar_id && ownCalendars.has(p.calendar_id))
      .map((p) => [p.id, programCalendarId(p.calendar_id!)] as const),
  );
  const projectCalendarId = programCalendarOf.get(programId) ?? CALENDAR_ID;
  /** A calendar named on the item, else its program's own, else (absent) the project calendar. */
  const itemCalendar = (item: { calendar_id?: string | null; program_id: string }) => {
    const id =
      item.calendar_id && ownCalendars.has(item.calendar_id)
        ? programCalendarId(item.calendar_id)
        : (programCalendarOf.get(item.program_id) ?? CALENDAR_ID);
    return id === projectCalendarId ? undefined : id;
  };
  for (const team of [...(rows.teams ?? [])].sort(byId))
    calendars.push(workingHoursCalendar(teamCalendarId(team.id), team.name, team, holidays));
  const people = [...(rows.people ?? [])].sort(byId);
  const away = new Map<string, AwayRow[]>();
  for (const t of [...(rows.timeOff ?? [])].sort((a, b) => (a.from_date < b.from_date ? -1 : 1)))
    away.set(t.user_id, [...(away.get(t.user_id) ?? []), t]);
  for (const person of people)
    calendars.push(
      workingHoursCalendar(
        personCalendarId(person.id),
        person.name,
        person,
        holidays,
        away.get(person.id),
      ),
    );
  const teamIds = new Set((rows.teams ?? []).map((t) => t.id));
  const personIds = new Set(people.map((p) => p.id));
  const taskIds = new Set(rows.tasks.map((t) => t.id));
  const kept = (rows.resourceAssignments ?? []).filter((a) => taskIds.has(a.task_id));
  const keptCalendar = new Map(
    kept.map((a) => [
      programResourceId(a.resource_id),
      a.calendar_id && ownCalendars.has(a.calendar_id)
        ? programCalendarId(a.calendar_id)
        : undefined,
    ]),
  );
  const assignments: Assignment[] = [
    ...(rows.assignments ?? [])
      .filter((a) => taskIds.has(a.task_id) && personIds.has(a.user_id))
      .map((a) => ({ taskId: a.task_id, resourceId: a.user_id, units: Number(a.units) })),
    ...kept.map((a) => ({
      taskId: a.task_id,
      resourceId: programResourceId(a.resource_id),
      units: Number(a.units),
    })),
  ].sort((a, b) =>
    a.taskId < b.taskId ? -1 : a.taskId > b.taskId ? 1 : a.resourceId < b.resourceId ? -1 : 1,
  );
  const assignees = new Map<string, string[]>();
  for (const a of assignments)
    assignees.set(a.taskId, [...(assignees.get(a.taskId) ?? []), a.resourceId]);
  const calendarOf = (t: ScheduleTaskRow): string | undefined => {
    if (t.calendar_id && ownCalendars.has(t.calendar_id)) return itemCalendar(t);
    if (t.team_id && teamIds.has(t.team_id)) return teamCalendarId(t.team_id);
    const people = assignees.get(t.id);
    if (people?.length !== 1) return itemCalendar(t);
    // One resource without an account: its calendar from the file, else the program's.
    if (keptCalendar.has(people[0]!)) return keptCalendar.get(people[0]!) ?? itemCalendar(t);
    return personCalendarId(people[0]!);
  };
  const resources: Resource[] = [
    ...people.map((p) => ({
      id: p.id,
      name: p.name,
      calendarId: personCalendarId(p.id),
      capacity: Number(p.capacity),
    })),
    ...[...new Map(kept.map((a) => [a.resource_id, a])).values()]
      .sort((a, b) => (a.resource_id < b.resource_id ? -1 : 1))
      .map((a) => ({
        id: programResourceId(a.resource_id),
        name: a.name,
        calendarId: keptCalendar.get(programResourceId(a.resource_id)) ?? projectCalendarId,
        capacity: Number(a.max_units),
      })),
  ];
  const tasks: ScheduleTask[] = [];
  const own: ProgramScheduleInput['own'] = [];
  const durations = new Map<string, number>();
  for (const t of [...rows.tasks].sort(inOutline)) {
    const duration = taskDurationMinutes(t);
    const progress = taskProgress(t, duration);
    const constraint = progress
      ? undefined
      : taskConstraint(t, startOf.get(t.program_id) ?? projectStart, projectStart);
    const calendarId = calendarOf(t);
    durations.set(t.id, duration);
    const deadline = t.deadline ? parseLocalDateTime(t.deadline) : null;
    tasks.push({
      id: t.id,
      name: t.name,
      ...(t.uid != null ? { uid: t.uid } : {}),
      ...(t.parent_task_id && taskIds.has(t.parent_task_id) ? { parentId: t.parent_task_id } : {}),
      duration: { kind: t.duration_elapsed ? 'elapsed' : 'working', minutes: duration },
      ...(calendarId ? { calendarId } : {}),
      ...(deadline !== null ? { deadline } : {}),
      ...(constraint ? { constraint } : {}),
      predecessors: predecessors.get(t.id) ?? [],
      // Levelling never moves work that has started.
      ...(progress ? { progress, priority: 1000 } : {}),
      group: t.program_id,
    });
    const legacyDone = !progress && t.state === 'done';
    if (ownPrograms.has(t.program_id))
      progressOf.set(t.id, {
        percentComplete: t.percent_complete ?? (t.state === 'done' ? 100 : 0),
        state:
          progress?.actualFinish !== undefined || legacyDone
            ? 'done'
            : progress
              ? 'in_progress'
              : 'not_started',
      });
    if (ownPrograms.has(t.program_id))
      own.push({
        id: t.id,
        kind: 'task',
        estimateHours: t.estimate_hours,
        programId: t.program_id,
      });
  }
  for (const m of [...rows.milestones].sort(inOutline)) {
    const programStart = startOf.get(m.program_id) ?? projectStart;
    const achieved = m.achieved_at ? parseLocalDateTime(m.achieved_at) : null;
    const constraint = milestoneConstraint(m, programStart, projectStart);
    const calendarId = itemCalendar(m);
    durations.set(m.id, 0);
    if (ownPrograms.has(m.program_id))
      progressOf.set(m.id, {
        percentComplete: achieved === null ? 0 : 100,
        state: achieved === null ? 'not_started' : 'done',
      });
    tasks.push({
      id: m.id,
      name: m.name,
      ...(m.uid != null ? { uid: m.uid } : {}),
      ...(m.parent_task_id && taskIds.has(m.parent_task_id) ? { parentId: m.parent_task_id } : {}),
      duration: { kind: 'working', minutes: 0 },
      milestone: true,
      ...(calendarId ? { calendarId } : {}),
      ...(constraint ? { constraint } : {}),
      ...(m.due_date && ownPrograms.has(m.program_id) ? { deadline: at(m.due_date, DAY_END) } : {}),
      predecessors: predecessors.get(m.id) ?? [],
      ...(achieved !== null ? { progress: { actualStart: achieved, actualFinish: achieved } } : {}),
      group: m.program_id,
    });
    if (ownPrograms.has(m.program_id))
      own.push({ id: m.id, kind: 'milestone', estimateHours: null, programId: m.program_id });
  }
  for (const list of predecessors.values())
    list.sort((a, b) => (a.predecessorId < b.predecessorId ? -1 : 1));
  // The engine reads items in outline order: positioned ones (a plan file's) first, tasks and
  // milestones interleaved as the file had them.
  const order = new Map(
    [...rows.tasks, ...rows.milestones].sort(inOutline).map((item, i) => [item.id, i] as const),
  );
  tasks.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const input: ScheduleInput = {
    start: projectStart,
    projectCalendarId,
    calendars,
    tasks,
    statusDate: at(statusDate, 0),
  };
  const levelling = program?.levelling ?? 'none';
  const inputHash = createHash('sha256')
    .update(MAPPING_VERSION)
    .update(JSON.stringify({ input, timeZone, levelling, resources, assignments }))
    .digest('hex');
  return {
    input,
    inputHash,
    own,
    durations,
    timeZone,
    levelling,
    resources,
    assignments,
    statusDate,
    progress: progressOf,
  };
}

/** The engine's result for this program's own items, dates as project-local text. */
export function toScheduleSnapshot(
  built: ProgramScheduleInput,
  result: ScheduleResult,
  levelling?: ScheduleLevelling,
): ScheduleSnapshot {
  const scheduled = new Map(result.tasks.map((t) => [t.id, t]));
  const parentOf = new Map(built.input.tasks.map((t) => [t.id, t.parentId ?? null]));
  const items: ScheduleItem[] = [];
  let finish = built.input.start;
  for (const item of built.own) {
    const t = scheduled.get(item.id);
    if (!t) continue; // left out by the engine; its diagnostics say why
    const progress = built.progress.get(item.id);
    finish = Math.max(finish, t.earlyFinish);
    items.push({
      id: t.id,
      kind: item.kind,
      name: t.name,
      earlyStart: formatLocalDateTime(t.earlyStart),
      earlyFinish: formatLocalDateTime(t.earlyFinish),
      lateStart: formatLocalDateTime(t.lateStart),
      lateFinish: formatLocalDateTime(t.lateFinish),
      totalSlackMinutes: t.totalSlackMinutes,
      freeSlackMinutes: t.freeSlackMinutes,
      critical: t.critical,
      drivingPredecessorIds: t.drivingPredecessorIds,
      // A summary has no duration of its own: its span is earlyStart–earlyFinish.
      durationMinutes: t.summary ? 0 : (built.durations.get(t.id) ?? 0),
      parentId: parentOf.get(t.id) ?? null,
      summary: t.summary,
      estimateHours: item.estimateHours,
      ...(progress ? { percentComplete: progress.percentComplete, progress: progress.state } : {}),
    });
  }
  // The engine's messages quote ids; people read names.
  const names = new Map(built.input.tasks.map((t) => [t.id, t.name]));
  const diagnostics: ScheduleDiagnostic[] = result.diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity,
    message: readableDates(
      d.message.replace(/"([^"]+)"/g, (quoted, id: string) =>
        names.has(id) ? `"${names.get(id)}"` : quoted,
      ),
    ),
    itemIds: d.taskIds,
    itemNames: d.taskIds.map((id) => names.get(id) ?? id),
  }));
  return {
    start: formatLocalDateTime(built.input.start),
    finish: formatLocalDateTime(finish),
    statusDate: built.statusDate,
    items,
    diagnostics,
    ...(levelling ? { levelling } : {}),
  };
}

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
/** `2027-03-19T16:00:00` → `19 Mar 2027 16:00`, the web's date format, in messages people read. */
export function readableDates(message: string): string {
  return message.replace(
    /\b(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}):\d{2}\b/g,
    (_, y: string, m: string, d: string, hm: string) =>
      `${Number(d)} ${MONTHS[Number(m) - 1]} ${y} ${hm}`,
  );
}
