import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { ErrorResponses, IdParams, VersionQuery } from '../../../contracts/common.schema.js';
import {
  PublicSurvey,
  Survey,
  SurveyAnswer,
  SurveyAnswered,
  SurveyCreate,
  SurveyInvitationList,
  SurveyInvite,
  SurveyList,
  SurveyListQuery,
  SurveyResults,
  SurveyTokenParams,
  SurveyUpdate,
  SURVEY_LINK_DAYS,
} from '../../../contracts/survey.schema.js';
import type { Container } from '../../container.js';
import { expectedVersion } from '../../http/expected-version.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['surveys'];
const originOf = (req: FastifyRequest) => `${req.protocol}://${req.host}`;
const PUBLIC_NOTE =
  'Needs no account: the link’s secret is the credential. Like every route that needs no account, it has the per-address public rate limit. An unknown or expired link is 404; a link already answered is 409 `survey_link_used`.';
const PORTFOLIO_NOTE = 'A survey of no program is changed only by TPM managers and admins.';
/**
 * Answers per window from one address, counted apart from the other public routes:
 * guessing links or stuffing answers meets this long before the general public limit.
 */
export const SURVEY_ANSWERS_PER_WINDOW = 10;

export async function surveyRoutes(app: App, { services, http }: Container) {
  const answerLimit = http.rateLimits
    ? {
        rateLimit: {
          max: Math.min(SURVEY_ANSWERS_PER_WINDOW, http.rateLimits.publicPerAddress),
          groupId: 'survey-answers',
        },
      }
    : {};
  const portfolioGuard = async (req: FastifyRequest) =>
    services.surveys.assertMayChange(req.actor, (req.params as { id: string }).id);

  app.get('/api/surveys', {
    schema: {
      operationId: 'listSurveys',
      tags,
      summary: 'Surveys of the programs you can see, and those of no program; newest first',
      querystring: SurveyListQuery,
      response: { 200: SurveyList, ...ErrorResponses },
    },
    handler: (req) => services.surveys.list(contextOf(req), req.query),
  });
  app.post('/api/surveys', {
    schema: {
      operationId: 'createSurvey',
      tags,
      summary:
        'Make a satisfaction survey (by default: satisfaction, communication, responsiveness on 1–5, and a comment)',
      description: PORTFOLIO_NOTE,
      body: SurveyCreate,
      response: { 201: Survey, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await services.surveys.create(contextOf(req), req.body)),
  });
  app.get('/api/surveys/:id', {
    schema: {
      operationId: 'getSurvey',
      tags,
      params: IdParams,
      response: { 200: Survey, ...ErrorResponses },
    },
    handler: (req) => services.surveys.get(contextOf(req), req.params.id),
  });
  app.patch('/api/surveys/:id', {
    schema: {
      operationId: 'updateSurvey',
      tags,
      summary: 'Change a survey: its title, question text, more questions, automatic sending',
      description: `Once answered, question ids and scales are frozen (409 \`survey_answered\`). ${PORTFOLIO_NOTE}`,
      params: IdParams,
      body: SurveyUpdate,
      response: { 200: Survey, ...ErrorResponses },
    },
    preValidation: portfolioGuard,
    handler: (req) =>
      services.surveys.update(contextOf(req), req.params.id, expectedVersion(req), req.body),
  });
  app.delete('/api/surveys/:id', {
    schema: {
      operationId: 'deleteSurvey',
      tags,
      summary: 'Delete a survey with its invitations and answers',
      description: PORTFOLIO_NOTE,
      params: IdParams,
      querystring: VersionQuery,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    preValidation: portfolioGuard,
    handler: async (req, reply) => {
      await services.surveys.remove(contextOf(req), req.params.id, expectedVersion(req));
      return reply.status(204).send(null);
    },
  });
  app.post('/api/surveys/:id/invitations', {
    schema: {
      operationId: 'inviteToSurvey',
      tags,
      summary: 'Make one answer link per e-mail address',
      description: `Each link works once and for ${SURVEY_LINK_DAYS} days. The links are in the answer (to copy) and, when e-mail is set up, e-mailed. ${PORTFOLIO_NOTE}`,
      params: IdParams,
      body: SurveyInvite,
      response: { 201: SurveyInvitationList, ...ErrorResponses },
    },
    preValidation: portfolioGuard,
    handler: async (req, reply) =>
      reply
        .status(201)
        .send(
          await services.surveys.invite(
            contextOf(req),
            req.params.id,
            req.body.emails,
            originOf(req),
          ),
        ),
  });
  app.get('/api/surveys/:id/results', {
    schema: {
      operationId: 'getSurveyResults',
      tags,
      summary: 'Responses, response rate, the distribution and mean per question, and comments',
      description: 'Anonymous surveys never show e-mail addresses.',
      params: IdParams,
      response: { 200: SurveyResults, ...ErrorResponses },
    },
    handler: (req) => services.surveys.results(contextOf(req), req.params.id),
  });
  app.get('/api/survey-responses/:token', {
    config: { public: true },
    schema: {
      operationId: 'getPublicSurvey',
      tags,
      summary: 'The questions a survey link asks',
      description: PUBLIC_NOTE,
      security: [],
      params: SurveyTokenParams,
      response: { 200: PublicSurvey, ...ErrorResponses },
    },
    handler: (req) => services.surveys.publicSurvey(req.params.token),
  });
  app.post('/api/survey-responses/:token', {
    config: { public: true, ...answerLimit },
    schema: {
      operationId: 'answerSurvey',
      tags,
      summary: 'Answer a survey through its link, once',
      description: `${PUBLIC_NOTE} At most ${SURVEY_ANSWERS_PER_WINDOW} answers a minute from one address. An unknown question or a point off its scale is 400 naming \`body.answers.<questionId>\`; so is a required question left out.`,
      security: [],
      params: SurveyTokenParams,
      body: SurveyAnswer,
      response: { 201: SurveyAnswered, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await services.surveys.answer(req.params.token, req.body)),
  });
}
