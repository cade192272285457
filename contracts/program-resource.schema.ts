import { Type, type Static } from 'typebox';
import { ClosedObject, Id, Nullable, Timestamp, Version, VersionQuery } from './common.schema.js';

const Units = Type.Number({
  minimum: 0.01,
  maximum: 1000,
  description: '1 = one full-time resource; a pool may be more.',
});

/**
 * A resource of a plan file: linked to a person (`userId`, their assignments are the
 * person's task assignments) or kept without an account (its assignments are here).
 */
export const ProgramResource = ClosedObject({
  id: Id,
  programId: Id,
  name: Type.String(),
  userId: Nullable(Id),
  userName: Nullable(Type.String()),
  maxUnits: Type.Number(),
  calendarId: Nullable(Id),
  uid: Nullable(Type.Integer()),
  /** Its assignments kept here (a linked person's are their task assignments). */
  assignments: Type.Array(
    ClosedObject({ taskId: Id, taskName: Type.String(), units: Type.Number() }),
  ),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ProgramResource = Static<typeof ProgramResource>;
export const ProgramResourceList = ClosedObject({ items: Type.Array(ProgramResource) });

export const ProgramResourceUpdate = ClosedObject({
  version: Type.Optional(Version),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  maxUnits: Type.Optional(Units),
  calendarId: Type.Optional(Nullable(Id, { description: "One of the program's calendars." })),
  userId: Type.Optional(
    Type.String({
      format: 'uuid',
      description:
        "Link it to this person: its assignments become the person's task assignments (up to 200 % each). Linking is one way.",
    }),
  ),
});
export type ProgramResourceUpdate = Static<typeof ProgramResourceUpdate>;
export const ProgramResourceDeleteQuery = ClosedObject({ ...VersionQuery.properties });
