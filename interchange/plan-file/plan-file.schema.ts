import { Type, type TProperties, type TSchema } from 'typebox';
import { DURATION_PATTERN, LAG_PATTERN } from './duration.js';

/**
 * The Waymark plan file (YAML), declared once. Ajv validates a parsed file
 * against it; the reader (read-plan-file.ts) then checks what a schema cannot
 * (references, duplicates, dates) and builds the engine's ScheduleInput.
 *
 * Every `description` that follows "must be" is what the user sees when a
 * pattern does not match, so it is phrased as the expected value.
 */

function Closed<T extends TProperties>(properties: T, description?: string) {
  return Type.Object(properties, {
    additionalProperties: false,
    ...(description ? { description } : {}),
  });
}

export const LOCAL_DATE_TIME_PATTERN = String.raw`^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$`;
export const TIME_RANGE_PATTERN = String.raw`^\d{2}:\d{2}\s*-\s*\d{2}:\d{2}$`;
export const DATE_PATTERN = String.raw`^\d{4}-\d{2}-\d{2}$`;

const LocalDateTime = Type.String({
  pattern: LOCAL_DATE_TIME_PATTERN,
  description: 'a local date-time YYYY-MM-DDTHH:MM[:SS] or a date YYYY-MM-DD',
});
const PlanDate = Type.String({ pattern: DATE_PATTERN, description: 'a date YYYY-MM-DD' });
const Duration = Type.String({
  pattern: DURATION_PATTERN,
  description: 'a duration such as 5d, 3h, 2w, 1mo, 30m, or elapsed 4ed, 2eh, 1ew',
});
const LagText = Type.String({
  pattern: LAG_PATTERN,
  description: 'a lag such as 2d, -1d, 3ed or 50%',
});
const Minutes = (description: string) => Type.Integer({ minimum: 1, description });
/** Ids may be written as text or as whole numbers (`id: 7`); both become text. */
const Ref = (description: string): TSchema =>
  Type.Union([Type.String({ minLength: 1 }), Type.Integer()], { description });
const TaskRef = Ref('a task id');
const Hours = Type.Array(
  Type.String({ pattern: TIME_RANGE_PATTERN, description: 'working hours HH:MM-HH:MM' }),
  { description: 'working hours, e.g. ["08:00-12:00", "13:00-17:00"]; [] = not working' },
);

export const WEEKDAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export const LINK_TYPES = ['FS', 'SS', 'FF', 'SF'] as const;
export const CONSTRAINT_TYPES = [
  'ASAP',
  'ALAP',
  'SNET',
  'SNLT',
  'FNET',
  'FNLT',
  'MSO',
  'MFO',
] as const;

const WeekdayName = Type.Union(
  WEEKDAY_NAMES.map((d) => Type.Literal(d)),
  { description: 'a weekday: mon, tue, wed, thu, fri, sat or sun' },
);

export const RepeatSchema = Closed({
  every: Type.Union(
    ['day', 'week', 'month', 'year'].map((u) => Type.Literal(u)),
    { description: 'day, week, month or year' },
  ),
  interval: Type.Optional(Type.Integer({ minimum: 1, description: 'every N days/weeks/months' })),
  weekdays: Type.Optional(Type.Array(WeekdayName, { minItems: 1 })),
  day: Type.Optional(Type.Integer({ minimum: 1, maximum: 31 })),
  month: Type.Optional(Type.Integer({ minimum: 1, maximum: 12 })),
  position: Type.Optional(
    Type.Union([Type.Integer({ minimum: 1, maximum: 4 }), Type.Literal('last')], {
      description: '1, 2, 3, 4 or last',
    }),
  ),
  weekday: Type.Optional(WeekdayName),
});

export const ExceptionSchema = Closed({
  name: Type.Optional(Type.String()),
  date: Type.Optional(PlanDate),
  from: Type.Optional(PlanDate),
  to: Type.Optional(PlanDate),
  hours: Type.Optional(Hours),
  repeat: Type.Optional(RepeatSchema),
  occurrences: Type.Optional(Type.Integer({ minimum: 1 })),
});

export const CalendarSchema = Closed({
  id: Ref('a calendar id'),
  name: Type.Optional(Type.String()),
  base: Type.Optional(Ref('a calendar id')),
  timezone: Type.Optional(Type.String({ minLength: 1 })),
  week: Type.Optional(
    Closed(Object.fromEntries(WEEKDAY_NAMES.map((d) => [d, Type.Optional(Hours)])) as TProperties),
  ),
  exceptions: Type.Optional(Type.Array(ExceptionSchema)),
});

export const LinkSchema = Type.Union(
  [
    TaskRef,
    Closed({
      task: TaskRef,
      type: Type.Optional(
        Type.Union(
          LINK_TYPES.map((t) => Type.Literal(t)),
          { description: 'FS, SS, FF or SF' },
        ),
      ),
      lag: Type.Optional(LagText),
    }),
  ],
  { description: 'a task id or a link {task, type, lag}' },
);

export const EstimateSchema = Closed({
  optimistic: Duration,
  likely: Duration,
  pessimistic: Duration,
});

export const TaskCostSchema = Closed({
  fixed: Type.Optional(Type.Number({ minimum: 0, description: 'a fixed amount' })),
  perHour: Type.Optional(
    Type.Number({ minimum: 0, description: 'an amount per working hour of the task' }),
  ),
});

export const ProgressSchema = Closed({
  actualStart: LocalDateTime,
  actualFinish: Type.Optional(LocalDateTime),
  remaining: Type.Optional(Duration),
});

