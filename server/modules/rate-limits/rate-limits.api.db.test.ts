import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { waitInWords } from '../../../contracts/wait-in-words.js';
import { ApiClient } from '../../../tests/support/api-client.js';
import {
  startTestServer,
  TEST_PASSWORD,
  type TestServer,
} from '../../../tests/support/test-server.js';

// Small limits so the tests reach them quickly; the production defaults are in rate-limit-settings.ts.
const LIMITS = { windowMs: 60_000, perUser: 40, publicPerAddress: 20 };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ rateLimits: LIMITS });
});
afterAll(async () => {
  await server?.close();
});
// Each test starts with fresh windows (sign-ins made by a test count on the public limit).
beforeEach(async () => {
  await server.db.query('DELETE FROM rate_limit_hits');
});

let attempts = 0;
const signInAttempt = (target: TestServer, headers: Record<string, string> = {}) =>
  fetch(`${target.url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    // A new e-mail each time, so the sign-in throttle's per-e-mail count never answers first.
    body: JSON.stringify({ email: `nobody-${++attempts}@example.test`, password: 'wrong' }),
  });

/** A session for an existing user on another instance. */
async function signInAs(target: TestServer, email: string): Promise<ApiClient> {
  const r = await fetch(`${target.url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  expect(r.status).toBe(200);
  const cookie = r.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return new ApiClient(target.url, { cookie });
}

interface RateLimitedBody {
  error: {
    code: string;
    message: string;
    issues: unknown[];
    details: { retryAfterSeconds: number };
  };
}

describe('API-wide rate limits', () => {
  it('accepts intake submissions up to the limit, then answers 429 with Retry-After in the error contract', async () => {
    const requester = await server.signIn('stakeholder');
    const before = await server.countRows('intake_requests');
    const statuses: number[] = [];
    let firstRefusal: { headers: Headers; body: RateLimitedBody } | undefined;
    for (let i = 0; i < 1000; i++) {
      const r = await requester.post<RateLimitedBody>('/api/requests', { title: `Request ${i}` });
      statuses.push(r.status);
      if (r.status === 429) firstRefusal ??= { headers: r.headers, body: r.body };
    }
    expect(statuses.slice(0, LIMITS.perUser).every((s) => s === 201)).toBe(true);
    expect(statuses.slice(LIMITS.perUser).every((s) => s === 429)).toBe(true);
    // Refused submissions wrote nothing.
    expect(await server.countRows('intake_requests')).toBe(before + LIMITS.perUser);

    const retryAfter = Number(firstRefusal!.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(firstRefusal!.body.error.code).toBe('rate_limited');
    expect(firstRefusal!.body.error.issues).toEqual([]);
    expect(firstRefusal!.body.error.details.retryAfterSeconds).toBe(retryAfter);
    // The wait is worded as the CLI and web word it (60 s reads "1 minute").
    expect(firstRefusal!.body.error.message).toBe(
      `Too many requests for your account (at most 40 per minute); try again in ${waitInWords(retryAfter)}.`,
    );
  });

  it('refuses 1,000 unsigned integration calls in a row after the public per-address limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const r = await fetch(`${server.url}/api/integrations/gitlab/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-gitlab-event': 'Issue Hook' },
        body: '{}',
      });
      statuses.push(r.status);
      if (r.status === 429) expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
      await r.arrayBuffer();
    }
    // Without a token each call is refused by the webhook itself, until the limiter refuses first.
    expect(statuses.slice(0, LIMITS.publicPerAddress).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(LIMITS.publicPerAddress).every((s) => s === 429)).toBe(true);
  });

  it('limits one user without limiting another', async () => {
    const busy = await server.signIn('tpm');
    const calm = await server.signIn('tpm');
    for (let i = 0; i < LIMITS.perUser; i++) expect((await busy.get('/api/me')).status).toBe(200);
    const refused = await busy.get('/api/me');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await calm.get('/api/me')).status).toBe(200);
  });

  it('counts an API token against its user like a session', async () => {
    const admin = await server.signIn('admin');
    const token = await admin.post<{ secret: string }>('/api/tokens', { name: 'script' });
    expect(token.status).toBe(201);
    const headers = { authorization: `Bearer ${token.body.secret}` };
    const [first] = await server.db
      .query<{ hits: number }>('SELECT hits FROM rate_limit_hits WHERE key = $1', [
        `user:${admin.user.id}`,
      ])
      .then((r) => r.rows);
    const sessionHits = first!.hits;
    for (let i = sessionHits; i < LIMITS.perUser; i++) {
      const r = await fetch(`${server.url}/api/me`, { headers });
      expect(r.status).toBe(200);
    }
    expect((await fetch(`${server.url}/api/me`, { headers })).status).toBe(429);
    expect((await admin.get('/api/me')).status).toBe(429);
  });

  it('ignores a rotating X-Forwarded-For when no proxy is trusted', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMITS.publicPerAddress + 5; i++) {
      const r = await signInAttempt(server, { 'x-forwarded-for': `203.0.113.${i + 1}` });
      statuses.push(r.status);
      await r.arrayBuffer();
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(5);
    expect(statuses.at(-1)).toBe(429);
  });

  it('leaves /api/health and the API docs unlimited', async () => {
    for (let i = 0; i < LIMITS.publicPerAddress + 5; i++) {
      const r = await fetch(`${server.url}/api/health`);
      expect(r.status).toBe(200);
      await r.arrayBuffer();
    }
    const docs = await fetch(`${server.url}/api/docs`);
    expect(docs.status).not.toBe(429);
    await docs.arrayBuffer();
    expect(await server.countRows('rate_limit_hits')).toBe(0);
  });

  it('starts a new window once the old one has passed', async () => {
    const quick = await startTestServer({
      rateLimits: { windowMs: 2_000, perUser: 1000, publicPerAddress: 2 },
    });
    try {
      for (let i = 0; i < 2; i++) await (await signInAttempt(quick)).arrayBuffer();
      const refused = await signInAttempt(quick);
      expect(refused.status).toBe(429);
      const wait = Number(refused.headers.get('retry-after'));
      expect(wait).toBeGreaterThanOrEqual(1);
      expect(wait).toBeLessThanOrEqual(2);
      await new Promise((resolve) => setTimeout(resolve, wait * 1000 + 200));
      expect((await signInAttempt(quick)).status).toBe(401);
    } finally {
      await quick.close();
    }
  });
});

