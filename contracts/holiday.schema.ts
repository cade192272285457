import { Type, type Static } from 'typebox';
import { ClosedObject, Id, IsoDate, Timestamp, Version } from './common.schema.js';

/** A day nobody in the organization works; every schedule and capacity calendar skips it. */
export const Holiday = ClosedObject({
  id: Id,
  day: IsoDate,
  name: Type.String({ minLength: 1, maxLength: 120 }),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Holiday = Static<typeof Holiday>;

export const HolidayCreate = ClosedObject({
  day: IsoDate,
  name: Type.String({ minLength: 1, maxLength: 120 }),
});
export type HolidayCreate = Static<typeof HolidayCreate>;
/** Changes only the fields it names. */
export const HolidayUpdate = ClosedObject({
  version: Type.Optional(Version),
  day: Type.Optional(IsoDate),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
});
export type HolidayUpdate = Static<typeof HolidayUpdate>;

export const HolidayList = ClosedObject({ items: Type.Array(Holiday) });
