import { Type, type Static } from 'typebox';
import { ClosedObject, Id, IsoDate, Nullable, Timestamp, Version } from './common.schema.js';

export const REQUEST_STATES = [
  'new',
  'acknowledged',
  'accepted',
  'declined',
  'deferred',
  'duplicate',
] as const;
export type RequestState = (typeof REQUEST_STATES)[number];
export const REQUEST_SOURCES = ['web', 'api', 'cli', 'slack', 'gitlab'] as const;
export const SIZE_GUESSES = ['unknown', 'xs', 's', 'm', 'l', 'xl'] as const;
export const SLA_STATES = [
  'on_track',
  'due_soon',
  'paused',
  'breached',
  'met',
  'met_late',
] as const;
export const TRIAGE_ACTIONS = [
  'acknowledge',
  'accept',
  'decline',
  'defer',
  'duplicate',
  'reopen',
] as const;
export type TriageAction = (typeof TRIAGE_ACTIONS)[number];

/** Limits shared by the web form and the server. */
export const REQUEST_LIMITS = { title: 200, text: 5000, listItems: 20, item: 500 } as const;

const ShortList = Type.Array(Type.String({ minLength: 1, maxLength: REQUEST_LIMITS.item }), {
  maxItems: REQUEST_LIMITS.listItems,
});
const LongText = Type.String({ maxLength: REQUEST_LIMITS.text });

export const TemplateField = ClosedObject({
  key: Type.Enum([
    'title',
    'problem',
    'desiredOutcome',
    'teams',
    'businessValue',
    'deadline',
    'sizeGuess',
    'links',
  ]),
  label: Type.String({ minLength: 1, maxLength: 120 }),
  help: Type.String({ maxLength: 1000 }),
});

export const RequestTemplate = ClosedObject({
  intro: Type.String(),
  fields: Type.Array(TemplateField),
  firstResponseHours: Type.Number(),
  triageHours: Type.Number(),
  calendarTeamId: Nullable(Id),
  calendar: ClosedObject({
    timeZone: Type.String(),
    workingHoursStart: Type.Integer({ description: 'Minutes after local midnight.' }),
    workingHoursEnd: Type.Integer(),
    workingDays: Type.Array(Type.Integer()),
  }),
  gitlabLabel: Type.String(),
  gitlabHandle: Type.String(),
  version: Version,
  updatedAt: Timestamp,
});
export type RequestTemplate = Static<typeof RequestTemplate>;

export const RequestTemplateUpdate = ClosedObject({
  intro: Type.Optional(Type.String({ maxLength: 2000 })),
  fields: Type.Optional(Type.Array(TemplateField, { minItems: 1, maxItems: 8 })),
  // numeric(6, 2), CHECK (> 0): 0.01 is the smallest it holds.
  firstResponseHours: Type.Optional(Type.Number({ minimum: 0.01, maximum: 1000 })),
  triageHours: Type.Optional(Type.Number({ minimum: 0.01, maximum: 1000 })),
  calendarTeamId: Type.Optional(Nullable(Id)),
  gitlabLabel: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  gitlabHandle: Type.Optional(
    Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9_.-]+$' }),
  ),
  version: Version,
});
export type RequestTemplateUpdate = Static<typeof RequestTemplateUpdate>;

export const RequestCreate = ClosedObject({
  title: Type.String({ minLength: 1, maxLength: REQUEST_LIMITS.title }),
  problem: Type.Optional(LongText),
  desiredOutcome: Type.Optional(LongText),
  businessValue: Type.Optional(LongText),
  teams: Type.Optional(ShortList),
  tags: Type.Optional(ShortList),
  links: Type.Optional(
    Type.Array(Type.String({ format: 'uri', maxLength: REQUEST_LIMITS.item }), {
      maxItems: REQUEST_LIMITS.listItems,
    }),
  ),
  deadline: Type.Optional(Nullable(IsoDate)),
  sizeGuess: Type.Optional(Type.Enum([...SIZE_GUESSES])),
  source: Type.Optional(
    Type.Enum(['web', 'api', 'cli'], { description: 'How it was submitted; default api.' }),
  ),
});
export type RequestCreate = Static<typeof RequestCreate>;

/** What a request says, changed: by its requester while it is open, by a TPM at any time. */
export const RequestUpdate = ClosedObject({
  version: Type.Optional(Version),
  title: Type.Optional(Type.String({ minLength: 1, maxLength: REQUEST_LIMITS.title })),
  problem: Type.Optional(LongText),
  desiredOutcome: Type.Optional(LongText),
  businessValue: Type.Optional(LongText),
  teams: Type.Optional(ShortList),
  tags: Type.Optional(ShortList),
  links: Type.Optional(
    Type.Array(Type.String({ format: 'uri', maxLength: REQUEST_LIMITS.item }), {
      maxItems: REQUEST_LIMITS.listItems,
    }),
  ),
  deadline: Type.Optional(Nullable(IsoDate)),
  sizeGuess: Type.Optional(Type.Enum([...SIZE_GUESSES])),
});
export type RequestUpdate = Static<typeof RequestUpdate>;

