import { Type, type Static } from 'typebox';
import { ClosedObject, Id, Nullable, Timestamp, Version } from './common.schema.js';

/** The most questions one survey asks, and invitations one call sends. */
export const SURVEY_QUESTIONS_MAX = 30;
export const SURVEY_INVITATIONS_MAX = 200;
/** How long a survey link works. */
export const SURVEY_LINK_DAYS = 30;
/** The highest point a scale question may have. */
export const SURVEY_SCALE_MAX = 10;

export const QuestionId = Type.String({
  pattern: '^[a-z][a-z0-9_]{0,39}$',
  description: 'The question’s id within its survey (lower case, digits, underscores).',
});

export const SurveyQuestionKind = Type.Enum(['scale', 'text'], {
  description: 'scale: an integer from min to max; text: a free answer.',
});
export type SurveyQuestionKind = Static<typeof SurveyQuestionKind>;

export const SurveyQuestionInput = ClosedObject({
  id: QuestionId,
  text: Type.String({ minLength: 1, maxLength: 500 }),
  kind: Type.Optional(SurveyQuestionKind),
  min: Type.Optional(
    Type.Integer({ minimum: 0, maximum: SURVEY_SCALE_MAX, description: 'Default 1.' }),
  ),
  max: Type.Optional(
    Type.Integer({ minimum: 1, maximum: SURVEY_SCALE_MAX, description: 'Default 5.' }),
  ),
  required: Type.Optional(
    Type.Boolean({ description: 'Default: true for scale questions, false for text.' }),
  ),
});
export type SurveyQuestionInput = Static<typeof SurveyQuestionInput>;

export const SurveyQuestion = ClosedObject({
  id: Type.String(),
  text: Type.String(),
  kind: SurveyQuestionKind,
  min: Nullable(Type.Integer(), { description: 'null for text questions.' }),
  max: Nullable(Type.Integer(), { description: 'null for text questions.' }),
  required: Type.Boolean(),
});
export type SurveyQuestion = Static<typeof SurveyQuestion>;

export const SURVEY_SEND_TRIGGERS = [
  'manual',
  'milestone_achieved',
  'program_completed',
  'quarterly',
] as const;
export const SurveySendTrigger = Type.Enum([...SURVEY_SEND_TRIGGERS], {
  description:
    'manual (the default): only invitations you send. milestone_achieved: to the recipients each time a milestone of its program is achieved; program_completed: once, when its program is completed; quarterly: on the first day of each fiscal quarter. Each occasion is sent once.',
});
export type SurveySendTrigger = Static<typeof SurveySendTrigger>;

const Email = Type.String({ format: 'email', minLength: 3, maxLength: 320 });

const writable = {
  title: Type.String({ minLength: 1, maxLength: 300 }),
  questions: Type.Optional(
    Type.Array(SurveyQuestionInput, {
      minItems: 1,
      maxItems: SURVEY_QUESTIONS_MAX,
      description:
        'Default: satisfaction, communication and responsiveness on 1–5. Every survey also has a free comment. Once answered, ids and scales are frozen: text may change and questions may be added.',
    }),
  ),
  anonymous: Type.Optional(
    Type.Boolean({
      description:
        'Answers are not linked to the invitation, so nobody can tell who said what. Fixed once invitations exist.',
    }),
  ),
  sendTrigger: Type.Optional(SurveySendTrigger),
  recipients: Type.Optional(
    Type.Array(Email, {
      maxItems: SURVEY_INVITATIONS_MAX,
      description: 'Stakeholder e-mails the automatic sending invites.',
    }),
  ),
};

export const SurveyCreate = ClosedObject({
  ...writable,
  programId: Type.Optional(
    Nullable(Id, { description: 'The program asked about; none for the portfolio.' }),
  ),
});
export type SurveyCreate = Static<typeof SurveyCreate>;

/** Changes only the fields named. */
export const SurveyUpdate = ClosedObject({
  version: Type.Optional(Version),
  ...writable,
  title: Type.Optional(writable.title),
});
export type SurveyUpdate = Static<typeof SurveyUpdate>;

