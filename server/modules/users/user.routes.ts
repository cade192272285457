import {
  AccountLink,
  User,
  UserCreate,
  UserInvite,
  UserList,
  UserUpdate,
} from '../../../contracts/account.schema.js';
import { ErrorResponses, IdParams } from '../../../contracts/common.schema.js';
import type { Container } from '../../container.js';
import { expectedVersion } from '../../http/expected-version.js';
import { contextOf, type App } from '../../http/typed-app.js';
import type { FastifyRequest } from 'fastify';

const tags = ['accounts'];

/** The link points at the address the admin reached Waymark at. */
const originOf = (req: FastifyRequest) => `${req.protocol}://${req.host}`;
const EMAIL_NOTE =
  'When e-mail is configured (WAYMARK_SMTP_URL), the link is also queued for e-mail to the person (`email: "queued"`; sent in the background, with retries); otherwise `email: "not_configured"` and the admin passes the link on.';

export async function userRoutes(app: App, { services }: Container) {
  app.get('/api/users', {
    schema: {
      operationId: 'listUsers',
      tags,
      summary: 'Accounts: all of them for admins; active ones, without sign-in times, for others',
      response: { 200: UserList, ...ErrorResponses },
    },
    handler: async (req) => ({ items: await services.users.list(contextOf(req)) }),
  });
  app.post('/api/users', {
    schema: {
      operationId: 'createUser',
      tags,
      summary: 'Create an account (admin only)',
      body: UserCreate,
      response: { 201: User, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await services.users.create(contextOf(req), req.body)),
  });
  app.patch('/api/users/:id', {
    // The service decides (admins only), so a stakeholder hears why, not just "read-only".
    config: { readOnlyRoleMayWrite: true },
    schema: {
      operationId: 'updateUser',
      tags,
      summary: 'Change a name, role or active (admin only; nobody changes their own role)',
      description:
        '`active: false` deactivates: the person’s sessions end and tokens are revoked at once; their data stays. Send the version you read (body `version` or If-Match).',
      params: IdParams,
      body: UserUpdate,
      response: { 200: User, ...ErrorResponses },
    },
    handler: (req) =>
      services.users.update(contextOf(req), req.params.id, () => expectedVersion(req), req.body),
  });
  app.post('/api/users/invitations', {
    schema: {
      operationId: 'inviteUser',
      tags,
      summary: 'Invite someone: an inactive account and a link, valid 7 days, to set a password',
      description: `${EMAIL_NOTE} Inviting again someone who has not accepted yet replaces their link.`,
      body: UserInvite,
      response: { 201: AccountLink, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply
        .status(201)
        .send(await services.accountLinks.invite(contextOf(req), req.body, originOf(req))),
  });
  app.post('/api/users/:id/password-reset', {
    schema: {
      operationId: 'createPasswordResetLink',
      tags,
      summary: 'A link, valid 7 days, for the person to set a new password (admin only)',
      description: EMAIL_NOTE,
      params: IdParams,
      response: { 201: AccountLink, ...ErrorResponses },
    },
    handler: async (req, reply) =>
      reply
        .status(201)
        .send(
          await services.accountLinks.passwordReset(contextOf(req), req.params.id, originOf(req)),
        ),
  });
}