export const SlaClock = ClosedObject({
  targetHours: Type.Number(),
  dueAt: Nullable(Timestamp),
  workingMinutesLeft: Type.Integer({ description: 'Negative = working minutes overdue.' }),
  breached: Type.Boolean(),
  state: Type.Enum([...SLA_STATES]),
});
export type SlaClock = Static<typeof SlaClock>;

export const IntakeRequest = ClosedObject({
  id: Id,
  number: Type.Integer(),
  title: Type.String(),
  problem: Type.String(),
  desiredOutcome: Type.String(),
  businessValue: Type.String(),
  teams: Type.Array(Type.String()),
  tags: Type.Array(Type.String()),
  links: Type.Array(Type.String()),
  deadline: Nullable(IsoDate),
  sizeGuess: Type.Enum([...SIZE_GUESSES]),
  source: Type.Enum([...REQUEST_SOURCES]),
  requesterId: Nullable(Id),
  requesterName: Type.String(),
  assigneeId: Nullable(Id),
  assigneeName: Nullable(Type.String()),
  state: Type.Enum([...REQUEST_STATES]),
  stateReason: Nullable(Type.String()),
  deferredUntil: Nullable(IsoDate),
  duplicateOfId: Nullable(Id),
  programId: Nullable(Id, {
    description: 'The program it was accepted into; null if none, or one you may not see.',
  }),
  waitingOnRequester: Type.Boolean(),
  firstResponseAt: Nullable(Timestamp),
  triagedAt: Nullable(Timestamp),
  firstResponse: SlaClock,
  triage: SlaClock,
  gitlabIssueUrl: Nullable(Type.String()),
  gitlabIssueState: Nullable(Type.String()),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type IntakeRequest = Static<typeof IntakeRequest>;

export const RequestListQuery = ClosedObject({
  scope: Type.Optional(
    Type.Enum(['queue', 'mine', 'assigned'], {
      description:
        'queue: every open request (TPMs); mine: those I submitted; assigned: assigned to me. Default: queue for TPMs, mine otherwise.',
    }),
  ),
  state: Type.Optional(
    Type.Enum([...REQUEST_STATES, 'open', 'all'], {
      description: 'open (default) = new or acknowledged.',
    }),
  ),
});
export type RequestListQuery = Static<typeof RequestListQuery>;
export const RequestList = ClosedObject({ items: Type.Array(IntakeRequest) });
export type RequestList = Static<typeof RequestList>;

export const RequestEvent = ClosedObject({
  at: Timestamp,
  actorName: Type.String(),
  kind: Type.String(),
  fromState: Nullable(Type.String()),
  toState: Nullable(Type.String()),
  note: Type.String(),
});

export const RoutingReason = ClosedObject({
  factor: Type.Enum(['fit', 'bandwidth', 'time_zone', 'queue']),
  score: Type.Number(),
  detail: Type.String(),
});
export const RoutingCandidate = ClosedObject({
  personId: Id,
  name: Type.String(),
  score: Type.Number(),
  reasons: Type.Array(RoutingReason),
});
export const RoutingSuggestion = ClosedObject({
  id: Id,
  requestId: Id,
  computedAt: Timestamp,
  candidates: Type.Array(RoutingCandidate),
  chosenUserId: Nullable(Id),
  chosenRank: Nullable(
    Type.Integer({
      description: '1 = the top suggestion; null when the choice was not in the list.',
    }),
  ),
  chosenAt: Nullable(Timestamp),
});
export type RoutingSuggestion = Static<typeof RoutingSuggestion>;

export const RequestDetail = ClosedObject({
  request: IntakeRequest,
  events: Type.Array(RequestEvent),
  routing: Nullable(RoutingSuggestion),
});
export type RequestDetail = Static<typeof RequestDetail>;

export const TriageBody = ClosedObject({
  action: Type.Enum([...TRIAGE_ACTIONS]),
  reason: Type.Optional(
    Type.String({ maxLength: 2000, description: 'Required to decline or defer.' }),
  ),
  deferredUntil: Type.Optional(IsoDate),
  duplicateOfId: Type.Optional(Id),
  programId: Type.Optional(Id),
  createProgram: Type.Optional(
    Type.Boolean({ description: 'accept: start a new program named after the request.' }),
  ),
  version: Version,
});
export type TriageBody = Static<typeof TriageBody>;

export const WaitingBody = ClosedObject({
  waiting: Type.Boolean({
    description: 'true: the team waits on the requester (SLA clocks pause); false: resume.',
  }),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
  version: Version,
});
export type WaitingBody = Static<typeof WaitingBody>;

export const AssignBody = ClosedObject({
  assigneeId: Id,
  suggestionId: Type.Optional(Id),
  version: Version,
});
export type AssignBody = Static<typeof AssignBody>;

export const SlackCommandReply = Type.Object({
  response_type: Type.Enum(['ephemeral', 'in_channel']),
  text: Type.String(),
});
export const GitlabWebhookReply = ClosedObject({
  outcome: Type.Enum(['created', 'duplicate_delivery', 'updated', 'ignored']),
  requestId: Nullable(Id),
});
