import { Type } from 'typebox';
import { ErrorResponses, IdParams, VersionQuery } from '../../../contracts/common.schema.js';
import {
  HeadcountPlan,
  HeadcountQuery,
  HeadcountRole,
  HeadcountRoleCreate,
  HeadcountRoleUpdate,
  StaffingNeed,
  StaffingNeedCreate,
  StaffingNeedUpdate,
} from '../../../contracts/headcount.schema.js';
import type { Container } from '../../container.js';
import { expectedVersion } from '../../http/expected-version.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['headcount'];

export async function headcountRoutes(app: App, { services }: Container) {
  const headcount = services.headcount;
  app.get('/api/headcount', {
    schema: {
      operationId: 'getHeadcountPlan',
      tags,
      summary: 'A fiscal year: roles per quarter, demand vs supply and the gap per quarter',
      querystring: HeadcountQuery,
      response: { 200: HeadcountPlan, ...ErrorResponses },
    },
    handler: (req) => headcount.plan(contextOf(req), req.query.fiscalYear),
  });
  app.post('/api/headcount/roles', {
    schema: {
      operationId: 'createHeadcountRole',
      tags,
      summary: 'Plan or open a role in a quarter (TPM managers and admins)',
      body: HeadcountRoleCreate,
      response: { 201: HeadcountRole, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await headcount.createRole(contextOf(req), req.body)),
  });
  app.get('/api/headcount/roles/:id', {
    schema: {
      operationId: 'getHeadcountRole',
      tags,
      params: IdParams,
      response: { 200: HeadcountRole, ...ErrorResponses },
    },
    handler: (req) => headcount.getRole(req.params.id),
  });
  app.patch('/api/headcount/roles/:id', {
    schema: {
      operationId: 'updateHeadcountRole',
      tags,
      params: IdParams,
      body: HeadcountRoleUpdate,
      response: { 200: HeadcountRole, ...ErrorResponses },
    },
    handler: (req) =>
      headcount.updateRole(contextOf(req), req.params.id, expectedVersion(req), req.body),
  });
  app.delete('/api/headcount/roles/:id', {
    schema: {
      operationId: 'deleteHeadcountRole',
      tags,
      params: IdParams,
      querystring: VersionQuery,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    handler: async (req, reply) => {
      await headcount.removeRole(contextOf(req), req.params.id, expectedVersion(req));
      return reply.status(204).send(null);
    },
  });
  app.post('/api/headcount/needs', {
    schema: {
      operationId: 'createStaffingNeed',
      tags,
      summary: "A program's staffing need or accepted intake work for a quarter, in FTE",
      body: StaffingNeedCreate,
      response: { 201: StaffingNeed, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await headcount.createNeed(contextOf(req), req.body)),
  });
  app.get('/api/headcount/needs/:id', {
    schema: {
      operationId: 'getStaffingNeed',
      tags,
      summary: 'A staffing need (a members-only program you may not see goes unnamed)',
      params: IdParams,
      response: { 200: StaffingNeed, ...ErrorResponses },
    },
    handler: (req) => headcount.getNeed(contextOf(req), req.params.id),
  });
  app.patch('/api/headcount/needs/:id', {
    schema: {
      operationId: 'updateStaffingNeed',
      tags,
      summary: 'Change a staffing need; only the fields named change',
      params: IdParams,
      body: StaffingNeedUpdate,
      response: { 200: StaffingNeed, ...ErrorResponses },
    },
    handler: (req) =>
      headcount.updateNeed(contextOf(req), req.params.id, expectedVersion(req), req.body),
  });
  app.delete('/api/headcount/needs/:id', {
    schema: {
      operationId: 'deleteStaffingNeed',
      tags,
      params: IdParams,
      querystring: VersionQuery,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    handler: async (req, reply) => {
      await headcount.removeNeed(contextOf(req), req.params.id, expectedVersion(req));
      return reply.status(204).send(null);
    },
  });
}
