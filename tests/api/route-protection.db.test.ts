import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { repoRoot } from '../support/waymark-process.js';

// Routes that are public on purpose; every other route needs credentials.
// The calendar feed's secret URL is its own credential (calendar clients send no cookies).
const PUBLIC = new Set([
  'POST /api/auth/sign-in',
  // Sign-in with OpenID Connect happens before there is an account to show.
  'GET /api/auth/methods',
  'GET /api/auth/oidc/start',
  'GET /api/auth/oidc/callback',
  // An invitation or password-reset link's secret is its own credential.
  'POST /api/auth/invitations/inspect',
  'POST /api/auth/invitations/accept',
  'GET /api/health',
  'GET /api/feeds/{token}.ics',
  // Slack and GitLab authenticate each call by its signature or token (401 without one).
  'POST /api/integrations/slack/commands',
  'POST /api/integrations/gitlab/webhook',
]);

// Routes only an admin may call, reads included; every other role gets 403.
const ADMIN_ONLY = new Set(['GET /api/backups', 'GET /api/audit']);

const doc = JSON.parse(
  readFileSync(path.join(repoRoot, 'contracts', 'generated', 'openapi.json'), 'utf8'),
) as {
  paths: Record<string, Record<string, unknown>>;
};
const routes = Object.entries(doc.paths).flatMap(([p, methods]) =>
  Object.keys(methods).map((m) => `${m.toUpperCase()} ${p}`),
);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

describe('every route in the OpenAPI document', () => {
  it('is listed (the document is not empty)', () => {
    expect(routes.length).toBeGreaterThan(10);
  });

  it.each(routes.filter((r) => !PUBLIC.has(r)))(
    '%s refuses a request without credentials with 401',
    async (route) => {
      const [method, template] = route.split(' ') as [string, string];
      const url = template.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
      const r = await server
        .anonymous()
        .request(method, url, ['POST', 'PATCH', 'PUT'].includes(method) ? {} : undefined);
      expect(r.status).toBe(401);
      expect(r.body.error.code).toBe('unauthenticated');
    },
  );

  it.each(
    routes.filter(
      (r) =>
        !PUBLIC.has(r) &&
        !r.startsWith('GET ') &&
        !r.includes('/auth/sign-out') &&
        !r.includes('/tokens') &&
        // Anyone may subscribe to their own milestones (it changes no plan data).
        !r.includes('/me/calendar-feed') &&
        // Anyone with an account may ask the TPM team for help and clear their notifications.
        r !== 'POST /api/requests' &&
        !r.includes('/api/notifications/'),
    ),
  )('%s refuses a stakeholder with 403', async (route) => {
    const stakeholder = await server.signIn('stakeholder');
    const [method, template] = route.split(' ') as [string, string];
    const url = template.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
    const r = await stakeholder.request(
      method,
      url,
      ['POST', 'PATCH', 'PUT'].includes(method) ? {} : undefined,
    );
    expect(r.status).toBe(403);
  });

  it.each(
    [...ADMIN_ONLY].flatMap((route) =>
      (['tpm_manager', 'tpm', 'stakeholder'] as const).map((role) => [route, role] as const),
    ),
  )('%s refuses a %s with 403 (admin only)', async (route, role) => {
    expect(routes).toContain(route);
    const [method, url] = route.split(' ') as [string, string];
    const r = await (await server.signIn(role)).request(method, url);
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('forbidden');
  });

  it.each([...ADMIN_ONLY])('%s answers an admin', async (route) => {
    const [method, url] = route.split(' ') as [string, string];
    const r = await (await server.signIn('admin')).request(method, url);
    expect(r.status).toBe(200);
  });
});
