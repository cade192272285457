import {
  AccountLinkAccept,
  AccountLinkAccepted,
  AccountLinkDetails,
  AccountLinkInspect,
} from '../../../contracts/account.schema.js';
import { ErrorResponses } from '../../../contracts/common.schema.js';
import type { Container } from '../../container.js';
import { contextOf, type App } from '../../http/typed-app.js';

const tags = ['accounts'];
const GONE = { 410: ErrorResponses[400] };
const PUBLIC_NOTE =
  'Needs no account: the link’s secret is the credential. Like every route that needs no account, it has the per-address public rate limit. Serves invitation and password-reset links alike.';

export async function accountLinkRoutes(app: App, { services }: Container) {
  app.post('/api/auth/invitations/inspect', {
    config: { public: true },
    schema: {
      operationId: 'inspectAccountLink',
      tags,
      summary: 'Whom an invitation or password-reset link is for; changes nothing',
      description: `${PUBLIC_NOTE} 410 \`link_unusable\` when it expired, was used or was replaced.`,
      security: [],
      body: AccountLinkInspect,
      response: { 200: AccountLinkDetails, ...ErrorResponses, ...GONE },
    },
    handler: (req) => services.accountLinks.inspect(req.body.token),
  });
  app.post('/api/auth/invitations/accept', {
    config: { public: true },
    schema: {
      operationId: 'acceptAccountLink',
      tags,
      summary: 'Set a password with an invitation or password-reset link',
      description: `${PUBLIC_NOTE} An invitation also activates the account; a reset ends the person’s sessions. Each link works once.`,
      security: [],
      body: AccountLinkAccept,
      response: { 200: AccountLinkAccepted, ...ErrorResponses, ...GONE },
    },
    handler: (req) =>
      services.accountLinks.accept(contextOf(req), req.body.token, req.body.password),
  });
}
