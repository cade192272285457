import type { CalendarException } from '../../api/types';
import { WEEKDAY_NAME, type WeekdayKey } from './calendar-time';

type Recurrence = NonNullable<CalendarException['recurrence']>;

const ORDINAL: Record<string, string> = {
  1: 'first',
  2: 'second',
  3: 'third',
  4: 'fourth',
  last: 'last',
};
const MONTH = new Intl.DateTimeFormat(undefined, { month: 'long', timeZone: 'UTC' });

const day = (weekday: number) => WEEKDAY_NAME[String(weekday) as WeekdayKey];
const every = (n: number, unit: string) => (n === 1 ? `every ${unit}` : `every ${n} ${unit}s`);
const month = (m: number) => MONTH.format(new Date(Date.UTC(2000, m - 1, 1)));

/** A plan file's repeating exception in words: "Repeats every week on Friday, 10 times". */
export function describeRecurrence(r: Recurrence, occurrences?: number): string {
  const times = occurrences ? `, ${occurrences} times` : '';
  switch (r.kind) {
    case 'daily':
      return `Repeats ${every(r.every, 'day')}${times}`;
    case 'weekly':
      return `Repeats ${every(r.every, 'week')} on ${r.weekdays.map(day).join(', ')}${times}`;
    case 'monthly-day':
      return `Repeats ${every(r.every, 'month')} on day ${r.day}${times}`;
    case 'monthly-weekday':
      return `Repeats ${every(r.every, 'month')} on the ${ORDINAL[r.position]} ${day(r.weekday)}${times}`;
    case 'yearly-date':
      return `Repeats every year on ${month(r.month)} ${r.day}${times}`;
    case 'yearly-weekday':
      return `Repeats every year on the ${ORDINAL[r.position]} ${day(r.weekday)} of ${month(r.month)}${times}`;
  }
}
