import { ProgramVisibilitySchema } from './program-member.schema.js';
import { Type, type Static } from 'typebox';
import {
  ClosedObject,
  Id,
  IsoDate,
  Nullable,
  Page,
  Pagination,
  Timestamp,
  Version,
  MONEY_HIDDEN,
} from './common.schema.js';

export const PROGRAM_STATUSES = [
  'proposed',
  'active',
  'on_hold',
  'completed',
  'cancelled',
] as const;
export const PROGRAM_HEALTHS = ['green', 'amber', 'red'] as const;
export const ProgramStatus = Type.Enum([...PROGRAM_STATUSES]);
export const ProgramHealth = Type.Enum([...PROGRAM_HEALTHS]);
export const LEVELLING_MODES = ['none', 'within_slack', 'beyond_slack'] as const;
export const LevellingMode = Type.Enum([...LEVELLING_MODES], {
  description:
    'Resource levelling of the schedule: none; within_slack delays tasks only inside their float (the finish never moves); beyond_slack may delay the finish.',
});
export type LevellingMode = Static<typeof LevellingMode>;
const TimeZone = Type.String({
  minLength: 1,
  maxLength: 64,
  description: "IANA time zone of the program's schedule clock, e.g. America/Los_Angeles.",
});

const Name = Type.String({ minLength: 1, maxLength: 200 });
const StatusDate = Type.String({
  format: 'date',
  description:
    'The first day whose work is not yet reported, YYYY-MM-DD: before it is the past, from it on the plan. Null: today on the program’s clock.',
});

const StartTime = Type.String({
  pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$',
  description:
    'The time of day (HH:MM, program clock) the plan starts on its start date. Null: 08:00.',
});

export const Program = ClosedObject({
  id: Id,
  name: Name,
  summary: Type.String(),
  ownerId: Nullable(Id),
  ownerName: Nullable(Type.String()),
  sponsor: Type.String(),
  status: ProgramStatus,
  health: ProgramHealth,
  startDate: Nullable(IsoDate),
  targetDate: Nullable(IsoDate),
  budgetCents: Nullable(Type.Integer({ minimum: 0 }), {
    description: `The budget in cents of \`currency\`; ${MONEY_HIDDEN}`,
  }),
  currency: Type.String({ pattern: '^[A-Z]{3}$' }),
  timeZone: TimeZone,
  levelling: LevellingMode,
  statusDate: Nullable(StatusDate),
  visibility: ProgramVisibilitySchema,
  calendarId: Nullable(Id, {
    description:
      "The program's own working calendar (GET /api/programs/{id}/calendars); null: the organization's standard week and holidays.",
  }),
  startTime: Nullable(StartTime),
  taskCount: Type.Integer({ minimum: 0 }),
  doneTaskCount: Type.Integer({ minimum: 0 }),
  rollupAt: Nullable(Timestamp),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Program = Static<typeof Program>;

const programFields = {
  summary: Type.Optional(Type.String({ maxLength: 10000 })),
  ownerId: Type.Optional(Nullable(Id)),
  sponsor: Type.Optional(Type.String({ maxLength: 200 })),
  status: Type.Optional(ProgramStatus),
  health: Type.Optional(ProgramHealth),
  startDate: Type.Optional(Nullable(IsoDate)),
  targetDate: Type.Optional(Nullable(IsoDate)),
  // bigint column; cents stay exact up to 2^53 in a double.
  budgetCents: Type.Optional(
    Nullable(Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER })),
  ),
  currency: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$' })),
  timeZone: Type.Optional(TimeZone),
  levelling: Type.Optional(LevellingMode),
  statusDate: Type.Optional(Nullable(StatusDate)),
  visibility: Type.Optional(ProgramVisibilitySchema),
  startTime: Type.Optional(Nullable(StartTime)),
};

export const ProgramCreate = ClosedObject({
  name: Name,
  ...programFields,
  // Defaults live on creation only: on an update they would overwrite what the client left out.
  status: Type.Optional(Type.Enum([...PROGRAM_STATUSES], { default: 'proposed' })),
  health: Type.Optional(Type.Enum([...PROGRAM_HEALTHS], { default: 'green' })),
});
export type ProgramCreate = Static<typeof ProgramCreate>;

export const ProgramUpdate = ClosedObject({
  version: Type.Optional(Version),
  name: Type.Optional(Name),
  calendarId: Type.Optional(
    Nullable(Id, { description: 'One of the program’s calendars; null: the organization’s.' }),
  ),
  ...programFields,
});
export type ProgramUpdate = Static<typeof ProgramUpdate>;

export const PROGRAM_SORTS = [
  'name',
  '-name',
  'targetDate',
  '-targetDate',
  'updatedAt',
  '-updatedAt',
  'status',
  '-status',
] as const;
export const ProgramListQuery = ClosedObject({
  q: Type.Optional(
    Type.String({ maxLength: 200, description: 'Text to find in name or summary.' }),
  ),
  status: Type.Optional(Type.Enum([...PROGRAM_STATUSES])),
  health: Type.Optional(Type.Enum([...PROGRAM_HEALTHS])),
  ownerId: Type.Optional(Id),
  sort: Type.Optional(Type.Enum([...PROGRAM_SORTS], { default: 'name' })),
  ...Pagination,
});
export type ProgramListQuery = Static<typeof ProgramListQuery>;

export const ProgramPage = Page(Program);
export type ProgramPage = Static<typeof ProgramPage>;
