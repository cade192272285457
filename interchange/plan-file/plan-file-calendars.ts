import {
  standardCalendar,
  type CalendarDefinition,
  type CalendarException,
  type Recurrence,
  type Weekday,
  type WorkingInterval,
} from '../../engine/calendar/calendar-definition.js';
import { isValidTimeZone } from '../../engine/calendar/time-zone.js';
import { formatLocalDateTime, parseLocalDateTime } from '../../engine/calendar/local-time.js';
import {
  WEEKDAY_NAMES,
  type ExceptionDocument,
  type PlanFileDocument,
  type RepeatDocument,
} from './plan-file.schema.js';
import type { PlanPath } from './yaml-locator.js';

/** The calendars of a plan file: weeks, exceptions and repeats, checked with their lines. */

/** Reports a problem at a path of the YAML document (its line is found from the path). */
export type Report = (path: PlanPath, reason: string) => void;

/** The built-in calendar's id; a plan may define its own `standard` to replace it. */
export const STANDARD_CALENDAR_ID = 'standard';

export function parseClock(text: string): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return Number(m[2]) < 60 && minutes <= 1440 ? minutes : null;
}

export function dayOf(date: string): number | null {
  const t = parseLocalDateTime(date);
  return t === null ? null : Math.floor(t / 1440);
}

export function dateOfDay(day: number): string {
  return formatLocalDateTime(day * 1440).slice(0, 10);
}

export function unknownCalendar(id: string): string {
  return `unknown calendar "${id}"`;
}

function parseHours(hours: string[], path: PlanPath, report: Report): WorkingInterval[] {
  const intervals: WorkingInterval[] = [];
  hours.forEach((range, i) => {
    const [fromText = '', toText = ''] = range.split('-');
    const from = parseClock(fromText);
    const to = parseClock(toText);
    if (from === null || to === null || from >= to) {
      report(
        [...path, i],
        `"${range}" is not a working period (HH:MM-HH:MM, from before to, at most 24:00)`,
      );
      return;
    }
    intervals.push({ from, to });
  });
  intervals.sort((a, b) => a.from - b.from);
  for (let i = 1; i < intervals.length; i++) {
    if (intervals[i]!.from < intervals[i - 1]!.to) {
      report(path, 'working periods overlap');
      break;
    }
  }
  return intervals;
}

export function buildCalendars(doc: PlanFileDocument, report: Report): CalendarDefinition[] {
  const defined = doc.calendars ?? [];
  const ids = new Map<string, number>();
  defined.forEach((c, i) => {
    const id = String(c.id);
    const earlier = ids.get(id);
    if (earlier !== undefined)
      report(['calendars', i, 'id'], `duplicate calendar id "${id}" (also calendars[${earlier}])`);
    else ids.set(id, i);
  });
  const known = new Set([...ids.keys(), STANDARD_CALENDAR_ID]);
  const result: CalendarDefinition[] = [];
  if (!ids.has(STANDARD_CALENDAR_ID))
    result.push(standardCalendar(STANDARD_CALENDAR_ID, 'Standard'));

  defined.forEach((c, i) => {
    const path: PlanPath = ['calendars', i];
    const id = String(c.id);
    const base = c.base === undefined ? null : String(c.base);
    if (base !== null && !known.has(base)) report([...path, 'base'], unknownCalendar(base));
    if (base === id) report([...path, 'base'], 'a calendar cannot be based on itself');
    if (c.timezone !== undefined && !isValidTimeZone(c.timezone))
      report([...path, 'timezone'], `unknown time zone "${c.timezone}" (IANA, e.g. Europe/Paris)`);
    // Without a base, a calendar starts from the standard week; listed days replace it.
    const week: Partial<Record<Weekday, WorkingInterval[]>> =
      base === null ? { ...standardCalendar().week } : {};
    WEEKDAY_NAMES.forEach((name, day) => {
      const hours = c.week?.[name];
      if (hours !== undefined)
        week[day as Weekday] = parseHours(hours, [...path, 'week', name], report);
    });
    const exceptions = (c.exceptions ?? [])
      .map((e, j) => buildException(e, [...path, 'exceptions', j], report))
      .filter((e): e is CalendarException => e !== null);
    result.push({
      id,
      name: c.name ?? id,
      ...(base === null ? {} : { baseCalendarId: base }),
      ...(c.timezone === undefined ? {} : { timeZone: c.timezone }),
      week,
      exceptions,
    });
  });

  // Base chains must end.
  const baseOf = new Map(
    defined.map((c) => [String(c.id), c.base === undefined ? null : String(c.base)]),
  );
  defined.forEach((c, i) => {
    const seen = [String(c.id)];
    let next = baseOf.get(String(c.id)) ?? null;
    while (next !== null && baseOf.has(next)) {
      if (seen.includes(next)) {
        if (next === String(c.id) && seen.length > 1)
          report(['calendars', i, 'base'], `calendar cycle: ${[...seen, next].join(' → ')}`);
        break;
      }
      seen.push(next);
      next = baseOf.get(next) ?? null;
    }
  });
  return result;
}

