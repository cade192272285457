import { Type, type Static } from 'typebox';
import { ClosedObject, Id, Nullable, Timestamp, Version, VersionQuery } from './common.schema.js';

export const LEVEL_PATHS = ['individual', 'manager'] as const;
export const ASSESSMENT_KINDS = ['self', 'manager'] as const;

export const CareerTrack = ClosedObject({
  id: Id,
  key: Type.String(),
  name: Type.String(),
  description: Type.String(),
  version: Version,
});
export type CareerTrack = Static<typeof CareerTrack>;

export const CareerLevel = ClosedObject({
  id: Id,
  key: Type.String(),
  name: Type.String(),
  path: Type.Enum([...LEVEL_PATHS]),
  grade: Type.Integer(),
  summary: Type.String(),
  /** The level above on the same path; null at the top. */
  nextLevelId: Nullable(Id),
  version: Version,
});
export type CareerLevel = Static<typeof CareerLevel>;

export const CompetencyExpectation = ClosedObject({
  id: Id,
  levelId: Id,
  expectation: Type.String(),
  version: Version,
});
export type CompetencyExpectation = Static<typeof CompetencyExpectation>;

export const Competency = ClosedObject({
  id: Id,
  name: Type.String(),
  description: Type.String(),
  sortOrder: Type.Integer(),
  version: Version,
  expectations: Type.Array(CompetencyExpectation),
});
export type Competency = Static<typeof Competency>;

export const CareerLadder = ClosedObject({
  tracks: Type.Array(CareerTrack),
  levels: Type.Array(CareerLevel, { description: 'By path, then grade.' }),
  competencies: Type.Array(Competency),
});
export type CareerLadder = Static<typeof CareerLadder>;

export const CompetencyCreate = ClosedObject({
  name: Type.String({ minLength: 1, maxLength: 120 }),
  description: Type.Optional(Type.String({ maxLength: 2000 })),
  sortOrder: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
});
export type CompetencyCreate = Static<typeof CompetencyCreate>;
export const CompetencyUpdate = ClosedObject({
  version: Type.Optional(Version),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
  description: Type.Optional(Type.String({ maxLength: 2000 })),
  sortOrder: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
});
export type CompetencyUpdate = Static<typeof CompetencyUpdate>;
export const CompetencyDeleteQuery = ClosedObject({
  ...VersionQuery.properties,
  withAssessments: Type.Optional(
    Type.Boolean({
      description:
        'Also delete the self and manager assessments people made against it. Without it, a competency someone was assessed on is refused (409 in_use). Its expectations per level always go with it.',
    }),
  ),
});
export type CompetencyDeleteQuery = Static<typeof CompetencyDeleteQuery>;

export const ExpectationSet = ClosedObject({
  expectation: Type.String({ minLength: 1, maxLength: 2000 }),
});
export type ExpectationSet = Static<typeof ExpectationSet>;
export const ExpectationParams = ClosedObject({ id: Id, levelId: Id });

export const LevelUpdate = ClosedObject({
  version: Type.Optional(Version),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
  summary: Type.Optional(Type.String({ maxLength: 2000 })),
});
export type LevelUpdate = Static<typeof LevelUpdate>;

/** A track's key is what imports and the seed match on; its name and description are words. */
export const TrackUpdate = ClosedObject({
  version: Type.Optional(Version),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
  description: Type.Optional(Type.String({ maxLength: 2000 })),
});
export type TrackUpdate = Static<typeof TrackUpdate>;

/** Keys are what imports and the seed match on: lower-case words joined by underscores. */
const LadderKey = Type.String({
  pattern: '^[a-z][a-z0-9_]{1,39}$',
  description: 'Stable key, e.g. staff_tpm: a lower-case letter, then 1–39 letters, digits or _.',
});

export const TrackCreate = ClosedObject({
  key: LadderKey,
  name: Type.String({ minLength: 1, maxLength: 120 }),
  description: Type.Optional(Type.String({ maxLength: 2000 })),
});
export type TrackCreate = Static<typeof TrackCreate>;

export const LevelCreate = ClosedObject({
  key: LadderKey,
  name: Type.String({ minLength: 1, maxLength: 120 }),
  path: Type.Enum([...LEVEL_PATHS]),
  grade: Type.Integer({
    minimum: 1,
    maximum: 20,
    description: 'Job grade; one level per grade on each path.',
  }),
  summary: Type.Optional(Type.String({ maxLength: 2000 })),
});
export type LevelCreate = Static<typeof LevelCreate>;

export const LevelDeleteQuery = ClosedObject({
  ...VersionQuery.properties,
  withExpectations: Type.Optional(
    Type.Boolean({
      description:
        'Also delete what each competency expects at this level. Without it, a level with expectations is refused (409 in_use).',
    }),
  ),
  withAssessments: Type.Optional(
    Type.Boolean({
      description:
        'Also delete the self and manager assessments people made at this level. Without it, a level someone was assessed at is refused (409 in_use). People on the level or roles planned at it always refuse the delete: move them first.',
    }),
  ),
});
export type LevelDeleteQuery = Static<typeof LevelDeleteQuery>;

const Rating = Type.Integer({
  minimum: 1,
  maximum: 4,
  description: '1 = not yet, 2 = partly, 3 = meets, 4 = exceeds.',
});

export const Assessment = ClosedObject({
  id: Id,
  personId: Id,
  competencyId: Id,
  levelId: Id,
  kind: Type.Enum([...ASSESSMENT_KINDS]),
  rating: Rating,
  evidenceUrls: Type.Array(Type.String()),
  note: Type.String(),
  assessedById: Nullable(Id),
  version: Version,
  updatedAt: Timestamp,
});
export type Assessment = Static<typeof Assessment>;

export const AssessmentPut = ClosedObject({
  competencyId: Id,
  levelId: Id,
  kind: Type.Enum([...ASSESSMENT_KINDS]),
  rating: Rating,
  evidenceUrls: Type.Optional(
    Type.Array(Type.String({ format: 'uri', maxLength: 2000 }), { maxItems: 20 }),
  ),
  note: Type.Optional(Type.String({ maxLength: 4000 })),
});
export type AssessmentPut = Static<typeof AssessmentPut>;

/** How far a person is from the next level: manager ratings of its competencies. */
export const PromotionReadiness = ClosedObject({
  personId: Id,
  personName: Type.String(),
  currentLevelId: Nullable(Id),
  nextLevelId: Nullable(Id),
  competencyCount: Type.Integer(),
  /** Competencies of the next level the manager rated meets or exceeds. */
  metByManager: Type.Integer(),
  metBySelf: Type.Integer(),
  /** metByManager / competencyCount; null without a next level. */
  readiness: Nullable(Type.Number()),
  ready: Type.Boolean(),
});
export type PromotionReadiness = Static<typeof PromotionReadiness>;

export const PersonAssessments = ClosedObject({
  personId: Id,
  currentLevelId: Nullable(Id),
  nextLevelId: Nullable(Id),
  items: Type.Array(Assessment),
  readiness: PromotionReadiness,
});
export type PersonAssessments = Static<typeof PersonAssessments>;

export const ReadinessList = ClosedObject({ items: Type.Array(PromotionReadiness) });
export type ReadinessList = Static<typeof ReadinessList>;
