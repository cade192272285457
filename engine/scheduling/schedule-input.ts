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
}

export interface ScheduleInput {
  /** Forward-pass origin: tasks without predecessors start at the next working minute from here. */
  start: LocalMinutes;
  projectCalendarId: string;
  calendars: CalendarDefinition[];
  /** In outline (WBS) order: a parent comes before its children. Tasks may belong to several programs. */
  tasks: ScheduleTask[];
  /** Critical when total slack ≤ this (minutes). Default 0. */
  criticalSlackMinutes?: number;
}
