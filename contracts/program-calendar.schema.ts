import { Type, type Static } from 'typebox';
import {
  ClosedObject,
  Id,
  IsoDate,
  Nullable,
  Timestamp,
  Version,
  VersionQuery,
} from './common.schema.js';

/**
 * A working calendar of a program, in the engine's terms (engine/calendar/calendar-definition.ts):
 * per weekday its working periods in minutes after midnight, and exceptions (holidays, other
 * hours) on dates, possibly recurring. A plan file's calendars arrive here on import.
 */
const Minute = Type.Integer({ minimum: 0, maximum: 1440 });
export const WorkingPeriod = ClosedObject(
  { from: Minute, to: Minute },
  { description: 'Minutes after midnight: 480–720 is 08:00–12:00; `to` may be 1440 (24:00).' },
);
const Periods = Type.Array(WorkingPeriod, { maxItems: 48 });
const Weekday = Type.Integer({ minimum: 0, maximum: 6 });
const Every = Type.Integer({ minimum: 1, maximum: 1000 });
const Position = Type.Union([Type.Integer({ minimum: 1, maximum: 4 }), Type.Literal('last')], {
  description: 'The 1st to 4th, or the last, of the month.',
});
const Month = Type.Integer({ minimum: 1, maximum: 12 });
const DayOfMonth = Type.Integer({ minimum: 1, maximum: 31 });

export const Recurrence = Type.Union([
  ClosedObject({ kind: Type.Literal('daily'), every: Every }),
  ClosedObject({
    kind: Type.Literal('weekly'),
    every: Every,
    weekdays: Type.Array(Weekday, { minItems: 1, maxItems: 7 }),
  }),
  ClosedObject({ kind: Type.Literal('monthly-day'), every: Every, day: DayOfMonth }),
  ClosedObject({
    kind: Type.Literal('monthly-weekday'),
    every: Every,
    position: Position,
    weekday: Weekday,
  }),
  ClosedObject({ kind: Type.Literal('yearly-date'), month: Month, day: DayOfMonth }),
  ClosedObject({
    kind: Type.Literal('yearly-weekday'),
    month: Month,
    position: Position,
    weekday: Weekday,
  }),
]);

export const CalendarException = ClosedObject({
  name: Type.Optional(Type.String({ maxLength: 200 })),
  from: IsoDate,
  to: IsoDate,
  intervals: Type.Array(WorkingPeriod, {
    maxItems: 48,
    description: 'Working periods on those days; empty: not working.',
  }),
  recurrence: Type.Optional(Recurrence),
  occurrences: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000 })),
});

export const CalendarWeek = ClosedObject(
  {
    '0': Type.Optional(Periods),
    '1': Type.Optional(Periods),
    '2': Type.Optional(Periods),
    '3': Type.Optional(Periods),
    '4': Type.Optional(Periods),
    '5': Type.Optional(Periods),
    '6': Type.Optional(Periods),
  },
  {
    description:
      'Per weekday (0 = Sunday … 6 = Saturday) its working periods; [] = not working; a weekday left out comes from the base calendar.',
  },
);

const Name = Type.String({ minLength: 1, maxLength: 200 });
const TimeZone = Type.String({
  minLength: 1,
  maxLength: 64,
  description: 'IANA time zone; null: the program’s.',
});

export const ProgramCalendar = ClosedObject({
  id: Id,
  programId: Id,
  name: Name,
  baseCalendarId: Nullable(Id),
  timeZone: Nullable(TimeZone),
  week: CalendarWeek,
  exceptions: Type.Array(CalendarException),
  uid: Nullable(Type.Integer()),
  /** True for the program's own calendar (programs.calendarId). */
  isProgramCalendar: Type.Boolean(),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ProgramCalendar = Static<typeof ProgramCalendar>;

const fields = {
  baseCalendarId: Type.Optional(Nullable(Id)),
  timeZone: Type.Optional(Nullable(TimeZone)),
  week: Type.Optional(CalendarWeek),
  exceptions: Type.Optional(Type.Array(CalendarException, { maxItems: 5000 })),
};
export const ProgramCalendarCreate = ClosedObject({ name: Name, ...fields });
export type ProgramCalendarCreate = Static<typeof ProgramCalendarCreate>;
export const ProgramCalendarUpdate = ClosedObject({
  version: Type.Optional(Version),
  name: Type.Optional(Name),
  ...fields,
});
export type ProgramCalendarUpdate = Static<typeof ProgramCalendarUpdate>;
export const ProgramCalendarList = ClosedObject({ items: Type.Array(ProgramCalendar) });
export const ProgramCalendarDeleteQuery = ClosedObject({
  ...VersionQuery.properties,
  detach: Type.Optional(
    Type.Boolean({
      description:
        'Delete it although the program or some of its items run on it: they go back to the program’s calendar.',
    }),
  ),
});
