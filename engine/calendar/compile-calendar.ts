import type { CalendarDefinition, Weekday, WorkingInterval } from './calendar-definition.js';
import { CompiledWorkingTime, normalizeIntervals } from './compiled-working-time.js';
import { exceptionDays } from './recurrence.js';
import { dailyShift, isValidTimeZone } from './time-zone.js';
import type { WorkingTime } from './working-time.js';

export type CalendarDiagnosticCode =
  | 'unknown_calendar'
  | 'calendar_cycle'
  | 'calendar_has_no_working_time'
  | 'calendar_time_zone_ignored';

export interface CalendarDiagnostic {
  code: CalendarDiagnosticCode;
  severity: 'error' | 'warning';
  calendarId: string;
  message: string;
  /** For `calendar_cycle`: the ids around the base loop, first repeated last. */
  path?: string[];
}

export interface CompileCalendarsOptions {
  /**
   * IANA zone of the project clock. A calendar whose `timeZone` (own or
   * inherited) differs from it has each day's periods shifted by the offset
   * difference of that day (time-zone.ts `dailyShift`; a day on which an offset
   * changes uses the offset at noon). When this option is absent, or either zone
   * is unknown to the runtime, calendar hours are used as project-local hours
   * and the calendar gets a `calendar_time_zone_ignored` warning.
   */
  projectTimeZone?: string;
}

export interface CompiledCalendars {
  /** Every definition, by id, even those with diagnostics (a calendar with no working time throws when searched). */
  calendars: Map<string, WorkingTime>;
  diagnostics: CalendarDiagnostic[];
}

interface Resolved {
  week: WorkingInterval[][];
  exceptionDays: Map<number, WorkingInterval[]>;
  timeZone: string | undefined;
}

const WEEKDAYS: Weekday[] = [0, 1, 2, 3, 4, 5, 6];

/**
 * Resolves inheritance and recurring exceptions, then compiles each calendar
 * for fast working-time arithmetic.
 *
 * - A derived calendar takes each weekday it does not state from its base
 *   (recursively); a weekday stated nowhere is non-working.
 * - Exceptions: the base's exception days apply unless the derived calendar
 *   states an exception for the same day (its own then wins for that day).
 *   Exceptions override the week for their days. Within one calendar, when
 *   exceptions overlap, the one listed LAST wins for the shared days.
 * - A base that does not exist: `unknown_calendar` (error), the calendar is
 *   compiled as if it had no base. A loop of bases: `calendar_cycle` (error)
 *   on each calendar of the loop, the link that closes it is ignored.
 * - No working time at all (week and exceptions): `calendar_has_no_working_time`
 *   (error); arithmetic on it throws `NoWorkingTimeError` instead of hanging.
 * - `timeZone`: see `CompileCalendarsOptions.projectTimeZone` (shifted when
 *   both zones are known, else a `calendar_time_zone_ignored` warning).
 */
export function compileCalendars(
  definitions: readonly CalendarDefinition[],
  options: CompileCalendarsOptions = {},
): CompiledCalendars {
  const byId = new Map<string, CalendarDefinition>();
  for (const def of definitions) if (!byId.has(def.id)) byId.set(def.id, def);
  const diagnostics: CalendarDiagnostic[] = [];
  const resolved = new Map<string, Resolved>();
  const reportedCycle = new Set<string>();

  const resolve = (id: string, stack: string[]): Resolved => {
    const done = resolved.get(id);
    if (done) return done;
    const def = byId.get(id)!;
    const baseId = def.baseCalendarId;
    let base: Resolved | null = null;
    if (baseId !== undefined && baseId !== null && baseId !== '' && baseId !== def.id) {
      const loopAt = stack.indexOf(baseId);
      if (!byId.has(baseId)) {
        diagnostics.push({
          code: 'unknown_calendar',
          severity: 'error',
          calendarId: id,
          message: `Calendar "${def.name}" (${id}) is based on calendar "${baseId}", which does not exist; it is used without a base.`,
        });
      } else if (loopAt >= 0) {
        const path = [...stack.slice(loopAt), id, baseId];
        for (const member of path) {
          if (reportedCycle.has(member)) continue;
          reportedCycle.add(member);
          diagnostics.push({
            code: 'calendar_cycle',
            severity: 'error',
            calendarId: member,
            message: `Calendars are based on each other in a loop: ${path.join(' → ')}; the link from "${id}" to "${baseId}" is ignored.`,
            path,
          });
        }
      } else {
        base = resolve(baseId, [...stack, id]);
      }
    } else if (baseId === def.id) {
      diagnostics.push({
        code: 'calendar_cycle',
        severity: 'error',
        calendarId: id,
        message: `Calendar "${def.name}" (${id}) is based on itself; the base is ignored.`,
        path: [id, id],
      });
    }
    const week = WEEKDAYS.map((wd) => normalizeIntervals(def.week[wd] ?? base?.week[wd] ?? []));
    const own = new Map<number, WorkingInterval[]>();
    for (const exception of def.exceptions) {
      const intervals = normalizeIntervals(exception.intervals);
      for (const day of exceptionDays(exception)) own.set(day, intervals);
    }
    const days = new Map(base?.exceptionDays ?? []);
    for (const [day, intervals] of own) days.set(day, intervals);
    const result: Resolved = {
      week,
      exceptionDays: days,
      timeZone: def.timeZone ?? base?.timeZone,
    };
    resolved.set(id, result);
    return result;
  };

  const calendars = new Map<string, WorkingTime>();
  for (const def of byId.values()) {
    const r = resolve(def.id, []);
    const zone = r.timeZone;
    const projectZone = options.projectTimeZone;
    let shift: ((day: number) => number) | undefined;
    if (zone !== undefined && zone !== projectZone) {
      let why: string | null = null;
      if (projectZone === undefined) why = 'the project time zone is not known';
      else if (!isValidTimeZone(zone)) why = `time zone "${zone}" is unknown`;
      else if (!isValidTimeZone(projectZone)) why = `time zone "${projectZone}" is unknown`;
      if (why === null) shift = dailyShift(zone, projectZone!);
      else {
        diagnostics.push({
          code: 'calendar_time_zone_ignored',
          severity: 'warning',
          calendarId: def.id,
          message: `Calendar "${def.name}" (${def.id}) is in time zone ${zone} but ${why}; its hours are used as project-local hours.`,
        });
      }
    }
    const compiled = new CompiledWorkingTime({
      id: def.id,
      week: r.week,
      exceptionDays: r.exceptionDays,
      shift,
    });
    if (!compiled.hasWorkingTime) {
      diagnostics.push({
        code: 'calendar_has_no_working_time',
        severity: 'error',
        calendarId: def.id,
        message: `Calendar "${def.name}" (${def.id}) has no working time at all; nothing can be scheduled on it.`,
      });
    }
    calendars.set(def.id, compiled);
  }
  return { calendars, diagnostics };
}

/** One calendar on its own (its base, if any, is not consulted). */
export function compileCalendar(definition: CalendarDefinition): CompiledWorkingTime {
  const { baseCalendarId: _ignored, ...standalone } = definition;
  const { calendars } = compileCalendars([standalone]);
  return calendars.get(definition.id) as CompiledWorkingTime;
}
