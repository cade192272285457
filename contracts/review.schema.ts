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

/** The kinds of agenda item, in agenda order (engine/reporting/review-agenda.ts). */
export const AGENDA_ITEM_KIND_NAMES = [
  'program_health',
  'milestone_slipped',
  'milestone_at_risk',
  'decision_needed',
  'change_request_pending',
  'risk_review_due',
  'action_item_overdue',
  'person_over_allocated',
] as const;
export const AgendaItemKind = Type.Enum([...AGENDA_ITEM_KIND_NAMES]);

export const REVIEW_OUTCOME_KINDS = ['note', 'decision', 'action_item'] as const;
export const ReviewOutcomeKind = Type.Enum([...REVIEW_OUTCOME_KINDS], {
  description:
    'note (resolved: true closes the item); decision (closes it and writes a decided decision into the decision log); action_item (carried over while open).',
});
export type ReviewOutcomeKind = Static<typeof ReviewOutcomeKind>;

/** The most occurrences one request lists. */
export const OCCURRENCES_MAX = 100;

const TimeOfDay = Type.String({
  pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$',
  description: 'When it starts, HH:MM on the review’s clock.',
});
const TimeZone = Type.String({
  minLength: 1,
  maxLength: 64,
  description:
    'IANA time zone of the review’s clock; defaults to the first program’s zone, else UTC.',
});
const Recurrence = Type.String({
  minLength: 1,
  maxLength: 500,
  description:
    'An RFC 5545 RRULE (without DTSTART; the series starts on startsOn), e.g. FREQ=WEEKLY;BYDAY=TU. At most one occurrence a day. Absent or null: once, on startsOn.',
});

const writable = {
  title: Type.String({ minLength: 1, maxLength: 200 }),
  programIds: Type.Optional(
    Type.Array(Id, {
      maxItems: 50,
      uniqueItems: true,
      description: 'The programs reviewed; empty or absent: the whole portfolio.',
    }),
  ),
  startsOn: IsoDate,
  time: Type.Optional(Nullable(TimeOfDay)),
  durationMinutes: Type.Optional(Nullable(Type.Integer({ minimum: 5, maximum: 1440 }))),
  timeZone: Type.Optional(TimeZone),
  recurrence: Type.Optional(Nullable(Recurrence)),
  participantIds: Type.Optional(
    Type.Array(Id, { maxItems: 100, uniqueItems: true, description: 'Active accounts.' }),
  ),
};

export const ReviewCreate = ClosedObject(writable);
export type ReviewCreate = Static<typeof ReviewCreate>;

/** Changes only the fields it names; `programIds` and `participantIds` replace their lists. */
export const ReviewUpdate = ClosedObject({
  version: Type.Optional(Version),
  ...writable,
  title: Type.Optional(writable.title),
  startsOn: Type.Optional(IsoDate),
});
export type ReviewUpdate = Static<typeof ReviewUpdate>;

