import {
  standardCalendar,
  type CalendarDefinition,
  type CalendarException,
  type Recurrence,
  type WorkingInterval,
} from '../../engine/calendar/calendar-definition.js';
import { exceptionDays } from '../../engine/calendar/recurrence.js';
import { STANDARD_CALENDAR_ID } from './plan-file-calendars.js';
import {
  WEEKDAY_NAMES,
  type ExceptionDocument,
  type PlanFileDocument,
  type RepeatDocument,
} from './plan-file.schema.js';

/**
 * Calendars as the plan file writes them: the exact inverse of plan-file-calendars.ts,
 * so that reading them back gives the same definitions.
 *
 * - The built-in `standard` calendar is not written (the reader adds it), so a plan
 *   on it alone stays as short as before.
 * - Without a base the reader starts from the standard week, so only the weekdays
 *   that differ from it are written (a weekday the definition leaves out is not
 *   working: the engine's rule for a weekday stated nowhere). With a base, exactly
 *   the weekdays the definition states.
 * - An exception of one day is `date`; a range or a repeating one `from`/`to` (a
 *   repeat always with its `to`, so the reader keeps the range as it was).
 */

type CalendarDocument = NonNullable<PlanFileDocument['calendars']>[number];

function clock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  return `${String(h).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function hoursOf(intervals: readonly WorkingInterval[]): string[] {
  return [...intervals]
    .sort((a, b) => a.from - b.from)
    .map((i) => `${clock(i.from)}-${clock(i.to)}`);
}

const sameHours = (a: readonly WorkingInterval[], b: readonly WorkingInterval[]): boolean =>
  JSON.stringify(hoursOf(a)) === JSON.stringify(hoursOf(b));

function repeatOf(r: Recurrence): RepeatDocument {
  const interval = (every: number) => (every === 1 ? {} : { interval: every });
  switch (r.kind) {
    case 'daily':
      return { every: 'day', ...interval(r.every) };
    case 'weekly':
      return {
        every: 'week',
        ...interval(r.every),
        weekdays: r.weekdays.map((d) => WEEKDAY_NAMES[d]),
      };
    case 'monthly-day':
      return { every: 'month', ...interval(r.every), day: r.day };
    case 'monthly-weekday':
      return {
        every: 'month',
        ...interval(r.every),
        position: r.position,
        weekday: WEEKDAY_NAMES[r.weekday],
      };
    case 'yearly-date':
      return { every: 'year', month: r.month, day: r.day };
    case 'yearly-weekday':
      return {
        every: 'year',
        month: r.month,
        position: r.position,
        weekday: WEEKDAY_NAMES[r.weekday],
      };
  }
}

/** Null for an exception that picks no day at all (a weekly repeat on no weekday): it says nothing. */
function exceptionOf(e: CalendarException): ExceptionDocument | null {
  if (e.recurrence?.kind === 'weekly' && e.recurrence.weekdays.length === 0) return null;
  if (e.recurrence && exceptionDays(e).length === 0) return null;
  const doc: ExceptionDocument = {};
  if (e.name !== undefined) doc.name = e.name;
  if (e.from === e.to && !e.recurrence) doc.date = e.from;
  else {
    doc.from = e.from;
    doc.to = e.to;
  }
  if (e.intervals.length > 0) doc.hours = hoursOf(e.intervals);
  if (e.recurrence) {
    doc.repeat = repeatOf(e.recurrence);
    if (e.occurrences !== undefined) doc.occurrences = e.occurrences;
  }
  return doc;
}

/** What the reader adds by itself when a file defines no `standard`. */
function isBuiltInStandard(c: CalendarDefinition): boolean {
  const builtIn = standardCalendar(STANDARD_CALENDAR_ID, 'Standard');
  return (
    c.id === builtIn.id &&
    c.name === builtIn.name &&
    (c.baseCalendarId ?? null) === null &&
    c.timeZone === undefined &&
    c.exceptions.length === 0 &&
    ([0, 1, 2, 3, 4, 5, 6] as const).every((d) => {
      const own = c.week[d];
      return own !== undefined && sameHours(own, builtIn.week[d]!);
    })
  );
}

export function calendarDocuments(calendars: readonly CalendarDefinition[]): CalendarDocument[] {
  const standardWeek = standardCalendar().week;
  const out: CalendarDocument[] = [];
  for (const c of calendars) {
    if (c.id === STANDARD_CALENDAR_ID && isBuiltInStandard(c)) continue;
    const doc: CalendarDocument = { id: c.id };
    if (c.name !== c.id) doc.name = c.name;
    const based = c.baseCalendarId !== undefined && c.baseCalendarId !== null;
    if (based) doc.base = c.baseCalendarId!;
    if (c.timeZone !== undefined) doc.timezone = c.timeZone;
    const week: NonNullable<CalendarDocument['week']> = {};
    WEEKDAY_NAMES.forEach((name, day) => {
      const own = c.week[day as keyof typeof c.week];
      if (based) {
        if (own !== undefined) week[name] = hoursOf(own);
      } else if (!sameHours(own ?? [], standardWeek[day as keyof typeof standardWeek]!)) {
        week[name] = hoursOf(own ?? []);
      }
    });
    if (Object.keys(week).length > 0) doc.week = week;
    const exceptions = c.exceptions
      .map(exceptionOf)
      .filter((e): e is ExceptionDocument => e !== null);
    if (exceptions.length > 0) doc.exceptions = exceptions;
    out.push(doc);
  }
  return out;
}
