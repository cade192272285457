import type { FastifyRequest } from 'fastify';
import { ErrorResponses } from '../../../contracts/common.schema.js';
import { GitlabWebhookReply, SlackCommandReply } from '../../../contracts/intake.schema.js';
import type { Container } from '../../container.js';
import { UnauthenticatedError, ValidationError } from '../../domain-errors.js';
import type { App } from '../../http/typed-app.js';
import { verifyGitlabSignature, verifyGitlabToken } from './gitlab-webhook-signature.js';
import { readIntegrationSecrets } from './integration-secrets.js';
import { verifySlackSignature } from './slack-signature.js';

const tags = ['integrations'];

declare module 'fastify' {
  interface FastifyRequest {
    /** The body exactly as received: signatures are computed over these bytes. */
    rawBody?: string;
  }
}

const header = (req: FastifyRequest, name: string): string | undefined => {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

/**
 * Slack and GitLab call these without a Waymark session: each request is
 * authenticated by its signature (or GitLab's token), checked over the raw body
 * before anything is parsed into a request. Content-type parsers here keep that
 * raw body and are scoped to these routes only.
 */
export async function integrationRoutes(app: App, { services, clock }: Container) {
  app.removeContentTypeParser(['application/json']);
  app.addContentTypeParser(
    ['application/json', 'application/x-www-form-urlencoded'],
    { parseAs: 'string' },
    (req, body, done) => {
      req.rawBody = body as string;
      done(null, body);
    },
  );

  const baseUrl = (req: FastifyRequest) =>
    process.env.WAYMARK_PUBLIC_URL?.replace(/\/$/, '') || `${req.protocol}://${req.host}`;

  app.post('/api/integrations/slack/commands', {
    config: { public: true },
    schema: {
      operationId: 'slackCommand',
      tags,
      summary:
        'Slack slash command (form-encoded, Slack v0 signature): file a request or ask its status',
      consumes: ['application/x-www-form-urlencoded'],
      response: { 200: SlackCommandReply, ...ErrorResponses },
    },
    handler: async (req) => {
      const verdict = verifySlackSignature({
        signingSecret: readIntegrationSecrets().slackSigningSecret,
        timestamp: header(req, 'x-slack-request-timestamp'),
        signature: header(req, 'x-slack-signature'),
        rawBody: req.rawBody ?? '',
        nowMs: clock().getTime(),
      });
      if (!verdict.ok)
        throw new UnauthenticatedError(`Slack signature refused: ${verdict.reason}.`);
      if (!req.headers['content-type']?.startsWith('application/x-www-form-urlencoded'))
        throw ValidationError.field(
          'headers.content-type',
          'invalid',
          'Slack commands are form-encoded',
        );
      return services.slackCommands.handle(new URLSearchParams(req.rawBody ?? ''), {
        requestUrl: (id) => `${baseUrl(req)}/intake/requests/${id}`,
      });
    },
  });

  app.post('/api/integrations/gitlab/webhook', {
    config: { public: true },
    schema: {
      operationId: 'gitlabWebhook',
      tags,
      summary:
        'GitLab Issue and Note hooks (X-Gitlab-Token, or webhook-signature when a signing token is set)',
      consumes: ['application/json'],
      response: { 200: GitlabWebhookReply, ...ErrorResponses },
    },
    handler: async (req) => {
      const secrets = readIntegrationSecrets();
      const raw = req.rawBody ?? '';
      const verdict = secrets.gitlabSigningToken
        ? verifyGitlabSignature({
            signingToken: secrets.gitlabSigningToken,
            webhookId: header(req, 'webhook-id'),
            timestamp: header(req, 'webhook-timestamp'),
            signatureHeader: header(req, 'webhook-signature'),
            rawBody: raw,
            nowMs: clock().getTime(),
          })
        : verifyGitlabToken(secrets.gitlabToken, header(req, 'x-gitlab-token'));
      if (!verdict.ok) throw new UnauthenticatedError(`GitLab webhook refused: ${verdict.reason}.`);
      let payload: unknown;
      try {
        payload = JSON.parse(raw);
      } catch {
        throw ValidationError.field('body', 'invalid_json', 'the body is not JSON');
      }
      if (!payload || typeof payload !== 'object')
        throw ValidationError.field('body', 'type', 'must be a JSON object');
      // GitLab repeats the same key on every retry of one event.
      const key =
        header(req, 'idempotency-key') ??
        header(req, 'x-gitlab-event-uuid') ??
        header(req, 'webhook-id') ??
        null;
      return services.gitlabWebhooks.handle(
        payload as Parameters<typeof services.gitlabWebhooks.handle>[0],
        key,
      );
    },
  });
}