export const Review = ClosedObject({
  id: Id,
  title: Type.String(),
  scope: Type.Enum(['portfolio', 'programs'], {
    description: 'portfolio: every program you can see; programs: those listed.',
  }),
  programIds: Type.Array(Id),
  programs: Type.Array(ClosedObject({ id: Id, name: Type.String() })),
  startsOn: IsoDate,
  time: Nullable(Type.String()),
  durationMinutes: Nullable(Type.Integer()),
  timeZone: Type.String(),
  recurrence: Nullable(Type.String()),
  recurrenceText: Type.String({
    description: 'The recurrence in words, e.g. "every week on Tuesday"; "once" without one.',
  }),
  participantIds: Type.Array(Id),
  participants: Type.Array(ClosedObject({ id: Id, name: Type.String() })),
  createdById: Nullable(Id),
  nextOccurrence: Nullable(IsoDate, {
    description: 'The first occurrence on or after today (on the review’s clock); null: none left.',
  }),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Review = Static<typeof Review>;
export const ReviewList = ClosedObject({ items: Type.Array(Review) });
export type ReviewList = Static<typeof ReviewList>;
export const ReviewDeleteQuery = ClosedObject({ ...VersionQuery.properties });

export const OccurrenceQuery = ClosedObject({
  from: Type.Optional(IsoDate),
  to: Type.Optional(IsoDate),
  limit: Type.Optional(
    Type.Integer({ minimum: 1, maximum: OCCURRENCES_MAX, description: 'Default 10.' }),
  ),
});
export type OccurrenceQuery = Static<typeof OccurrenceQuery>;
export const OccurrenceList = ClosedObject({
  items: Type.Array(IsoDate, {
    description: `Occurrences from \`from\` (default today) to \`to\`, at most ${OCCURRENCES_MAX}.`,
  }),
});
export type OccurrenceList = Static<typeof OccurrenceList>;

/** The item an outcome was recorded against, as it was shown then. */
export const AgendaItemSnapshot = ClosedObject({
  key: Type.String(),
  kind: AgendaItemKind,
  title: Type.String(),
  detail: Type.String(),
  programId: Nullable(Id),
  programName: Nullable(Type.String()),
  subjectKind: Type.String(),
  subjectId: Type.String(),
  link: Type.String(),
});
export type AgendaItemSnapshot = Static<typeof AgendaItemSnapshot>;

const ActionItemRequest = ClosedObject({
  title: Type.String({ minLength: 1, maxLength: 300 }),
  ownerId: Type.Optional(Nullable(Id)),
  dueDate: Type.Optional(Nullable(IsoDate)),
});

export const ReviewOutcome = ClosedObject({
  id: Id,
  reviewId: Id,
  date: IsoDate,
  itemKey: Type.String(),
  item: AgendaItemSnapshot,
  kind: ReviewOutcomeKind,
  text: Type.String(),
  resolved: Type.Boolean(),
  decisionId: Nullable(Id, { description: 'The decision written into the decision log.' }),
  actionItem: Nullable(ActionItemRequest),
  actionItemId: Nullable(Id, {
    description:
      'The action item written for it (source: this review), tracked on /api/action-items.',
  }),
  createdById: Nullable(Id),
  createdByName: Nullable(Type.String()),
  createdAt: Timestamp,
  version: Version,
});
export type ReviewOutcome = Static<typeof ReviewOutcome>;

export const ReviewOutcomeCreate = ClosedObject({
  date: { ...IsoDate, description: 'The occurrence it was recorded at.' },
  itemKey: Type.String({ minLength: 1, maxLength: 200 }),
  kind: ReviewOutcomeKind,
  text: Type.String({
    minLength: 1,
    maxLength: 4000,
    description: 'The note; for a decision, what was decided.',
  }),
  resolved: Type.Optional(Type.Boolean({ description: 'Notes only: true closes the item.' })),
  decisionTitle: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 300,
      description: 'Decisions only: the decision log title; defaults to the item’s title.',
    }),
  ),
  actionItem: Type.Optional(ActionItemRequest),
});
export type ReviewOutcomeCreate = Static<typeof ReviewOutcomeCreate>;

export const AgendaItem = ClosedObject({
  ...AgendaItemSnapshot.properties,
  carriedOverFrom: Type.Optional({
    ...IsoDate,
    description: 'Left open at this earlier occurrence, so carried over (docs/reviews.md).',
  }),
  outcomes: Type.Array(ReviewOutcome),
});
export type AgendaItem = Static<typeof AgendaItem>;

export const AgendaQuery = ClosedObject({
  date: Type.Optional({ ...IsoDate, description: 'An occurrence; default the next one.' }),
});
export const Agenda = ClosedObject({
  reviewId: Id,
  date: IsoDate,
  items: Type.Array(AgendaItem),
});
export type Agenda = Static<typeof Agenda>;

export const OutcomeParams = ClosedObject({ id: Id, outcomeId: Id });
