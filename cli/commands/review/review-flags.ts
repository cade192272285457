import type { FieldFlag } from '../../fields.js';

/** The fields of a review, as add and update take them. */
export const REVIEW_FIELD_FLAGS: readonly FieldFlag[] = [
  { field: 'title', description: 'what the review is called' },
  {
    field: 'programIds',
    flag: 'program',
    repeatable: true,
    description:
      'a program reviewed (repeat it); none: the whole portfolio; replaces the list on update',
  },
  { field: 'startsOn', description: 'the first day it meets (YYYY-MM-DD)' },
  { field: 'time', nullable: true, description: 'when it starts, HH:MM on its clock' },
  {
    field: 'durationMinutes',
    kind: 'number',
    nullable: true,
    description: 'how long it lasts, in minutes',
  },
  {
    field: 'timeZone',
    description: "its clock's IANA zone (default the first program's, else UTC)",
  },
  {
    field: 'recurrence',
    nullable: true,
    description: 'an RFC 5545 RRULE, e.g. FREQ=WEEKLY;BYDAY=TU (none: once)',
  },
  {
    field: 'participantIds',
    flag: 'participant',
    repeatable: true,
    description: 'an account taking part (repeat it); replaces the list on update',
  },
];
