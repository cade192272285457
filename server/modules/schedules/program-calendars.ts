import {
  standardCalendar,
  type CalendarDefinition,
  type CalendarException,
  type Weekday,
} from '../../../engine/calendar/calendar-definition.js';
import type { WorkingHoursRow } from '../calendars/working-hours-columns.js';

/**
 * The working calendars of a program's schedule (pure):
 *
 * - `standard`: the program's own clock, MS Project's standard week
 *   (Mon–Fri 08:00–12:00, 13:00–17:00) in the program's time zone.
 * - `team:<id>`: a team's working days and hours, in the team's time zone.
 * - `person:<id>`: a person's working days and hours, in their time zone.
 *
 * Organization holidays are non-working days on every one of them, and a
 * person's time off on theirs. A calendar
 * in another zone than the program's is shifted by the engine (its hours are
 * read in its own zone), so a Berlin team's 08:00–16:00 is 23:00–07:00 for a
 * Los Angeles program.
 */
export const PROJECT_CALENDAR_ID = 'standard';
export const teamCalendarId = (teamId: string) => `team:${teamId}`;
export const personCalendarId = (userId: string) => `person:${userId}`;

export interface HolidayRow {
  day: string;
  name: string;
}

function holidayExceptions(holidays: readonly HolidayRow[]): CalendarException[] {
  return holidays.map((h) => ({ name: h.name, from: h.day, to: h.day, intervals: [] }));
}

/** ISO weekday (1 = Monday … 7 = Sunday) to the engine's (0 = Sunday … 6). */
const engineWeekday = (iso: number) => (iso % 7) as Weekday;

/** A person's days away (time off), in their local dates, inclusive. */
export interface AwayRow {
  from_date: string;
  to_date: string;
}

export function workingHoursCalendar(
  id: string,
  name: string,
  hours: WorkingHoursRow,
  holidays: readonly HolidayRow[],
  away: readonly AwayRow[] = [],
): CalendarDefinition {
  const worked = new Set(hours.working_days.map(engineWeekday));
  const week: CalendarDefinition['week'] = {};
  for (const day of [0, 1, 2, 3, 4, 5, 6] as Weekday[])
    week[day] = worked.has(day)
      ? [{ from: hours.working_hours_start, to: hours.working_hours_end }]
      : [];
  const exceptions = [
    ...holidayExceptions(holidays),
    ...away.map((a) => ({ name: 'Time off', from: a.from_date, to: a.to_date, intervals: [] })),
  ];
  return { id, name, timeZone: hours.time_zone, week, exceptions };
}

export function projectCalendar(timeZone: string, holidays: readonly HolidayRow[]) {
  return {
    ...standardCalendar(PROJECT_CALENDAR_ID),
    timeZone,
    exceptions: holidayExceptions(holidays),
  };
}
