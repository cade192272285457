/**
 * The inputs and outputs of capacity maths. Dates are calendar dates
 * (`YYYY-MM-DD`) in the person's own time zone; ranges include both ends.
 */

/** When and how much a person works. */
export interface PersonCalendar {
  /** IANA zone of the person's working hours, e.g. 'Europe/Berlin'. */
  timeZone: string;
  /** Minutes after local midnight, e.g. 480 for 08:00. */
  workingHoursStartMinutes: number;
  /** Minutes after local midnight, after the start, at most 1440. */
  workingHoursEndMinutes: number;
  /** ISO weekdays worked: 1 = Monday … 7 = Sunday. */
  workingDays: readonly number[];
  /** Share of the working hours given to program and run work (0.5 = half time). */
  capacityShare: number;
  /** Whole days away (leave, training), in the person's local dates. */
  timeOff: readonly DateRange[];
}

export interface DateRange {
  from: string;
  /** Inclusive. */
  to: string;
}

/** A person's planned share of time on a program (programId) or on run work (programId null). */
export interface AllocationLoad {
  id: string;
  programId: string | null;
  from: string;
  /** Inclusive; null = open-ended. */
  to: string | null;
  /** Percent of the person's capacity (100 = all of it); exactly one of percent and hoursPerWeek. */
  percent: number | null;
  /** Hours in a standard week, spread over the person's working days. */
  hoursPerWeek: number | null;
}

/** A person assigned to a scheduled task at some units of their time (1 = all of it). */
export interface AssignmentLoad {
  taskId: string;
  programId: string;
  start: string;
  /** Inclusive. */
  finish: string;
  units: number;
  /**
   * The assignment's working minutes when the schedule knows them (task
   * duration × units): spread evenly over the working days from start to
   * finish instead of `units` of each whole day, so a 4-hour task loads 4
   * hours, not a day. Absent for tasks dated only by their planned dates.
   */
  workMinutes?: number;
}

/** Where a week's load comes from: one entry per program (null = run work). */
export interface LoadContribution {
  programId: string | null;
  allocationMinutes: number;
  assignmentMinutes: number;
}

export type WeekStatus = 'over' | 'ok' | 'under' | 'unavailable';

export interface PersonWeek {
  /** Monday of the week in the reference time zone. */
  weekStart: string;
  /** Working minutes of a week on the person's calendar, before holidays and time off. */
  nominalMinutes: number;
  holidayMinutes: number;
  timeOffMinutes: number;
  /** (nominal − holidays − time off) × capacity share. */
  capacityMinutes: number;
  loadMinutes: number;
  /** load / capacity; null when capacity is 0. */
  loadRatio: number | null;
  status: WeekStatus;
  /** Largest first. */
  contributions: LoadContribution[];
}

export interface CapacityOptions {
  /** Monday (in the reference zone) of the first week reported. */
  firstWeek: string;
  weekCount: number;
  /** Organization-wide days off, local dates wherever each person is. */
  holidays: readonly string[];
  /** Zone in which weeks begin and end (the organization's). */
  referenceTimeZone: string;
  /** A week below this load ratio is 'under'-used; default 0.5. */
  underUseRatio?: number;
  /**
   * Count only reference-zone days in this range: the first and last weeks are
   * then partial (routing judges bandwidth from today to a deadline).
   */
  window?: DateRange;
}

/** One working day of a person, in their own zone and dates. */
export interface PersonDay {
  date: string;
  /** Working minutes of the day, before holidays and time off. */
  workingMinutes: number;
  holiday: boolean;
  timeOff: boolean;
  capacityMinutes: number;
  /** By program (null = run work), unordered; empty on holidays. */
  contributions: LoadContribution[];
}
