import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { ErrorResponses, IdParams, Version } from '../../../contracts/common.schema.js';
import {
  CheckIn,
  CheckInCreate,
  CheckInList,
  KeyResult,
  KeyResultCreate,
  KeyResultUpdate,
  Objective,
  ObjectiveCreate,
  ObjectiveDeleteQuery,
  ObjectiveList,
  ObjectiveProgramLink,
  ObjectiveProgramParams,
  ObjectivePrograms,
  ObjectiveQuery,
  ObjectiveUpdate,
  UnalignedPrograms,
  UnalignedProgramsQuery,
} from '../../../contracts/objective.schema.js';
import { ClosedObject } from '../../../contracts/common.schema.js';
import type { Container } from '../../container.js';
import { expectedVersion } from '../../http/expected-version.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['objectives'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const WHO =
  'TPM managers and admins write organization and team objectives; a person writes their own.';
const StateChange = ClosedObject({
  version: Type.Optional({ ...Version, description: 'The version you read (optional).' }),
});

export async function objectiveRoutes(app: App, { services }: Container) {
  const objectives = services.objectives;
  const keyResults = services.keyResults;
  /**
   * Runs before the body is validated, so the refusal never depends on what was sent;
   * also before the params are, so an id that is no UUID is left to validation (400).
   */
  const idOf = (req: FastifyRequest) => {
    const id = (req.params as { id?: unknown }).id;
    return typeof id === 'string' && UUID.test(id) ? id : null;
  };
  const objectiveGuard = async (req: FastifyRequest) => {
    const id = idOf(req);
    if (id) await objectives.assertMayChange(req.actor, id);
  };
  const keyResultGuard = async (req: FastifyRequest) => {
    const id = idOf(req);
    const objectiveId = id && (await keyResults.objectiveOf(id));
    if (objectiveId) await objectives.assertMayChange(req.actor, objectiveId);
  };

  app.get('/api/objectives', {
    schema: {
      operationId: 'listObjectives',
      tags,
      summary: 'Objectives with their key results and scores, organization first',
      querystring: ObjectiveQuery,
      response: { 200: ObjectiveList, ...ErrorResponses },
    },
    handler: (req) => objectives.list(contextOf(req), req.query),
  });
  app.post('/api/objectives', {
    schema: {
      operationId: 'createObjective',
      tags,
      summary: 'Set an objective for a period (a draft)',
      description: WHO,
      body: ObjectiveCreate,
      response: { 201: Objective, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await objectives.create(contextOf(req), req.body)),
  });
  app.get('/api/objectives/unaligned-programs', {
    schema: {
      operationId: 'listUnalignedPrograms',
      tags,
      summary: 'Programs (not completed or cancelled) that serve no objective of the period',
      description: 'The period defaults to the current fiscal quarter.',
      querystring: UnalignedProgramsQuery,
      response: { 200: UnalignedPrograms, ...ErrorResponses },
    },
    handler: (req) => objectives.unaligned(contextOf(req), req.query.period),
  });
  app.get('/api/objectives/:id', {
    schema: {
      operationId: 'getObjective',
      tags,
      params: IdParams,
      response: { 200: Objective, ...ErrorResponses },
    },
    handler: (req) => objectives.get(contextOf(req), req.params.id),
  });
  app.patch('/api/objectives/:id', {
    schema: {
      operationId: 'updateObjective',
      tags,
      summary: 'Change an objective’s title, description or parent',
      description: `${WHO} Graded objectives are read-only (409).`,
      params: IdParams,
      body: ObjectiveUpdate,
      response: { 200: Objective, ...ErrorResponses },
    },
    preValidation: objectiveGuard,
    handler: (req) =>
      objectives.update(contextOf(req), req.params.id, expectedVersion(req), req.body),
  });
  app.delete('/api/objectives/:id', {
    schema: {
      operationId: 'deleteObjective',
      tags,
      summary: 'Delete an objective, with its key results and the objectives below it',
      description: WHO,
      params: IdParams,
      querystring: ObjectiveDeleteQuery,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    preValidation: objectiveGuard,
    handler: async (req, reply) => {
      await objectives.remove(contextOf(req), req.params.id, expectedVersion(req));
      return reply.status(204).send(null);
    },
  });
  app.post('/api/objectives/:id/commit', {
    schema: {
      operationId: 'commitObjective',
      tags,
      summary: 'Commit a draft objective for its period',
      params: IdParams,
      body: Type.Optional(StateChange),
      response: { 200: Objective, ...ErrorResponses },
    },
    preValidation: objectiveGuard,
    handler: (req) => objectives.commit(contextOf(req), req.params.id, req.body?.version),
  });
  app.post('/api/objectives/:id/grade', {
    schema: {
      operationId: 'gradeObjective',
      tags,
      summary: 'Grade an objective once its period has ended; it becomes read-only',
      params: IdParams,
      body: Type.Optional(StateChange),
      response: { 200: Objective, ...ErrorResponses },
    },
    preValidation: objectiveGuard,
    handler: (req) => objectives.grade(contextOf(req), req.params.id, req.body?.version),
  });
  app.post('/api/objectives/:id/programs', {
    schema: {
      operationId: 'linkObjectiveProgram',
      tags,
      summary: 'Align a program to the objective (needs write on the program)',
      params: IdParams,
      body: ObjectiveProgramLink,
      response: { 200: ObjectivePrograms, ...ErrorResponses },
    },
    handler: (req) => objectives.link(contextOf(req), req.params.id, req.body.programId),
  });
  app.delete('/api/objectives/:id/programs/:programId', {
    schema: {
      operationId: 'unlinkObjectiveProgram',
      tags,
      summary: 'Stop aligning a program to the objective (needs write on the program)',
      params: ObjectiveProgramParams,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    handler: async (req, reply) => {
      await objectives.unlink(contextOf(req), req.params.id, req.params.programId);
      return reply.status(204).send(null);
    },
  });
  app.post('/api/objectives/:id/key-results', {
    schema: {
      operationId: 'createKeyResult',
      tags,
      summary: 'Add a key result: manual values, or bound to a KPI or to milestones',
      params: IdParams,
      body: KeyResultCreate,
      response: { 201: KeyResult, ...ErrorResponses },
    },
    preValidation: objectiveGuard,
    handler: async (req, reply) =>
      reply.status(201).send(await keyResults.add(contextOf(req), req.params.id, req.body)),
  });
  app.patch('/api/key-results/:id', {
    schema: {
      operationId: 'updateKeyResult',
      tags,
      params: IdParams,
      body: KeyResultUpdate,
      response: { 200: KeyResult, ...ErrorResponses },
    },
    preValidation: keyResultGuard,
    handler: (req) =>
      keyResults.update(contextOf(req), req.params.id, expectedVersion(req), req.body),
  });
  app.delete('/api/key-results/:id', {
    schema: {
      operationId: 'deleteKeyResult',
      tags,
      params: IdParams,
      querystring: ObjectiveDeleteQuery,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    preValidation: keyResultGuard,
    handler: async (req, reply) => {
      await keyResults.remove(contextOf(req), req.params.id, expectedVersion(req));
      return reply.status(204).send(null);
    },
  });
  app.post('/api/key-results/:id/check-ins', {
    schema: {
      operationId: 'createCheckIn',
      tags,
      summary: 'Check in on a key result: confidence (1–10), a note, and a new value',
      params: IdParams,
      body: CheckInCreate,
      response: { 201: CheckIn, ...ErrorResponses },
    },
    preValidation: keyResultGuard,
    handler: async (req, reply) =>
      reply.status(201).send(await keyResults.checkIn(contextOf(req), req.params.id, req.body)),
  });
  app.get('/api/key-results/:id/check-ins', {
    schema: {
      operationId: 'listCheckIns',
      tags,
      summary: 'A key result’s check-ins, newest first',
      params: IdParams,
      response: { 200: CheckInList, ...ErrorResponses },
    },
    handler: (req) => keyResults.checkIns(contextOf(req), req.params.id),
  });
}
