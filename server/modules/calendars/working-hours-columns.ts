import type { WorkingHours } from '../../../contracts/working-hours.schema.js';
import { isValidTimeZone } from '../../../engine/calendar/time-zone.js';
import { ValidationError } from '../../domain-errors.js';

/** The working-hours columns of `users` and `teams` (migration 0005). */
export interface WorkingHoursRow {
  time_zone: string;
  working_hours_start: number;
  working_hours_end: number;
  working_days: number[];
}

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
const clockOf = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export function toWorkingHours(r: WorkingHoursRow): WorkingHours {
  return {
    timeZone: r.time_zone,
    start: clockOf(r.working_hours_start),
    end: clockOf(r.working_hours_end),
    days: [...r.working_days].sort((a, b) => a - b),
  };
}

/** Checks what the schema cannot (a real zone, start before end) and gives the column values. */
export function workingHoursColumns(hours: WorkingHours, path: string): WorkingHoursRow {
  if (!isValidTimeZone(hours.timeZone))
    throw ValidationError.field(
      `${path}.timeZone`,
      'unknown_time_zone',
      `"${hours.timeZone}" is not an IANA time zone (e.g. America/Los_Angeles).`,
    );
  const start = minutesOf(hours.start);
  const end = minutesOf(hours.end);
  if (start >= end)
    throw ValidationError.field(
      `${path}.end`,
      'before_start',
      `the working day must end after it starts (${hours.start}).`,
    );
  return {
    time_zone: hours.timeZone,
    working_hours_start: start,
    working_hours_end: end,
    working_days: [...hours.days].sort((a, b) => a - b),
  };
}