export const TaskSchema = Closed({
  id: TaskRef,
  uid: Type.Optional(
    Type.Integer({ minimum: 1, description: "a whole number from 1 (MS Project's UID)" }),
  ),
  name: Type.Optional(Type.String()),
  duration: Type.Optional(Duration),
  milestone: Type.Optional(Type.Boolean()),
  estimate: Type.Optional(EstimateSchema),
  cost: Type.Optional(TaskCostSchema),
  after: Type.Optional(Type.Array(LinkSchema)),
  constraint: Type.Optional(
    Closed({
      type: Type.Union(
        CONSTRAINT_TYPES.map((t) => Type.Literal(t)),
        { description: 'ASAP, ALAP, SNET, SNLT, FNET, FNLT, MSO or MFO' },
      ),
      date: Type.Optional(LocalDateTime),
    }),
  ),
  deadline: Type.Optional(LocalDateTime),
  calendar: Type.Optional(Ref('a calendar id')),
  parent: Type.Optional(TaskRef),
  priority: Type.Optional(
    Type.Integer({ minimum: 0, maximum: 1000, description: 'a levelling priority 0–1000' }),
  ),
  progress: Type.Optional(ProgressSchema),
});

export const ResourceSchema = Closed({
  id: Ref('a resource id'),
  name: Type.Optional(Type.String()),
  calendar: Type.Optional(Ref('a calendar id')),
  capacity: Type.Optional(
    Type.Number({ minimum: 0, description: 'units available: 1 = full time, 0.5 = half time' }),
  ),
});

export const AssignmentSchema = Closed({
  task: TaskRef,
  resource: Ref('a resource id'),
  units: Type.Optional(Type.Number({ minimum: 0, description: 'units: 1 = full time' })),
});

export const RiskSchema = Closed({
  id: Ref('a risk id'),
  name: Type.Optional(Type.String()),
  probability: Type.Number({ minimum: 0, maximum: 1 }),
  impact: Closed({
    tasks: Type.Array(TaskRef, { minItems: 1 }),
    delay: Duration,
    cost: Type.Optional(Type.Number({ minimum: 0 })),
  }),
});

export const PlanFileSchema = Closed({
  name: Type.Optional(Type.String()),
  start: LocalDateTime,
  statusDate: Type.Optional(LocalDateTime),
  timezone: Type.Optional(Type.String({ minLength: 1 })),
  minutesPerDay: Type.Optional(Minutes('working minutes in a day (default 480)')),
  minutesPerWeek: Type.Optional(Minutes('working minutes in a week (default 2400)')),
  minutesPerMonth: Type.Optional(Minutes('working minutes in a month (default 9600)')),
  defaultStartTime: Type.Optional(
    Type.String({ pattern: String.raw`^\d{2}:\d{2}$`, description: 'a time HH:MM' }),
  ),
  defaultFinishTime: Type.Optional(
    Type.String({ pattern: String.raw`^\d{2}:\d{2}$`, description: 'a time HH:MM' }),
  ),
  criticalSlack: Type.Optional(Duration),
  calendar: Type.Optional(Ref('a calendar id')),
  calendars: Type.Optional(Type.Array(CalendarSchema)),
  tasks: Type.Array(TaskSchema, { minItems: 1 }),
  risks: Type.Optional(Type.Array(RiskSchema)),
  resources: Type.Optional(Type.Array(ResourceSchema)),
  assignments: Type.Optional(Type.Array(AssignmentSchema)),
});

type Id = string | number;
type Hours = string[];

/** What the schema accepts (Static of the unions above loses the Ref types, so spelled out). */
export interface PlanFileDocument {
  name?: string;
  start: string;
  statusDate?: string;
  timezone?: string;
  minutesPerDay?: number;
  minutesPerWeek?: number;
  minutesPerMonth?: number;
  defaultStartTime?: string;
  defaultFinishTime?: string;
  criticalSlack?: string;
  calendar?: Id;
  calendars?: {
    id: Id;
    name?: string;
    base?: Id;
    timezone?: string;
    week?: Partial<Record<(typeof WEEKDAY_NAMES)[number], Hours>>;
    exceptions?: ExceptionDocument[];
  }[];
  tasks: TaskDocument[];
  risks?: {
    id: Id;
    name?: string;
    probability: number;
    impact: { tasks: Id[]; delay: string; cost?: number };
  }[];
  resources?: { id: Id; name?: string; calendar?: Id; capacity?: number }[];
  assignments?: { task: Id; resource: Id; units?: number }[];
}
export interface RepeatDocument {
  every: 'day' | 'week' | 'month' | 'year';
  interval?: number;
  weekdays?: (typeof WEEKDAY_NAMES)[number][];
  day?: number;
  month?: number;
  position?: 1 | 2 | 3 | 4 | 'last';
  weekday?: (typeof WEEKDAY_NAMES)[number];
}
export interface ExceptionDocument {
  name?: string;
  date?: string;
  from?: string;
  to?: string;
  hours?: Hours;
  repeat?: RepeatDocument;
  occurrences?: number;
}
export interface TaskDocument {
  id: Id;
  uid?: number;
  name?: string;
  duration?: string;
  milestone?: boolean;
  estimate?: { optimistic: string; likely: string; pessimistic: string };
  cost?: { fixed?: number; perHour?: number };
  after?: (Id | { task: Id; type?: (typeof LINK_TYPES)[number]; lag?: string })[];
  constraint?: { type: (typeof CONSTRAINT_TYPES)[number]; date?: string };
  deadline?: string;
  calendar?: Id;
  parent?: Id;
  priority?: number;
  progress?: { actualStart: string; actualFinish?: string; remaining?: string };
}
