import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../tests/support/api-client.js';
import {
  startTestServer,
  TEST_PASSWORD,
  type TestServer,
} from '../../../tests/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

async function auditCount(): Promise<number> {
  return (await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events'))
    .rows[0]!.n;
}

describe('sign-in', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie, Secure behind a trusted https proxy', async () => {
    const admin = await server.signIn('admin');
    const email = admin.user.email;
    const plain = await fetch(`${server.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: TEST_PASSWORD }),
    });
    const cookie = plain.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^waymark_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    const viaProxy = (target: TestServer) =>
      fetch(`${target.url}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
        body: JSON.stringify({ email, password: TEST_PASSWORD }),
      });
    // X-Forwarded-Proto counts only from a proxy named by WAYMARK_TRUST_PROXY.
    expect((await viaProxy(server)).headers.get('set-cookie')).not.toMatch(/Secure/i);
    const behindProxy = await startTestServer({
      sameDatabaseAs: server,
      trustProxy: ['127.0.0.1'],
    });
    try {
      expect((await viaProxy(behindProxy)).headers.get('set-cookie')).toMatch(/Secure/i);
    } finally {
      await behindProxy.close();
    }
  });

  it('answers a wrong password or unknown e-mail with the same 401', async () => {
    const admin = await server.signIn('admin');
    const wrong = await server
      .anonymous()
      .post('/api/auth/sign-in', { email: admin.user.email, password: 'not-the-password' });
    const unknown = await server
      .anonymous()
      .post('/api/auth/sign-in', { email: 'nobody@example.test', password: 'whatever' });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body.error.message).toBe(unknown.body.error.message);
  });

  it('refuses sign-in after ten failures for one e-mail, even with the right password, and says when to retry', async () => {
    const stakeholder = await server.signIn('stakeholder');
    const email = stakeholder.user.email;
    const attempt = (password: string, address: string) =>
      fetch(`${server.url}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        body: JSON.stringify({ email, password }),
      });
    for (let i = 0; i < 10; i++) expect((await attempt('wrong', '192.0.2.7')).status).toBe(401);
    const sessionsBefore = await server.countRows('sessions');
    // Another claimed address does not help: the count is per e-mail too.
    const refused = await attempt(TEST_PASSWORD, '198.51.100.9');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message).toMatch(/try again in 15 minutes/);
    expect(await server.countRows('sessions')).toBe(sessionsBefore);
    // Other accounts still sign in.
    expect((await server.signIn('tpm')).user.role).toBe('tpm');
  });

  it('stores passwords as argon2id hashes, never in clear', async () => {
    const admin = await server.signIn('admin');
    const r = await server.db.query('SELECT password_hash FROM users WHERE id = $1', [
      admin.user.id,
    ]);
    expect(r.rows[0].password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('signs out: the cookie stops working', async () => {
    const tpm = await server.signIn('tpm');
    expect((await tpm.get('/api/me')).status).toBe(200);
    expect((await tpm.request('POST', '/api/auth/sign-out')).status).toBe(204);
    expect((await tpm.get('/api/me')).status).toBe(401);
  });
});

describe('API tokens', () => {
  it('are shown once, work as Bearer tokens, are stored hashed, and can be revoked', async () => {
    const tpm = await server.signIn('tpm');
    const created = await tpm.post('/api/tokens', { name: 'laptop' });
    expect(created.status).toBe(201);
    const secret: string = created.body.secret;
    expect(secret).toMatch(/^wmk_/);

    const viaToken = new ApiClient(server.url, { token: secret });
    expect((await viaToken.get('/api/me')).body.id).toBe(tpm.user.id);
    expect((await viaToken.post('/api/programs', { name: 'Made with a token' })).status).toBe(201);

    const listed = await tpm.get('/api/tokens');
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    const stored = await server.db.query('SELECT token_hash FROM api_tokens WHERE id = $1', [
      created.body.token.id,
    ]);
    expect(stored.rows[0].token_hash.toString('utf8')).not.toContain(secret);

    expect((await tpm.delete(`/api/tokens/${created.body.token.id}`)).status).toBe(200);
    const revoked = await viaToken.get('/api/me');
    expect(revoked.status).toBe(401);
    expect(revoked.body.error.code).toBe('unauthenticated');
  });

  it("carry their owner's read-only role", async () => {
    const stakeholder = await server.signIn('stakeholder');
    const created = await stakeholder.post('/api/tokens', { name: 'dashboard' });
    expect(created.status).toBe(201);
    const viaToken = new ApiClient(server.url, { token: created.body.secret });
    expect((await viaToken.get('/api/programs')).status).toBe(200);
    expect((await viaToken.post('/api/programs', { name: 'Nope' })).status).toBe(403);
  });

  it('refuses a made-up token with 401', async () => {
    const r = await new ApiClient(server.url, { token: 'wmk_made_up' }).get('/api/programs');
    expect(r.status).toBe(401);
  });
});

describe('users', () => {
  it('only an admin creates accounts; each creation is audited once', async () => {
    const admin = await server.signIn('admin');
    const manager = await server.signIn('tpm_manager');
    const body = {
      email: 'new.person@example.test',
      name: 'New Person',
      role: 'tpm',
      password: 'a-long-enough-password',
    };
    expect((await manager.post('/api/users', body)).status).toBe(403);
    const before = await auditCount();
    const created = await admin.post('/api/users', body);
    expect(created.status).toBe(201);
    expect(created.body).not.toHaveProperty('password');
    expect(await auditCount()).toBe(before + 1);
    const duplicate = await admin.post('/api/users', { ...body, email: 'NEW.person@example.test' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.issues[0].path).toBe('body.email');
  });

  it('names a short password and a bad e-mail in one answer', async () => {
    const admin = await server.signIn('admin');
    const r = await admin.post('/api/users', {
      email: 'not-an-email',
      name: 'X',
      role: 'tpm',
      password: 'short',
    });
    expect(r.status).toBe(400);
    const paths = r.body.error.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['body.email', 'body.password']));
  });
});

describe('public routes', () => {
  it('serves health, the OpenAPI document and the docs without credentials', async () => {
    const anon = server.anonymous();
    const health = await anon.get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body.database.state).toBe('up');
    const doc = await anon.get('/api/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    expect((await fetch(`${server.url}/api/docs/`)).status).toBe(200);
  });

  it('answers unknown API routes with 404 not_found in the error shape', async () => {
    const admin = await server.signIn('admin');
    const r = await admin.get('/api/no-such-thing');
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('not_found');
  });
});
