import type { LocalMinutes } from '../calendar/local-time.js';

export interface TaskSchedule {
  id: string;
  uid?: number;
  name: string;
  summary: boolean;
  /** Scheduled dates: the early dates, or the late ones for ALAP tasks. */
  start: LocalMinutes;
  finish: LocalMinutes;
  earlyStart: LocalMinutes;
  earlyFinish: LocalMinutes;
  lateStart: LocalMinutes;
  lateFinish: LocalMinutes;
  /** In the task's own time base: working minutes of its calendar, elapsed minutes for elapsed tasks. */
  totalSlackMinutes: number;
  freeSlackMinutes: number;
  critical: boolean;
  /** Predecessors whose link sets this task's early dates. */
  drivingPredecessorIds: string[];
}

/** Stable codes: tools and tests match on these, never on the wording. */
export type DiagnosticCode =
  | 'dependency_cycle'
  | 'unknown_predecessor'
  | 'unknown_parent'
  | 'unknown_calendar'
  | 'calendar_cycle'
  | 'calendar_has_no_working_time'
  | 'calendar_time_zone_ignored'
  | 'constraint_date_missing'
  | 'constraint_conflict'
  | 'deadline_missed'
  | 'duplicate_task_id';

export interface ScheduleDiagnostic {
  code: DiagnosticCode;
  severity: 'error' | 'warning';
  message: string;
  taskIds: string[];
  /** For cycles: the ids around the cycle, first repeated last. */
  path?: string[];
}

export interface ScheduleResult {
  /** Latest early finish of all tasks. */
  finish: LocalMinutes;
  /** Same order as the input tasks; tasks that could not be scheduled (e.g. on a cycle) are left out. */
  tasks: TaskSchedule[];
  diagnostics: ScheduleDiagnostic[];
}
