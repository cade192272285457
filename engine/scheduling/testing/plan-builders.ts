import { standardCalendar, type CalendarDefinition } from '../../calendar/calendar-definition.js';
import { dayIndex, formatLocalDateTime, parseLocalDateTime } from '../../calendar/local-time.js';
import type { WorkingTime } from '../../calendar/working-time.js';
import type {
  Lag,
  LinkType,
  ScheduleInput,
  ScheduleLink,
  ScheduleTask,
} from '../schedule-input.js';
import type { TaskSchedule } from '../schedule-result.js';
import { schedulePlan } from '../schedule-plan.js';
import { standardDouble } from './working-time-double.js';

/** Small builders for scheduling tests and benchmarks. */

export const DAY = 480;

export function at(text: string): number {
  const t = parseLocalDateTime(text);
  if (t === null) throw new Error(`bad date ${text}`);
  return t;
}

/** `YYYY-MM-DDTHH:MM`. */
export const fmt = (t: number): string => formatLocalDateTime(t).slice(0, 16);

export function task(
  id: string,
  days: number,
  predecessors: ScheduleLink[] = [],
  extra: Partial<ScheduleTask> = {},
): ScheduleTask {
  return {
    id,
    name: id,
    duration: { kind: 'working', minutes: days * DAY },
    predecessors,
    ...extra,
  };
}

export function link(
  predecessorId: string,
  type: LinkType = 'FS',
  lag: Lag | number = 0,
): ScheduleLink {
  return {
    predecessorId,
    type,
    lag: typeof lag === 'number' ? { kind: 'working', minutes: lag * DAY } : lag,
  };
}

/** The standard calendar with whole-day holidays (`YYYY-MM-DD`). */
export function standardWithHolidays(holidays: string[] = [], id = 'standard'): CalendarDefinition {
  const calendar = standardCalendar(id);
  calendar.exceptions = holidays.map((day) => ({ from: day, to: day, intervals: [] }));
  return calendar;
}

export function plan(
  tasks: ScheduleTask[],
  start = '2027-01-04T08:00',
  calendars: CalendarDefinition[] = [standardCalendar()],
): ScheduleInput {
  return { start: at(start), projectCalendarId: 'standard', calendars, tasks };
}

/** The test double matching `standardWithHolidays`. */
export function doubleCalendars(holidays: string[] = []): Map<string, WorkingTime> {
  const days = holidays.map((d) => dayIndex(at(d)));
  return new Map([['standard', standardDouble('standard', days)]]);
}

export interface Row {
  es: string;
  ef: string;
  ls: string;
  lf: string;
  start: string;
  finish: string;
  tf: number;
  ff: number;
  critical: boolean;
}

export function rows(tasks: readonly TaskSchedule[]): Record<string, Row> {
  const out: Record<string, Row> = {};
  for (const t of tasks) {
    out[t.id] = {
      es: fmt(t.earlyStart),
      ef: fmt(t.earlyFinish),
      ls: fmt(t.lateStart),
      lf: fmt(t.lateFinish),
      start: fmt(t.start),
      finish: fmt(t.finish),
      tf: t.totalSlackMinutes,
      ff: t.freeSlackMinutes,
      critical: t.critical,
    };
  }
  return out;
}

/** Where a test's calendars come from: the product's compiler (undefined = compile `input.calendars`) or the double. */
export type CalendarProvider = (holidays?: string[]) => Map<string, WorkingTime> | undefined;

/** Example tests run twice: on the product's compiled calendars and on the naive test double. */
export const CALENDAR_PROVIDERS: [string, CalendarProvider][] = [
  ['compiled calendars', () => undefined],
  ['test-double calendar', (holidays = []) => doubleCalendars(holidays)],
];

/** Schedules `tasks` from Mon 2027-01-04 08:00 on the standard calendar with `holidays`. */
export function runner(calendars: CalendarProvider) {
  return (tasks: ScheduleTask[], holidays: string[] = [], start?: string) => {
    const input = plan(tasks, start, [standardWithHolidays(holidays)]);
    const cals = calendars(holidays);
    const result = schedulePlan(input, cals ? { calendars: cals } : {});
    return { result, r: rows(result.tasks) };
  };
}
