import type {
  CalendarDefinition,
  Weekday,
  WorkingInterval,
} from '../calendar/calendar-definition.js';
import { compileCalendar } from '../calendar/compile-calendar.js';
import { parseLocalDateTime } from '../calendar/local-time.js';
import { isValidTimeZone } from '../calendar/time-zone.js';
import type { WorkingTime } from '../calendar/working-time.js';

/**
 * The calendar an SLA clock runs on: one team's working hours in its own IANA
 * zone, its working weekdays and its holidays. Working time is counted on the
 * team's wall clock, so 08:00–16:00 stays eight hours on the days daylight
 * saving starts or ends (the jump happens at night).
 */
export interface TeamCalendar {
  timeZone: string;
  /** Start and end of the working day, minutes after local midnight (end may be 1440). */
  workingHoursStartMinutes: number;
  workingHoursEndMinutes: number;
  /** ISO weekdays: 1 = Monday … 7 = Sunday. */
  workingDays: readonly number[];
  /** Non-working dates `YYYY-MM-DD` on the team's clock. */
  holidays: readonly string[];
}

/** The default from the team's published promise: 08:00–16:00 Pacific, Monday to Friday. */
export const DEFAULT_TEAM_CALENDAR: TeamCalendar = {
  timeZone: 'America/Los_Angeles',
  workingHoursStartMinutes: 8 * 60,
  workingHoursEndMinutes: 16 * 60,
  workingDays: [1, 2, 3, 4, 5],
  holidays: [],
};

export class TeamCalendarError extends Error {
  constructor(
    readonly field: 'timeZone' | 'workingHours' | 'workingDays' | 'holidays',
    message: string,
  ) {
    super(message);
    this.name = 'TeamCalendarError';
  }
}

/** Checks a team calendar; throws `TeamCalendarError` naming the field at fault. */
export function checkTeamCalendar(calendar: TeamCalendar): void {
  if (!isValidTimeZone(calendar.timeZone))
    throw new TeamCalendarError('timeZone', `unknown IANA time zone "${calendar.timeZone}"`);
  const { workingHoursStartMinutes: from, workingHoursEndMinutes: to } = calendar;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > 1440 || from >= to)
    throw new TeamCalendarError(
      'workingHours',
      'working hours must be a non-empty range within one day',
    );
  const days = calendar.workingDays;
  if (days.length === 0 || days.some((d) => !Number.isInteger(d) || d < 1 || d > 7))
    throw new TeamCalendarError(
      'workingDays',
      'working days must be ISO weekdays 1–7, at least one',
    );
  for (const h of calendar.holidays)
    if (!/^\d{4}-\d{2}-\d{2}$/.test(h) || parseLocalDateTime(h) === null)
      throw new TeamCalendarError('holidays', `"${h}" is not a date YYYY-MM-DD`);
}

/**
 * Compiles the team calendar into working-time arithmetic on the team's
 * floating wall clock (minutes since 1970-01-01T00:00 local time).
 */
export function compileTeamCalendar(calendar: TeamCalendar): WorkingTime {
  checkTeamCalendar(calendar);
  const day: WorkingInterval[] = [
    { from: calendar.workingHoursStartMinutes, to: calendar.workingHoursEndMinutes },
  ];
  const week: Partial<Record<Weekday, WorkingInterval[]>> = {};
  for (let iso = 1; iso <= 7; iso++) {
    week[(iso % 7) as Weekday] = calendar.workingDays.includes(iso) ? day : [];
  }
  const definition: CalendarDefinition = {
    id: 'team',
    name: 'Team',
    week,
    exceptions: calendar.holidays.map((date) => ({ from: date, to: date, intervals: [] })),
  };
  return compileCalendar(definition);
}
