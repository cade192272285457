import { Type, type Static } from 'typebox';
import {
  ClosedObject,
  Id,
  IsoDate,
  Nullable,
  Page,
  Pagination,
  Timestamp,
  Version,
} from './common.schema.js';

export const ACTION_ITEM_STATUSES = ['open', 'done', 'cancelled'] as const;
export const ActionItemStatus = Type.Enum([...ACTION_ITEM_STATUSES], {
  description:
    'open (the default) → done (sets completedAt) or cancelled; done or cancelled may reopen.',
});
export type ActionItemStatus = Static<typeof ActionItemStatus>;

export const ACTION_ITEM_SOURCE_KINDS = [
  'review',
  'post_mortem',
  'status_report',
  'risk',
  'manual',
] as const;
export const ActionItemSourceKind = Type.Enum([...ACTION_ITEM_SOURCE_KINDS], {
  description:
    'Where the item came from; manual (the default) names no source, every other kind names its row in sourceId.',
});
export type ActionItemSourceKind = Static<typeof ActionItemSourceKind>;

const Title = Type.String({ minLength: 1, maxLength: 300 });
const Notes = Nullable(Type.String({ maxLength: 10000 }), { description: 'Free text.' });

export const ActionItemCreate = ClosedObject({
  title: Title,
  ownerId: Type.Optional(Id),
  dueDate: Type.Optional(Nullable(IsoDate)),
  notes: Type.Optional(Notes),
  programId: Type.Optional(
    Nullable(Id, { description: 'The program it belongs to; left out or null: the portfolio.' }),
  ),
  sourceKind: Type.Optional(ActionItemSourceKind),
  sourceId: Type.Optional(
    Nullable(Id, { description: 'The row it came from (a risk of the program, a review…).' }),
  ),
});
export type ActionItemCreate = Static<typeof ActionItemCreate>;

/** Changes only the fields it names. The owner of an item may change its status alone. */
export const ActionItemUpdate = ClosedObject({
  version: Type.Optional(Version),
  title: Type.Optional(Title),
  ownerId: Type.Optional(Id),
  dueDate: Type.Optional(Nullable(IsoDate)),
  notes: Type.Optional(Notes),
  status: Type.Optional(ActionItemStatus),
});
export type ActionItemUpdate = Static<typeof ActionItemUpdate>;

export const ActionItem = ClosedObject({
  id: Id,
  programId: Nullable(Id, { description: 'null: a portfolio item, of no program.' }),
  programName: Nullable(Type.String()),
  title: Type.String(),
  notes: Nullable(Type.String()),
  ownerId: Id,
  ownerName: Type.String(),
  createdById: Nullable(Id),
  dueDate: Nullable(IsoDate),
  status: ActionItemStatus,
  completedAt: Nullable(Timestamp),
  overdue: Type.Boolean({
    description:
      "Open and due before today: the program's today, or the owner's for a portfolio item.",
  }),
  sourceKind: ActionItemSourceKind,
  sourceId: Nullable(Id),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ActionItem = Static<typeof ActionItem>;

export const ACTION_ITEM_STATES = ['open', 'done', 'cancelled', 'overdue'] as const;
const listFilters = {
  state: Type.Optional(
    Type.Enum([...ACTION_ITEM_STATES], {
      description: 'overdue: open items due before their today.',
    }),
  ),
  ownerId: Type.Optional(
    Type.Union([Id, Type.Literal('me')], { description: 'An account id, or me.' }),
  ),
  sourceKind: Type.Optional(ActionItemSourceKind),
  sourceId: Type.Optional(Id),
  ...Pagination,
};
export const ActionItemQuery = ClosedObject({
  ...listFilters,
  programId: Type.Optional(Id),
});
export type ActionItemQuery = Static<typeof ActionItemQuery>;
export const ProgramActionItemQuery = ClosedObject(listFilters);
export type ProgramActionItemQuery = Static<typeof ProgramActionItemQuery>;

export const ActionItemPage = Page(ActionItem);
export type ActionItemPage = Static<typeof ActionItemPage>;
