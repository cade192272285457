import { formatLocalDateTime } from '../../engine/calendar/local-time.js';
import { instantToZoneLocal } from '../../engine/sla/zoned-instant.js';
import type { Clock } from './clock.js';

/**
 * Now on a program's clock (its time zone), to the minute as schedules are:
 * `YYYY-MM-DDTHH:MM:00`.
 */
export function programNow(clock: Clock, timeZone: string): string {
  return formatLocalDateTime(instantToZoneLocal(clock().getTime(), timeZone));
}

/** Today on a program's clock, `YYYY-MM-DD`. */
export const programToday = (clock: Clock, timeZone: string): string =>
  programNow(clock, timeZone).slice(0, 10);

/** The status date in force: the one set, or today on the program's clock. */
export const effectiveStatusDate = (
  statusDate: string | null,
  clock: Clock,
  timeZone: string,
): string => statusDate ?? programToday(clock, timeZone);
