import { Type, type Static } from 'typebox';
import { ClosedObject, Timestamp } from './common.schema.js';

/** Returned once, when the feed is created or its secret rotated: the URL is the credential. */
export const CalendarFeed = ClosedObject({
  url: Type.String({ description: 'Absolute URL to subscribe to; shown only now.' }),
  path: Type.String({ description: 'The same URL without scheme and host.' }),
  createdAt: Timestamp,
});
export type CalendarFeed = Static<typeof CalendarFeed>;

export const CalendarFeedParams = ClosedObject({
  token: Type.String({ minLength: 1, maxLength: 200 }),
});
export type CalendarFeedParams = Static<typeof CalendarFeedParams>;
