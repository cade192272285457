import { Type, type Static } from 'typebox';
import { ROLES } from './account.schema.js';
import { ClosedObject, Id, IsoDate, Nullable, Timestamp, Version } from './common.schema.js';

export const SKILL_KINDS = ['skill', 'domain'] as const;
export const TIME_OFF_KINDS = ['vacation', 'sick', 'training', 'parental', 'other'] as const;
/** What a response may show: the real kind, or "away" to someone outside the person's circle. */
export const TIME_OFF_SHOWN_KINDS = [...TIME_OFF_KINDS, 'away'] as const;

const MinutesOfDay = Type.Integer({
  minimum: 0,
  maximum: 1440,
  description: 'Minutes after local midnight, e.g. 480 = 08:00.',
});
const TimeZone = Type.String({
  minLength: 1,
  maxLength: 64,
  description: 'IANA time zone, e.g. America/Los_Angeles.',
});
const IsoWeekday = Type.Integer({
  minimum: 1,
  maximum: 7,
  description: '1 = Monday … 7 = Sunday.',
});

export const PersonSkill = ClosedObject({
  kind: Type.Enum([...SKILL_KINDS]),
  name: Type.String({ minLength: 1, maxLength: 80 }),
  proficiency: Type.Integer({ minimum: 1, maximum: 5, description: '1 = learning … 5 = expert.' }),
});
export type PersonSkill = Static<typeof PersonSkill>;

export const TimeOff = ClosedObject({
  id: Id,
  personId: Id,
  from: IsoDate,
  to: IsoDate,
  kind: Type.Enum([...TIME_OFF_SHOWN_KINDS], {
    description:
      'The kind of leave, shown to the person, their managers up the reporting line, TPM managers and admins. Everyone else gets "away" (responses only: a request names a real kind).',
  }),
  note: Type.String({ description: 'Empty when the kind is shown as "away".' }),
  version: Version,
});
export type TimeOff = Static<typeof TimeOff>;
export const TimeOffCreate = ClosedObject({
  from: IsoDate,
  to: IsoDate,
  kind: Type.Optional(Type.Enum([...TIME_OFF_KINDS])),
  note: Type.Optional(Type.String({ maxLength: 500 })),
});
export type TimeOffCreate = Static<typeof TimeOffCreate>;
/** Changes only the fields it names; the days stay in order (to on or after from). */
export const TimeOffUpdate = ClosedObject({
  version: Type.Optional(Version),
  from: Type.Optional(IsoDate),
  to: Type.Optional(IsoDate),
  kind: Type.Optional(Type.Enum([...TIME_OFF_KINDS])),
  note: Type.Optional(Type.String({ maxLength: 500 })),
});
export type TimeOffUpdate = Static<typeof TimeOffUpdate>;

/** A person as the directory lists them. */
export const PersonSummary = ClosedObject({
  id: Id,
  name: Type.String(),
  email: Type.String(),
  role: Type.Enum([...ROLES]),
  title: Type.String(),
  teamId: Nullable(Id),
  teamName: Nullable(Type.String()),
  managerId: Nullable(Id),
  trackId: Nullable(Id),
  trackName: Nullable(Type.String()),
  levelId: Nullable(Id),
  levelName: Nullable(Type.String()),
  grade: Nullable(Type.Integer()),
  location: Type.String(),
  timeZone: Type.String(),
  skills: Type.Array(PersonSkill),
  version: Version,
});
export type PersonSummary = Static<typeof PersonSummary>;

export const Person = ClosedObject({
  ...PersonSummary.properties,
  workingHoursStart: MinutesOfDay,
  workingHoursEnd: MinutesOfDay,
  workingDays: Type.Array(IsoWeekday),
  flexibleHours: Type.Boolean(),
  capacity: Type.Number({ description: 'Share of working hours given to program and run work.' }),
  timeOff: Type.Array(TimeOff),
  directReportIds: Type.Array(Id),
  updatedAt: Timestamp,
});
export type Person = Static<typeof Person>;

export const PersonList = ClosedObject({ items: Type.Array(PersonSummary) });
export type PersonList = Static<typeof PersonList>;

export const PersonListQuery = ClosedObject({
  teamId: Type.Optional(Id),
  levelId: Type.Optional(Id),
  trackId: Type.Optional(Id),
  skill: Type.Optional(
    Type.String({ minLength: 1, maxLength: 80, description: 'Has this skill or domain.' }),
  ),
  q: Type.Optional(
    Type.String({ minLength: 1, maxLength: 100, description: 'Part of a name or title.' }),
  ),
});
export type PersonListQuery = Static<typeof PersonListQuery>;

export const PersonUpdate = ClosedObject({
  version: Type.Optional(Version),
  title: Type.Optional(Type.String({ maxLength: 200 })),
  teamId: Type.Optional(Nullable(Id)),
  managerId: Type.Optional(Nullable(Id)),
  trackId: Type.Optional(Nullable(Id)),
  levelId: Type.Optional(Nullable(Id)),
  location: Type.Optional(Type.String({ maxLength: 120 })),
  timeZone: Type.Optional(TimeZone),
  workingHoursStart: Type.Optional(MinutesOfDay),
  workingHoursEnd: Type.Optional(MinutesOfDay),
  workingDays: Type.Optional(
    Type.Array(IsoWeekday, { minItems: 1, maxItems: 7, uniqueItems: true }),
  ),
  flexibleHours: Type.Optional(Type.Boolean()),
  capacity: Type.Optional(Type.Number({ minimum: 0.01, maximum: 2 })), // numeric(4, 2)
});
export type PersonUpdate = Static<typeof PersonUpdate>;

export const PersonSkillsReplace = ClosedObject({
  version: Type.Optional(Version),
  skills: Type.Array(PersonSkill, { maxItems: 100 }),
});
export type PersonSkillsReplace = Static<typeof PersonSkillsReplace>;