const REPEAT_FIELDS: Record<RepeatDocument['every'], readonly string[]> = {
  day: ['every', 'interval'],
  week: ['every', 'interval', 'weekdays'],
  month: ['every', 'interval', 'day', 'position', 'weekday'],
  year: ['every', 'month', 'day', 'position', 'weekday'],
};

function weekdayIndex(name: string): Weekday {
  return WEEKDAY_NAMES.indexOf(name as (typeof WEEKDAY_NAMES)[number]) as Weekday;
}

function buildRecurrence(
  repeat: RepeatDocument,
  fromDay: number,
  path: PlanPath,
  report: Report,
): Recurrence | null {
  let ok = true;
  for (const key of Object.keys(repeat)) {
    if (!REPEAT_FIELDS[repeat.every].includes(key)) {
      report(
        [...path, key],
        `not used with every: ${repeat.every} (use ${REPEAT_FIELDS[repeat.every].join(', ')})`,
      );
      ok = false;
    }
  }
  if ((repeat.position === undefined) !== (repeat.weekday === undefined)) {
    report(
      [...path, repeat.position === undefined ? 'position' : 'weekday'],
      'position and weekday go together',
    );
    ok = false;
  }
  if (repeat.day !== undefined && repeat.position !== undefined) {
    report([...path, 'day'], 'give either day or position and weekday');
    ok = false;
  }
  if (!ok) return null;
  const every = repeat.interval ?? 1;
  const from = new Date(fromDay * 86_400_000);
  const position = repeat.position;
  const weekday = repeat.weekday === undefined ? undefined : weekdayIndex(repeat.weekday);
  switch (repeat.every) {
    case 'day':
      return { kind: 'daily', every };
    case 'week':
      return {
        kind: 'weekly',
        every,
        weekdays: (repeat.weekdays ?? [WEEKDAY_NAMES[from.getUTCDay()]!]).map(weekdayIndex),
      };
    case 'month':
      return position !== undefined && weekday !== undefined
        ? { kind: 'monthly-weekday', every, position, weekday }
        : { kind: 'monthly-day', every, day: repeat.day ?? from.getUTCDate() };
    case 'year': {
      const month = repeat.month ?? from.getUTCMonth() + 1;
      return position !== undefined && weekday !== undefined
        ? { kind: 'yearly-weekday', month, position, weekday }
        : { kind: 'yearly-date', month, day: repeat.day ?? from.getUTCDate() };
    }
  }
}

/** A last day generous enough for `occurrences` repetitions (the count still stops it). */
function lastDayFor(recurrence: Recurrence, fromDay: number, occurrences: number): number {
  switch (recurrence.kind) {
    case 'daily':
      return fromDay + recurrence.every * occurrences;
    case 'weekly':
      return fromDay + 7 * recurrence.every * (occurrences + 1);
    case 'monthly-day':
    case 'monthly-weekday':
      return fromDay + 31 * recurrence.every * (occurrences + 1);
    case 'yearly-date':
    case 'yearly-weekday':
      return fromDay + 366 * (occurrences + 1);
  }
}

function buildException(
  e: ExceptionDocument,
  path: PlanPath,
  report: Report,
): CalendarException | null {
  if (e.date !== undefined && (e.from !== undefined || e.to !== undefined)) {
    report([...path, e.from !== undefined ? 'from' : 'to'], 'give either date, or from and to');
    return null;
  }
  if (e.date === undefined && e.from === undefined) {
    report([...path, e.to === undefined ? 'date' : 'from'], 'required (date, or from and to)');
    return null;
  }
  const fromField = e.date !== undefined ? 'date' : 'from';
  const fromDay = dayOf((e.date ?? e.from)!);
  if (fromDay === null) {
    report([...path, fromField], `"${e.date ?? e.from}" is not a real date`);
    return null;
  }
  let toDay: number | null = fromDay;
  if (e.to !== undefined) {
    toDay = dayOf(e.to);
    if (toDay === null) {
      report([...path, 'to'], `"${e.to}" is not a real date`);
      return null;
    }
    if (toDay < fromDay) {
      report([...path, 'to'], `must not be before ${fromField} (${e.from})`);
      return null;
    }
  }
  const intervals = parseHours(e.hours ?? [], [...path, 'hours'], report);
  const exception: CalendarException = {
    ...(e.name === undefined ? {} : { name: e.name }),
    from: dateOfDay(fromDay),
    to: dateOfDay(toDay),
    intervals,
  };
  if (e.repeat === undefined) {
    if (e.occurrences !== undefined) report([...path, 'occurrences'], 'only with repeat');
    return exception;
  }
  if (e.to === undefined && e.occurrences === undefined) {
    report([...path, 'repeat'], 'a repeating exception needs to (its last day) or occurrences');
    return null;
  }
  const recurrence = buildRecurrence(e.repeat, fromDay, [...path, 'repeat'], report);
  if (!recurrence) return null;
  exception.recurrence = recurrence;
  if (e.occurrences !== undefined) {
    exception.occurrences = e.occurrences;
    if (e.to === undefined)
      exception.to = dateOfDay(lastDayFor(recurrence, fromDay, e.occurrences));
  }
  return exception;
}

// ---------------------------------------------------------------- tasks