export const Survey = ClosedObject({
  id: Id,
  programId: Nullable(Id),
  programName: Nullable(Type.String()),
  title: Type.String(),
  anonymous: Type.Boolean(),
  questions: Type.Array(SurveyQuestion),
  sendTrigger: SurveySendTrigger,
  recipients: Type.Array(Type.String()),
  invited: Type.Integer({ description: 'Invitations sent.' }),
  responses: Type.Integer({ description: 'Answers received.' }),
  createdById: Nullable(Id),
  version: Type.Integer(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Survey = Static<typeof Survey>;

export const SurveyList = ClosedObject({ items: Type.Array(Survey) });
export type SurveyList = Static<typeof SurveyList>;

export const SurveyListQuery = ClosedObject({
  programId: Type.Optional(Id),
});
export type SurveyListQuery = Static<typeof SurveyListQuery>;

export const SurveyInvite = ClosedObject({
  emails: Type.Array(Email, {
    minItems: 1,
    maxItems: SURVEY_INVITATIONS_MAX,
    description: 'One link per address; the same address twice in one call is refused.',
  }),
});
export type SurveyInvite = Static<typeof SurveyInvite>;

export const SurveyInvitation = ClosedObject({
  email: Type.String(),
  token: Type.String({ description: 'The link’s secret (256 bits); only its hash is stored.' }),
  url: Type.String({ description: 'The page that answers the survey, without an account.' }),
  expiresAt: Timestamp,
});
export type SurveyInvitation = Static<typeof SurveyInvitation>;

export const SurveyInvitationList = ClosedObject({
  items: Type.Array(SurveyInvitation),
  emailed: Type.Boolean({ description: 'Whether the links are also e-mailed (e-mail is set up).' }),
});
export type SurveyInvitationList = Static<typeof SurveyInvitationList>;

export const ScaleCount = ClosedObject({ value: Type.Integer(), count: Type.Integer() });

export const QuestionResult = ClosedObject({
  id: Type.String(),
  text: Type.String(),
  kind: SurveyQuestionKind,
  answered: Type.Integer({ description: 'Responses that answered it.' }),
  distribution: Type.Array(ScaleCount, {
    description: 'Scale questions: how many chose each point, min to max; empty for text.',
  }),
  mean: Nullable(Type.Number(), { description: 'Scale questions; null with no answers.' }),
  texts: Type.Array(Type.String(), { description: 'Text questions: the answers, newest first.' }),
});
export type QuestionResult = Static<typeof QuestionResult>;

export const SurveyComment = ClosedObject({
  text: Type.String(),
  submittedAt: Timestamp,
  email: Nullable(Type.String(), {
    description: 'Who wrote it; always null for anonymous surveys.',
  }),
});

export const SurveyResults = ClosedObject({
  surveyId: Id,
  title: Type.String(),
  anonymous: Type.Boolean(),
  invited: Type.Integer(),
  responses: Type.Integer(),
  responseRate: Nullable(Type.Number(), {
    description: 'responses / invited, in [0, 1]; null when nobody was invited.',
  }),
  questions: Type.Array(QuestionResult),
  comments: Type.Array(SurveyComment, { description: 'Newest first.' }),
});
export type SurveyResults = Static<typeof SurveyResults>;

export const SurveyTokenParams = ClosedObject({
  token: Type.String({ minLength: 8, maxLength: 200 }),
});

/** What a survey link shows, to anyone holding it: nothing but the questions. */
export const PublicSurvey = ClosedObject({
  title: Type.String(),
  programName: Nullable(Type.String()),
  questions: Type.Array(SurveyQuestion),
});
export type PublicSurvey = Static<typeof PublicSurvey>;

export const SurveyAnswer = ClosedObject({
  answers: Type.Record(
    Type.String({ maxLength: 40 }),
    Type.Union([Type.Integer({ minimum: -1000, maximum: 1000 }), Type.String({ maxLength: 2000 })]),
    { maxProperties: SURVEY_QUESTIONS_MAX, description: '{questionId: value}' },
  ),
  comment: Type.Optional(Nullable(Type.String({ maxLength: 5000 }))),
});
export type SurveyAnswer = Static<typeof SurveyAnswer>;

export const SurveyAnswered = ClosedObject({ submittedAt: Timestamp });
export type SurveyAnswered = Static<typeof SurveyAnswered>;
