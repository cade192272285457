import type { CalendarDefinition } from '../calendar/calendar-definition.js';
import type { LocalMinutes } from '../calendar/local-time.js';

export type LinkType = 'FS' | 'SS' | 'FF' | 'SF';
export type ConstraintType = 'ASAP' | 'ALAP' | 'MSO' | 'MFO' | 'SNET' | 'SNLT' | 'FNET' | 'FNLT';

/** A duration or lag: working minutes on a calendar, or wall-clock (elapsed) minutes on a 24×7 clock. */
export type TimeSpan = { kind: 'working'; minutes: number } | { kind: 'elapsed'; minutes: number };

/** A lag may also be a percentage of the predecessor's duration (negative = lead). */
export type Lag = TimeSpan | { kind: 'percent'; percent: number };

export interface ScheduleLink {
  /** The predecessor's id (the link is stored on its successor, as MSPDI does). */
  predecessorId: string;
  type: LinkType;
  lag: Lag;
}

export interface ScheduleConstraint {
  type: ConstraintType;
  /** Required for every type but ASAP and ALAP. */
  date?: LocalMinutes;
}

/**
 * What has happened to a task (MS Project's actuals). A task with an actual
 * finish is done: it sits exactly at its actual dates, is never critical and
 * has no float. A task with only an actual start is in progress: it keeps its
 * actual start and its remaining work is scheduled from the later of the
 * status date and what its predecessors allow.
 */
export interface TaskProgress {
  actualStart: LocalMinutes;
  /** Present: the task is done. */
  actualFinish?: LocalMinutes;
  /**
   * Work left on an in-progress task, in the task's own time base (working
   * minutes of its calendar, or wall-clock minutes for an elapsed duration).
   * Absent: none of the duration is reported done yet.
   */
  remainingMinutes?: number;
}

export interface ScheduleTask {
  id: string;
  name: string;
  /** MSPDI UID, or the position in a plan file; reported back as `uid`. */
  uid?: number;
  /** WBS parent; a task with children is a summary, rolled up, never scheduled itself. */
  parentId?: string | null;
  duration: TimeSpan;
  milestone?: boolean;
  /** Absent = the project calendar. */
  calendarId?: string | null;
  constraint?: ScheduleConstraint;
  deadline?: LocalMinutes;
  predecessors: ScheduleLink[];
  /**
   * Levelling priority, 0–1000 as MS Project (default 500): higher is placed
   * first; 1000 = never delayed by levelling. The CPM schedule ignores it.
   */
  priority?: number;
  /** Absent: not started. */
  progress?: TaskProgress;
  /**
   * Float is measured against the latest finish of the task's group (e.g. its
   * program, when several share one network) rather than the whole plan's.
   * Tasks without a group use the plan's finish.
   */
  group?: string;
}

export interface ScheduleInput {
  /** Forward-pass origin: tasks without predecessors start at the next working minute from here. */
  start: LocalMinutes;
  projectCalendarId: string;
  calendars: CalendarDefinition[];
  /** In outline (WBS) order: a parent comes before its children. Tasks may belong to several programs. */
  tasks: ScheduleTask[];
  /**
   * The first instant whose work is not yet reported (MS Project's status
   * date): work before it is the past, from it on the plan. Unstarted work
   * never starts before it; an in-progress task's remaining work resumes from
   * it. Absent: remaining work follows on from the work done.
   */
  statusDate?: LocalMinutes;
  /** Critical when total slack ≤ this (minutes). Default 0. */
  criticalSlackMinutes?: number;
}
