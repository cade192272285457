import { Type } from 'typebox';
import { ErrorResponses, IdParams } from '../../../contracts/common.schema.js';
import {
  MemberParams,
  ProgramMember,
  ProgramMemberList,
  ProgramMemberSet,
} from '../../../contracts/program-member.schema.js';
import type { Container } from '../../container.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['programs'];

export async function programMemberRoutes(app: App, { services }: Container) {
  app.get('/api/programs/:id/members', {
    schema: {
      operationId: 'listProgramMembers',
      tags,
      summary: 'The program’s owners, editors and viewers, and what you may do with the program',
      params: IdParams,
      response: { 200: ProgramMemberList, ...ErrorResponses },
    },
    handler: (req) => services.programMembers.list(contextOf(req), req.params.id),
  });
  app.post('/api/programs/:id/members', {
    schema: {
      operationId: 'setProgramMember',
      tags,
      summary: 'Add a member, or change a member’s role (owners, TPM managers and admins)',
      description:
        '201 when the person was not a member, 200 when their role changed (or stayed). The last owner cannot be demoted (409 last_owner).',
      params: IdParams,
      body: ProgramMemberSet,
      response: { 200: ProgramMember, 201: ProgramMember, ...ErrorResponses },
    },
    handler: async (req, reply) => {
      const { member, created } = await services.programMembers.set(
        contextOf(req),
        req.params.id,
        req.body,
      );
      return reply.status(created ? 201 : 200).send(member);
    },
  });
  app.delete('/api/programs/:id/members/:userId', {
    schema: {
      operationId: 'removeProgramMember',
      tags,
      summary: 'Remove a member (owners, TPM managers and admins); their work stays',
      params: MemberParams,
      response: { 204: Type.Null(), ...ErrorResponses },
    },
    handler: async (req, reply) => {
      await services.programMembers.remove(contextOf(req), req.params.id, req.params.userId);
      return reply.status(204).send(null);
    },
  });
}
