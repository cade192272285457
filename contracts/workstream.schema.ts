import { Type, type Static } from 'typebox';
import { ClosedObject, Id, Nullable, Timestamp, Version } from './common.schema.js';

const Name = Type.String({ minLength: 1, maxLength: 200 });
// The column is a PostgreSQL integer; a larger number is a 400, not a 500.
const SortOrder = Type.Integer({ minimum: -2147483648, maximum: 2147483647 });

export const Workstream = ClosedObject({
  id: Id,
  programId: Id,
  name: Name,
  description: Type.String(),
  leadId: Nullable(Id),
  sortOrder: Type.Integer(),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Workstream = Static<typeof Workstream>;

const fields = {
  description: Type.Optional(Type.String({ maxLength: 10000 })),
  leadId: Type.Optional(Nullable(Id)),
  sortOrder: Type.Optional(SortOrder),
};
export const WorkstreamCreate = ClosedObject({ name: Name, ...fields });
export type WorkstreamCreate = Static<typeof WorkstreamCreate>;
export const WorkstreamUpdate = ClosedObject({
  version: Type.Optional(Version),
  name: Type.Optional(Name),
  ...fields,
});
export type WorkstreamUpdate = Static<typeof WorkstreamUpdate>;
export const WorkstreamList = ClosedObject({ items: Type.Array(Workstream) });
