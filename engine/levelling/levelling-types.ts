import type { LocalMinutes } from '../calendar/local-time.js';
import type { ScheduleResult } from '../scheduling/schedule-result.js';

export interface Resource {
  id: string;
  name: string;
  /** Working calendar of the person or team; absent = the project calendar. Not yet used to shape load. */
  calendarId?: string | null;
  /** Units available at any instant: 1 = full time, 0.5 = half time, 3 = a team of three. */
  capacity: number;
}

export interface Assignment {
  taskId: string;
  resourceId: string;
  /** Units used for the task's whole span (1 = full time). */
  units: number;
}

export interface LevelingOptions {
  /** true: delay tasks only within their total slack (the project finish never moves); false: also beyond. */
  withinSlackOnly: boolean;
  /**
   * Units of a resource already in use outside this plan (other programs, run
   * work), counted before any task is placed: levelling fits the plan into
   * what is left.
   */
  reservations?: readonly Reservation[];
}

/** `units` of a resource taken over [start, finish) by work outside the plan. */
export interface Reservation {
  resourceId: string;
  start: LocalMinutes;
  finish: LocalMinutes;
  units: number;
}

export interface LevelingDelay {
  taskId: string;
  /** Working minutes on the task's calendar between its unlevelled-by-resources start and its levelled start. */
  delayMinutes: number;
  /** The resource whose load set the final start. */
  resourceId: string;
  /** Which resource was over capacity, by which tasks, in which period. */
  reason: string;
}

export interface UnresolvedTask {
  taskId: string;
  resourceIds: string[];
  cause: 'beyond_slack' | 'hard_constraint' | 'do_not_level' | 'exceeds_capacity';
  reason: string;
}

export interface LevelingDiagnostic {
  code:
    | 'unknown_task'
    | 'unknown_resource'
    | 'duplicate_resource'
    | 'summary_assignment'
    | 'invalid_units';
  severity: 'warning';
  message: string;
  taskIds: string[];
  resourceIds: string[];
}

export interface LevelingResult {
  /** The levelled schedule: dates, slack and critical flags recomputed. */
  result: ScheduleResult;
  delays: LevelingDelay[];
  /** Tasks left over-allocated, with why. */
  unresolved: UnresolvedTask[];
  diagnostics: LevelingDiagnostic[];
}
