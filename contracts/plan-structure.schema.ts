import { Type } from 'typebox';
import { Id, Nullable, programDateTime } from './common.schema.js';

/**
 * The fields a plan file carries besides what people type (issue 15): where an item
 * sits in the outline, the UID MS Project knows it by, its working calendar, and a
 * task's deadline and elapsed duration. Shared by tasks and milestones.
 */
export const ParentTaskId = Nullable(Id, {
  description: 'The summary task it sits under (same program); null: the top of the outline.',
});
export const OutlinePosition = Nullable(Type.Integer({ minimum: 0, maximum: 2147483647 }), {
  description: 'Its place in the outline (a plan file’s order); null: after the placed ones.',
});
export const MspdiUid = Nullable(Type.Integer({ minimum: 1, maximum: 2147483647 }), {
  description: 'The MS Project UID it was imported with; an export writes it back.',
});
export const ItemCalendarId = Nullable(Id, {
  description: "One of the program's calendars; null: the program's own calendar.",
});
export const Deadline = Nullable(
  programDateTime(
    "A deadline on the program's clock, YYYY-MM-DDTHH:MM:SS: the late finish is never after it (negative float when missed).",
  ),
);
export const DurationElapsed = Type.Boolean({
  description:
    'The estimate is wall-clock time (24 × 7, MS Project’s elapsed duration), not working time.',
});

export const LAG_KINDS = ['working', 'elapsed', 'percent'] as const;
export const LagKind = Type.Enum([...LAG_KINDS], {
  description:
    'working: lagMinutes of working time; elapsed: lagMinutes of wall-clock time; percent: lagPercent of the predecessor’s duration.',
});
export const LagPercent = Nullable(Type.Number({ minimum: -100000, maximum: 100000 }), {
  description:
    'With lagKind percent: the lag as a share of the predecessor’s duration (−50 = a lead of half of it).',
});
