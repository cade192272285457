import type {
  CalendarDefinition,
  CalendarException,
  Recurrence,
  Weekday,
  WorkingInterval,
} from '../../engine/calendar/calendar-definition.js';
import type { MspdiDiagnostic, ReadMspdiOptions } from './read-mspdi.js';
import { child, flag, int, list, text, timeOfDay, type Node } from './mspdi-xml.js';

/** MSPDI calendars: week days, working times, and exceptions in either of MS Project's two forms. */

export function intervals(
  node: unknown,
  path: string,
  diagnostics: MspdiDiagnostic[],
): WorkingInterval[] {
  const out: WorkingInterval[] = [];
  for (const [i, wt] of list(child(node, 'WorkingTimes'), 'WorkingTime').entries()) {
    const from = timeOfDay(text(wt, 'FromTime'));
    let to = timeOfDay(text(wt, 'ToTime'));
    if (from === null || to === null) {
      diagnostics.push({
        path: `${path}/WorkingTime[${i + 1}]`,
        message: 'FromTime/ToTime missing or malformed; ignored',
      });
      continue;
    }
    if (to === 0 || to <= from) to += 1440; // ToTime 00:00:00 = 24:00
    out.push({ from, to: Math.min(to, 1440) });
  }
  return out.sort((a, b) => a.from - b.from);
}

export const POSITIONS: readonly (1 | 2 | 3 | 4 | 'last')[] = [1, 2, 3, 4, 'last'];

export function asWeekday(n: number): Weekday {
  return (((n % 7) + 7) % 7) as Weekday;
}

/** 2007+ `<Exception>` Type/Period/... → Recurrence; undefined = a plain range; null = unsupported. */
export function recurrenceOf(ex: Node): Recurrence | undefined | null {
  const type = int(ex, 'Type') ?? 1;
  const period = Math.max(1, int(ex, 'Period') ?? 1);
  const monthItem = int(ex, 'MonthItem');
  const position = POSITIONS[int(ex, 'MonthPosition') ?? 0];
  const month0 = int(ex, 'Month');
  const monthDay = int(ex, 'MonthDay');
  switch (type) {
    case 1:
      return undefined;
    case 7:
      return period === 1 ? undefined : { kind: 'daily', every: period };
    case 6: {
      const mask = int(ex, 'DaysOfWeek') ?? 0;
      const weekdays = [0, 1, 2, 3, 4, 5, 6].filter((d) => mask & (1 << d)).map(asWeekday);
      return weekdays.length ? { kind: 'weekly', every: period, weekdays } : null;
    }
    case 5:
      // MonthItem 3..9 = Sunday..Saturday; 0..2 (day, weekday, weekend day) have no Recurrence form.
      if (monthItem === null || monthItem < 3 || monthItem > 9 || !position) return null;
      return {
        kind: 'monthly-weekday',
        every: period,
        position,
        weekday: asWeekday(monthItem - 3),
      };
    case 4:
      return monthDay === null ? null : { kind: 'monthly-day', every: period, day: monthDay };
    case 3:
      if (month0 === null || monthItem === null || monthItem < 3 || monthItem > 9 || !position)
        return null;
      return {
        kind: 'yearly-weekday',
        month: month0 + 1,
        position,
        weekday: asWeekday(monthItem - 3),
      };
    case 2:
      return month0 === null || monthDay === null
        ? null
        : { kind: 'yearly-date', month: month0 + 1, day: monthDay };
    default:
      return null;
  }
}

export function dayText(t: string | null): string | null {
  if (t === null) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(t.trim());
  return m ? m[1]! : null;
}

export function readCalendar(
  cal: Node,
  diagnostics: MspdiDiagnostic[],
  form: ReadMspdiOptions['exceptionForm'],
): CalendarDefinition {
  const uid = int(cal, 'UID');
  const path = `Calendar[UID=${uid}]`;
  const base = int(cal, 'BaseCalendarUID');
  const week: CalendarDefinition['week'] = {};
  const legacy: CalendarException[] = [];
  for (const [i, wd] of list(child(cal, 'WeekDays'), 'WeekDay').entries()) {
    const type = int(wd, 'DayType');
    const working = flag(wd, 'DayWorking') === true;
    const wdPath = `${path}/WeekDays/WeekDay[${i + 1}]`;
    if (type === 0) {
      const tp = child(wd, 'TimePeriod');
      const from = dayText(text(tp, 'FromDate'));
      const to = dayText(text(tp, 'ToDate'));
      if (!from || !to) {
        diagnostics.push({ path: wdPath, message: 'exception day without TimePeriod; ignored' });
        continue;
      }
      legacy.push({ from, to, intervals: working ? intervals(wd, wdPath, diagnostics) : [] });
    } else if (type !== null && type >= 1 && type <= 7) {
      let iv = working ? intervals(wd, wdPath, diagnostics) : [];
      if (working && iv.length === 0) {
        diagnostics.push({
          path: wdPath,
          message: 'working day without WorkingTimes; using 08:00-12:00, 13:00-17:00',
        });
        iv = [
          { from: 480, to: 720 },
          { from: 780, to: 1020 },
        ];
      }
      week[asWeekday(type - 1)] = iv;
    } else {
      diagnostics.push({ path: wdPath, message: `unknown DayType ${String(type)}; ignored` });
    }
  }
  const exceptionsNode = child(cal, 'Exceptions');
  const modern = list(exceptionsNode, 'Exception');
  let exceptions: CalendarException[];
  if (form !== 'legacy' && modern.length > 0) {
    exceptions = [];
    for (const [i, ex] of modern.entries()) {
      const exPath = `${path}/Exceptions/Exception[${i + 1}]`;
      const tp = child(ex, 'TimePeriod');
      const from = dayText(text(tp, 'FromDate'));
      const to = dayText(text(tp, 'ToDate'));
      if (!from || !to) {
        diagnostics.push({ path: exPath, message: 'exception without TimePeriod; ignored' });
        continue;
      }
      const recurrence = recurrenceOf(ex);
      if (recurrence === null) {
        diagnostics.push({
          path: exPath,
          message: `unsupported recurrence (Type ${text(ex, 'Type')}, MonthItem ${text(ex, 'MonthItem')}); ignored`,
        });
        continue;
      }
      const e: CalendarException = {
        from,
        to,
        intervals: flag(ex, 'DayWorking') === true ? intervals(ex, exPath, diagnostics) : [],
      };
      const name = text(ex, 'Name');
      if (name) e.name = name;
      if (recurrence) {
        e.recurrence = recurrence;
        // Occurrences is always written; it limits the days only when entered as a count.
        const occ = int(ex, 'Occurrences');
        if (occ !== null && occ > 0 && flag(ex, 'EnteredByOccurrences') !== false) {
          e.occurrences = occ;
        }
      }
      exceptions.push(e);
    }
  } else {
    exceptions = legacy;
  }
  if (list(child(cal, 'WorkWeeks'), 'WorkWeek').length > 0) {
    diagnostics.push({
      path: `${path}/WorkWeeks`,
      message: 'alternate work weeks are not supported; ignored',
    });
  }
  const def: CalendarDefinition = {
    id: String(uid),
    name: text(cal, 'Name') ?? `Calendar ${uid}`,
    week,
    exceptions,
  };
  if (base !== null && base > 0) def.baseCalendarId = String(base);
  return def;
}
