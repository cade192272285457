import { Type, type Static } from 'typebox';
import { ClosedObject } from './common.schema.js';

/** `HH:MM`, 00:00–24:00. */
export const ClockTime = Type.String({
  pattern: '^(([01]\\d|2[0-3]):[0-5]\\d|24:00)$',
  description: 'Local wall-clock time, HH:MM (24:00 = end of day).',
});

/**
 * When a person or a team works, in their own time zone. Schedules and capacity
 * read it; holidays (organization-wide) come on top.
 */
export const WorkingHours = ClosedObject({
  timeZone: Type.String({
    minLength: 1,
    maxLength: 64,
    description: 'IANA time zone, e.g. America/Los_Angeles.',
  }),
  start: ClockTime,
  end: ClockTime,
  days: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), {
    minItems: 1,
    maxItems: 7,
    uniqueItems: true,
    description: 'ISO weekdays worked: 1 = Monday … 7 = Sunday.',
  }),
});
export type WorkingHours = Static<typeof WorkingHours>;
