import { Type, type Static } from 'typebox';
import { ClosedObject, Id, Timestamp, Version } from './common.schema.js';
import { WorkingHours } from './working-hours.schema.js';

const Name = Type.String({ minLength: 1, maxLength: 120 });
export const Team = ClosedObject({
  id: Id,
  name: Name,
  description: Type.String(),
  workingHours: WorkingHours,
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Team = Static<typeof Team>;
export const TeamCreate = ClosedObject({
  name: Name,
  description: Type.Optional(Type.String({ maxLength: 5000 })),
  workingHours: Type.Optional(WorkingHours),
});
export type TeamCreate = Static<typeof TeamCreate>;
export const TeamUpdate = ClosedObject({
  version: Type.Optional(Version),
  name: Type.Optional(Name),
  description: Type.Optional(Type.String({ maxLength: 5000 })),
  workingHours: Type.Optional(WorkingHours),
});
export type TeamUpdate = Static<typeof TeamUpdate>;
export const TeamList = ClosedObject({ items: Type.Array(Team) });
