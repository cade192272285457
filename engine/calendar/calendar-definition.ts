/**
 * What a working calendar says, as data. `compileCalendars` (compile-calendar.ts)
 * turns it into fast arithmetic.
 */

/** Working period within a day, in minutes from midnight; `to` may be 1440 (24:00). */
export interface WorkingInterval {
  from: number;
  to: number;
}

/** 0 = Sunday … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * Repeats an exception. Mirrors MSPDI's recurring exceptions: daily every N
 * days, weekly on some weekdays every N weeks, monthly on a day or on the Nth
 * weekday, yearly on a date or on the Nth weekday of a month.
 */
export type Recurrence =
  | { kind: 'daily'; every: number }
  | { kind: 'weekly'; every: number; weekdays: Weekday[] }
  | { kind: 'monthly-day'; every: number; day: number }
  | { kind: 'monthly-weekday'; every: number; position: 1 | 2 | 3 | 4 | 'last'; weekday: Weekday }
  | { kind: 'yearly-date'; month: number; day: number }
  | { kind: 'yearly-weekday'; month: number; position: 1 | 2 | 3 | 4 | 'last'; weekday: Weekday };

export interface CalendarException {
  name?: string;
  /** First and last day it covers (inclusive), `YYYY-MM-DD`. */
  from: string;
  to: string;
  /** Working periods on those days; empty = not working. */
  intervals: WorkingInterval[];
  /** When set, the exception applies on the days the recurrence picks between `from` and `to`, at most `occurrences` times. */
  recurrence?: Recurrence;
  occurrences?: number;
}

export interface CalendarDefinition {
  id: string;
  name: string;
  /** A derived calendar (e.g. a person's) takes everything it does not say from its base. */
  baseCalendarId?: string | null;
  /** IANA zone of the calendar's hours; absent = the project's zone. */
  timeZone?: string;
  /** Per weekday: working periods ([] = non-working); a missing weekday comes from the base. */
  week: Partial<Record<Weekday, WorkingInterval[]>>;
  exceptions: CalendarException[];
}

/** MS Project's standard calendar: Mon–Fri 08:00–12:00 and 13:00–17:00. */
export function standardCalendar(id = 'standard', name = 'Standard'): CalendarDefinition {
  const day = [
    { from: 8 * 60, to: 12 * 60 },
    { from: 13 * 60, to: 17 * 60 },
  ];
  return {
    id,
    name,
    week: { 0: [], 1: day, 2: day, 3: day, 4: day, 5: day, 6: [] },
    exceptions: [],
  };
}
