import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { ErrorResponses, IdParams } from '../../../contracts/common.schema.js';
import {
  Agenda,
  AgendaQuery,
  OccurrenceList,
  OccurrenceQuery,
  OutcomeParams,
  Review,
  ReviewCreate,
  ReviewDeleteQuery,
  ReviewList,
  ReviewOutcome,
  ReviewOutcomeCreate,
  ReviewUpdate,
} from '../../../contracts/review.schema.js';
import type { Container } from '../../container.js';
import { expectedVersion } from '../../http/expected-version.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['reviews'];
const PORTFOLIO_NOTE =
  'A portfolio review (of no program) is changed by the one who created it, TPM managers and admins.';

export async function reviewRoutes(app: App, { services }: Container) {
  /** Runs after the program rule of the route and before the body is validated. */
  const portfolioGuard = async (req: FastifyRequest) =>
    services.reviews.assertMayChange(req.actor, (req.params as { id: string }).id);

  app.get('/api/reviews', {
    schema: {
      operationId: 'listReviews',
      tags,
      summary:
        'The reviews you can see: every portfolio review, and program reviews whose programs you can all read',
      response: { 200: ReviewList, ...ErrorResponses },
    },
    handler: (req) => services.reviews.list(contextOf(req)),
  });
  app.post('/api/reviews', {
    schema: {
      operationId: 'createReview',
      tags,
      summary: 'Set up a review of some programs (or of the whole portfolio), once or recurring',
      body: ReviewCreate,
      response: { 201: Review, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await services.reviews.create(contextOf(req), req.body)),
  });
  app.get('/api/reviews/:id', {
    schema: {
      operationId: 'getReview',
      tags,
      params: IdParams,
      response: { 200: Review, ...ErrorResponses },
    },
    handler: (req) => services.reviews.get(contextOf(req), req.params.id),
  });
  app.patch('/api/reviews/:id', {
    schema: {
      operationId: 'updateReview',
      tags,
      summary: 'Change a review: its title, programs, schedule or participants',
      description: PORTFOLIO_NOTE,
      params: IdParams,
      body: ReviewUpdate,
      response: { 200: Review, ...ErrorResponses },
    },
    preValidation: portfolioGuard,
    handler: (req) =>
      services.reviews.update(contextOf(req), req.params.id, expectedVersion(req), req.body),
  });
  app.delete('/api/reviews/:id', {
    schema: {
      operationId: 'deleteReview',
      tags,
      summary: 'Delete a review and its outcomes (decisions it recorded stay in the decision log)',
      description: PORTFOLIO_NOTE,
      params: IdParams,
      querystring: ReviewDeleteQuery,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    preValidation: portfolioGuard,
    handler: async (req, reply) => {
      await services.reviews.remove(contextOf(req), req.params.id, expectedVersion(req));
      return reply.status(204).send(null);
    },
  });
  app.get('/api/reviews/:id/occurrences', {
    schema: {
      operationId: 'listReviewOccurrences',
      tags,
      summary: 'The days the review meets, from today (or from) on',
      params: IdParams,
      querystring: OccurrenceQuery,
      response: { 200: OccurrenceList, ...ErrorResponses },
    },
    handler: (req) => services.reviews.occurrences(contextOf(req), req.params.id, req.query),
  });
  app.get('/api/reviews/:id/agenda', {
    schema: {
      operationId: 'getReviewAgenda',
      tags,
      summary:
        "One occurrence's agenda, generated from the programs' data, with carried-over items and the outcomes recorded",
      params: IdParams,
      querystring: AgendaQuery,
      response: { 200: Agenda, ...ErrorResponses },
    },
    handler: (req) => services.reviewAgendas.agenda(contextOf(req), req.params.id, req.query),
  });
  app.post('/api/reviews/:id/outcomes', {
    schema: {
      operationId: 'createReviewOutcome',
      tags,
      summary: 'Record a note, a decision or an action item against an agenda item',
      description:
        "A decision is also written, decided, into the decision log of the item's program (or the portfolio's).",
      params: IdParams,
      body: ReviewOutcomeCreate,
      response: { 201: ReviewOutcome, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply
        .status(201)
        .send(await services.reviewAgendas.addOutcome(contextOf(req), req.params.id, req.body)),
  });
  app.delete('/api/reviews/:id/outcomes/:outcomeId', {
    schema: {
      operationId: 'deleteReviewOutcome',
      tags,
      summary: 'Delete an outcome (a decision it recorded stays in the decision log)',
      params: OutcomeParams,
      querystring: ReviewDeleteQuery,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    handler: async (req, reply) => {
      await services.reviewAgendas.removeOutcome(
        contextOf(req),
        req.params.id,
        req.params.outcomeId,
        expectedVersion(req),
      );
      return reply.status(204).send(null);
    },
  });
}
