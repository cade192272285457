import { Type, type Static } from 'typebox';
import { ClosedObject, Id, IsoDate, Nullable, Timestamp, Version } from './common.schema.js';

export const POST_MORTEM_STATUSES = ['draft', 'published'] as const;
export const PostMortemStatus = Type.Enum([...POST_MORTEM_STATUSES], {
  description: 'draft (editable, deletable) → published (history: nothing changes after).',
});
export type PostMortemStatus = Static<typeof PostMortemStatus>;

/** Sections whose content is a field of the post-mortem itself rather than of `sections`. */
export const BOUND_SECTION_IDS = ['wentWell', 'didNotGoWell', 'rootCauses'] as const;
export type BoundSectionId = (typeof BOUND_SECTION_IDS)[number];

export const POST_MORTEM_LIST_MAX = 100;
export const POST_MORTEM_SECTIONS_MAX = 20;

export const PostMortemItem = ClosedObject({
  text: Type.String({ minLength: 1, maxLength: 2000 }),
  category: Type.Optional(
    Nullable(Type.String({ minLength: 1, maxLength: 60 }), {
      description: 'A label to group by, e.g. "process", "tooling", "estimation".',
    }),
  ),
});
export type PostMortemItem = Static<typeof PostMortemItem>;

const ItemList = (description: string) =>
  Type.Array(PostMortemItem, { maxItems: POST_MORTEM_LIST_MAX, description });

export const SectionKind = Type.Enum(['list', 'text'], {
  description: 'list: items of {text, category}; text: one free text.',
});

export const TemplateSection = ClosedObject({
  id: Type.String({
    pattern: '^[A-Za-z][A-Za-z0-9_-]{0,39}$',
    description: `A stable key. ${BOUND_SECTION_IDS.join(', ')} hold their content in the post-mortem's fields of that name.`,
  }),
  title: Type.String({ minLength: 1, maxLength: 120 }),
  prompt: Type.String({ maxLength: 1000, description: 'The question the section answers.' }),
  kind: SectionKind,
});
export type TemplateSection = Static<typeof TemplateSection>;

export const PostMortemTemplate = ClosedObject({
  sections: Type.Array(TemplateSection),
  version: Version,
  updatedAt: Timestamp,
});
export type PostMortemTemplate = Static<typeof PostMortemTemplate>;

export const PostMortemTemplateUpdate = ClosedObject({
  version: Type.Optional(Version),
  sections: Type.Array(TemplateSection, { minItems: 1, maxItems: POST_MORTEM_SECTIONS_MAX }),
});
export type PostMortemTemplateUpdate = Static<typeof PostMortemTemplateUpdate>;

/** A section as the post-mortem copied it from the template, with its content. */
export const PostMortemSection = ClosedObject({
  ...TemplateSection.properties,
  items: Type.Array(PostMortemItem, {
    description: 'A list section’s items (empty for bound sections: see their fields).',
  }),
  text: Nullable(Type.String(), { description: 'A text section’s text.' }),
});
export type PostMortemSection = Static<typeof PostMortemSection>;

export const SectionContent = ClosedObject({
  id: TemplateSection.properties.id,
  items: Type.Optional(ItemList('Replaces a list section’s items.')),
  text: Type.Optional(Nullable(Type.String({ maxLength: 20000 }))),
});
export type SectionContent = Static<typeof SectionContent>;

const writable = {
  title: Type.String({ minLength: 1, maxLength: 300 }),
  periodFrom: Type.Optional(IsoDate),
  periodTo: Type.Optional(IsoDate),
  wentWell: Type.Optional(ItemList('What went well; replaces the list.')),
  didNotGoWell: Type.Optional(ItemList('What did not go well; replaces the list.')),
  rootCauses: Type.Optional(ItemList('Root causes, each with a category; replaces the list.')),
  sectionContent: Type.Optional(
    Type.Array(SectionContent, {
      maxItems: POST_MORTEM_SECTIONS_MAX,
      description:
        'Content of free sections (see `sections`), by id; sections not named keep theirs.',
    }),
  ),
  facilitatorId: Type.Optional(
    Nullable(Id, { description: 'An active account; defaults to the caller on create.' }),
  ),
  participantIds: Type.Optional(
    Type.Array(Id, { maxItems: 100, uniqueItems: true, description: 'Active accounts.' }),
  ),
};

export const PostMortemCreate = ClosedObject({
  ...writable,
  periodFrom: Type.Optional(
    Type.String({
      format: 'date',
      description:
        "First day covered; defaults to the program's start (or the day it was created).",
    }),
  ),
  periodTo: Type.Optional(
    Type.String({
      format: 'date',
      description: "Last day covered; defaults to the program's today.",
    }),
  ),
});
export type PostMortemCreate = Static<typeof PostMortemCreate>;

/** Changes only the fields it names; a published post-mortem is refused (409). */
export const PostMortemUpdate = ClosedObject({
  version: Type.Optional(Version),
  ...writable,
  title: Type.Optional(writable.title),
});
export type PostMortemUpdate = Static<typeof PostMortemUpdate>;

export const PostMortem = ClosedObject({
  id: Id,
  programId: Id,
  programName: Type.String(),
  title: Type.String(),
  status: PostMortemStatus,
  periodFrom: IsoDate,
  periodTo: IsoDate,
  wentWell: Type.Array(PostMortemItem),
  didNotGoWell: Type.Array(PostMortemItem),
  rootCauses: Type.Array(PostMortemItem),
  sections: Type.Array(PostMortemSection),
  facilitatorId: Nullable(Id),
  facilitatorName: Nullable(Type.String()),
  participantIds: Type.Array(Id),
  participants: Type.Array(ClosedObject({ id: Id, name: Type.String() })),
  publishedAt: Nullable(Timestamp),
  publishedById: Nullable(Id),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type PostMortem = Static<typeof PostMortem>;

export const PostMortemList = ClosedObject({ items: Type.Array(PostMortem) });
export type PostMortemList = Static<typeof PostMortemList>;

export const PostMortemPublish = ClosedObject({ version: Type.Optional(Version) });
export const PostMortemDeleteQuery = ClosedObject({
  version: Type.Optional(Version),
});

export const TIMELINE_KINDS = [
  'baseline',
  'milestone_slip',
  'milestone_completed',
  'change_request',
  'risk_occurred',
  'decision',
  'issue',
] as const;

export const TimelineEvent = ClosedObject({
  at: Timestamp,
  kind: Type.Enum([...TIMELINE_KINDS]),
  title: Type.String(),
  detail: Type.String(),
  subjectId: Type.String({ description: 'The row it is about (milestone, risk, decision…).' }),
});
export type TimelineEvent = Static<typeof TimelineEvent>;

export const PostMortemTimeline = ClosedObject({
  postMortemId: Id,
  snapshot: Type.Boolean({
    description: 'true: stored when published; false: computed now from the program’s history.',
  }),
  events: Type.Array(TimelineEvent),
});
export type PostMortemTimeline = Static<typeof PostMortemTimeline>;
