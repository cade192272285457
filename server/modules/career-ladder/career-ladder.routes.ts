import { Type } from 'typebox';
import {
  Assessment,
  AssessmentPut,
  CareerLadder,
  CareerLevel,
  Competency,
  CompetencyCreate,
  CompetencyDeleteQuery,
  CompetencyUpdate,
  ExpectationParams,
  ExpectationSet,
  LevelCreate,
  LevelDeleteQuery,
  LevelUpdate,
  TrackCreate,
  CareerTrack,
  TrackUpdate,
  PersonAssessments,
  ReadinessList,
} from '../../../contracts/career-ladder.schema.js';
import {
  ClosedObject,
  ErrorResponses,
  Id,
  IdParams,
  VersionQuery,
} from '../../../contracts/common.schema.js';
import type { Container } from '../../container.js';
import { expectedVersion } from '../../http/expected-version.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['career-ladder'];

export async function careerLadderRoutes(app: App, { services }: Container) {
  const ladder = services.careerLadder;
  app.get('/api/career-ladder', {
    schema: {
      operationId: 'getCareerLadder',
      tags,
      summary: 'Tracks, levels with grades, competencies with the expectation at each level',
      response: { 200: CareerLadder, ...ErrorResponses },
    },
    handler: () => ladder.get(),
  });
  app.post('/api/career-ladder/competencies', {
    schema: {
      operationId: 'createCompetency',
      tags,
      summary: 'Add a competency (admin)',
      body: CompetencyCreate,
      response: { 201: Competency, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await ladder.createCompetency(contextOf(req), req.body)),
  });
  app.patch('/api/career-ladder/competencies/:id', {
    schema: {
      operationId: 'updateCompetency',
      tags,
      summary: 'Rename or reorder a competency (admin)',
      params: IdParams,
      body: CompetencyUpdate,
      response: { 200: Competency, ...ErrorResponses },
    },
    handler: (req) =>
      ladder.updateCompetency(contextOf(req), req.params.id, expectedVersion(req), req.body),
  });
  app.delete('/api/career-ladder/competencies/:id', {
    schema: {
      operationId: 'deleteCompetency',
      tags,
      summary:
        'Delete a competency and its expectations (admin); refused (409 in_use) while people have assessments on it unless withAssessments=true',
      params: IdParams,
      querystring: CompetencyDeleteQuery,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    handler: async (req, reply) => {
      await ladder.removeCompetency(
        contextOf(req),
        req.params.id,
        expectedVersion(req),
        req.query.withAssessments === true,
      );
      return reply.status(204).send(null);
    },
  });
  app.put('/api/career-ladder/competencies/:id/expectations/:levelId', {
    schema: {
      operationId: 'setCompetencyExpectation',
      tags,
      summary: 'Set what a competency expects at a level (admin)',
      params: ExpectationParams,
      body: ExpectationSet,
      response: { 200: Competency, ...ErrorResponses },
    },
    handler: (req) =>
      ladder.setExpectation(
        contextOf(req),
        req.params.id,
        req.params.levelId,
        req.body.expectation,
      ),
  });
  app.post('/api/career-ladder/tracks', {
    schema: {
      operationId: 'createCareerTrack',
      tags,
      summary: 'Add a track (admin); its key is what imports match on',
      body: TrackCreate,
      response: { 201: CareerTrack, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await ladder.createTrack(contextOf(req), req.body)),
  });
  app.delete('/api/career-ladder/tracks/:id', {
    schema: {
      operationId: 'deleteCareerTrack',
      tags,
      summary:
        'Delete a track (admin); refused (409 in_use) while people are on it or headcount roles are planned on it',
      params: IdParams,
      querystring: VersionQuery,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    handler: async (req, reply) => {
      await ladder.removeTrack(contextOf(req), req.params.id, expectedVersion(req));
      return reply.status(204).send(null);
    },
  });
  app.post('/api/career-ladder/levels', {
    schema: {
      operationId: 'createCareerLevel',
      tags,
      summary: 'Add a level at a grade on the individual or the manager path (admin)',
      body: LevelCreate,
      response: { 201: CareerLevel, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await ladder.createLevel(contextOf(req), req.body)),
  });
  app.delete('/api/career-ladder/levels/:id', {
    schema: {
      operationId: 'deleteCareerLevel',
      tags,
      summary:
        'Delete a level (admin); refused (409 in_use) while people are on it or roles are planned at it, and unless withExpectations / withAssessments say to delete what was written at it',
      params: IdParams,
      querystring: LevelDeleteQuery,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    handler: async (req, reply) => {
      await ladder.removeLevel(contextOf(req), req.params.id, expectedVersion(req), {
        expectations: req.query.withExpectations === true,
        assessments: req.query.withAssessments === true,
      });
      return reply.status(204).send(null);
    },
  });
  app.patch('/api/career-ladder/tracks/:id', {
    schema: {
      operationId: 'updateCareerTrack',
      tags,
      summary: 'Rename a track or change its description (admin); its key stays',
      params: IdParams,
      body: TrackUpdate,
      response: { 200: CareerTrack, ...ErrorResponses },
    },
    handler: (req) =>
      ladder.updateTrack(contextOf(req), req.params.id, expectedVersion(req), req.body),
  });
  app.patch('/api/career-ladder/levels/:id', {
    schema: {
      operationId: 'updateCareerLevel',
      tags,
      summary: 'Rename a level or change its summary (admin)',
      params: IdParams,
      body: LevelUpdate,
      response: { 200: CareerLevel, ...ErrorResponses },
    },
    handler: (req) =>
      ladder.updateLevel(contextOf(req), req.params.id, expectedVersion(req), req.body),
  });
  app.get('/api/career-ladder/readiness', {
    schema: {
      operationId: 'listPromotionReadiness',
      tags,
      summary:
        'Promotion readiness of everyone with a level whose record you may see (yourself, your reports down the line; everyone for TPM managers and admins)',
      querystring: ClosedObject({ teamId: Type.Optional(Id) }),
      response: { 200: ReadinessList, ...ErrorResponses },
    },
    handler: (req) => ladder.readiness(contextOf(req), req.query.teamId),
  });
  app.get('/api/people/:id/assessments', {
    schema: {
      operationId: 'getPersonAssessments',
      tags,
      summary:
        "A person's self and manager assessments and promotion readiness (the person, their managers, TPM managers, admins)",
      params: IdParams,
      response: { 200: PersonAssessments, ...ErrorResponses },
    },
    handler: (req) => ladder.assessments(contextOf(req), req.params.id),
  });
  app.put('/api/people/:id/assessments', {
    schema: {
      operationId: 'putAssessment',
      tags,
      summary:
        'Record a self or manager assessment of one competency at one level, with evidence links',
      params: IdParams,
      body: AssessmentPut,
      response: { 200: Assessment, ...ErrorResponses },
    },
    handler: (req) => ladder.putAssessment(contextOf(req), req.params.id, req.body),
  });
}