describe('rate limits across instances', () => {
  it('two instances on one database share the counts', async () => {
    const other = await startTestServer({ rateLimits: LIMITS, sameDatabaseAs: server });
    try {
      const user = await server.signIn('tpm');
      const sameUserOnOther = await signInAs(other, user.user.email);
      const half = LIMITS.perUser / 2;
      for (let i = 0; i < half; i++) expect((await user.get('/api/me')).status).toBe(200);
      for (let i = 0; i < half; i++)
        expect((await sameUserOnOther.get('/api/me')).status).toBe(200);
      expect((await sameUserOnOther.get('/api/me')).status).toBe(429);
      expect((await user.get('/api/me')).status).toBe(429);
    } finally {
      await other.close();
    }
  });

  it('counts every one of many simultaneous requests, on both instances', async () => {
    const other = await startTestServer({ rateLimits: LIMITS, sameDatabaseAs: server });
    try {
      const user = await server.signIn('tpm');
      const sameUserOnOther = await signInAs(other, user.user.email);
      const all = await Promise.all(
        Array.from({ length: LIMITS.perUser + 10 }, (_, i) =>
          (i % 2 === 0 ? user : sameUserOnOther).get('/api/me'),
        ),
      );
      // No lost update: exactly the limit got through, and the counter saw every request.
      expect(all.filter((r) => r.status === 200)).toHaveLength(LIMITS.perUser);
      expect(all.filter((r) => r.status === 429)).toHaveLength(10);
      const row = await server.db.query<{ hits: number }>(
        'SELECT hits FROM rate_limit_hits WHERE key = $1',
        [`user:${user.user.id}`],
      );
      expect(row.rows[0]!.hits).toBe(LIMITS.perUser + 10);
    } finally {
      await other.close();
    }
  });
});

describe('rate limits behind a trusted proxy', () => {
  it('counts the forwarded address when WAYMARK_TRUST_PROXY names 127.0.0.1', async () => {
    const proxied = await startTestServer({
      rateLimits: LIMITS,
      trustProxy: ['127.0.0.1'],
    });
    try {
      for (let i = 0; i < LIMITS.publicPerAddress; i++) {
        const r = await signInAttempt(proxied, { 'x-forwarded-for': '198.51.100.7' });
        expect(r.status).toBe(401);
      }
      expect((await signInAttempt(proxied, { 'x-forwarded-for': '198.51.100.7' })).status).toBe(
        429,
      );
      // Another client behind the same proxy has its own count.
      expect((await signInAttempt(proxied, { 'x-forwarded-for': '198.51.100.8' })).status).toBe(
        401,
      );
      const keys = await proxied.db.query<{ key: string }>(
        'SELECT key FROM rate_limit_hits ORDER BY key',
      );
      expect(keys.rows.map((r) => r.key)).toEqual(['address:198.51.100.7', 'address:198.51.100.8']);
    } finally {
      await proxied.close();
    }
  });
});
