import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestServer,
  TEST_PASSWORD,
  type TestServer,
} from '../../tests/support/test-server.js';

let server: TestServer;
let admin: Awaited<ReturnType<TestServer['signIn']>>;
let programId: string;
beforeAll(async () => {
  server = await startTestServer();
  admin = await server.signIn('admin');
  const program = await admin.post('/api/programs', { name: 'Guarded', startDate: '2027-01-04' });
  expect(program.status).toBe(201);
  programId = program.body.id;
});
afterAll(async () => server?.close());

const FOREIGN = 'https://evil.example';
const CSV = 'ID,Name,Duration,Predecessors\n1,Only task,2d,\n';

interface Raw {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** A request exactly as given: no Origin unless named (the test client would add its own). */
async function raw({ method, path, headers = {}, body }: Raw) {
  const response = await fetch(server.url + path, {
    method,
    headers,
    ...(body !== undefined ? { body } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** The writes a cross-site page could make without a preflight: text/plain or no body. */
function simpleWrites(cookie: string, origin?: string): Array<Raw & { name: string }> {
  const base = { cookie, ...(origin !== undefined ? { origin } : {}) };
  return [
    {
      name: 'plan import (text/plain)',
      method: 'POST',
      path: '/api/programs/import?format=csv&name=Forged',
      headers: { ...base, 'content-type': 'text/plain' },
      body: CSV,
    },
    { name: 'sign-out', method: 'POST', path: '/api/auth/sign-out', headers: base },
    {
      name: 'program calendar-feed rotation',
      method: 'POST',
      path: `/api/programs/${programId}/calendar-feed`,
      headers: base,
    },
    {
      name: 'my calendar-feed rotation',
      method: 'POST',
      path: '/api/me/calendar-feed',
      headers: base,
    },
    {
      name: 'schedule recompute (text/plain body)',
      method: 'POST',
      path: `/api/programs/${programId}/schedule`,
      headers: { ...base, 'content-type': 'text/plain' },
      body: 'x',
    },
    {
      name: 'new program (JSON as text/plain)',
      method: 'POST',
      path: '/api/programs',
      headers: { ...base, 'content-type': 'text/plain' },
      body: JSON.stringify({ name: 'Forged', startDate: '2027-01-04' }),
    },
    { name: 'program delete', method: 'DELETE', path: `/api/programs/${programId}`, headers: base },
  ];
}

async function snapshot() {
  const tables = ['programs', 'sessions', 'calendar_feeds', 'audit_events', 'program_schedules'];
  const counts = await Promise.all(tables.map((t) => server.countRows(t)));
  const program = await server.db.query('SELECT name, version FROM programs WHERE id = $1', [
    programId,
  ]);
  return {
    counts: Object.fromEntries(tables.map((t, i) => [t, counts[i]])),
    program: program.rows,
  };
}

function cookieOf(client: { baseUrl: string }): string {
  return (client as unknown as { auth: { cookie: string } }).auth.cookie;
}

describe('a write with the session cookie from another origin', () => {
  it('is refused 403 csrf_refused on import, sign-out, feed rotation and more, changing nothing', async () => {
    const before = await snapshot();
    for (const write of simpleWrites(cookieOf(admin), FOREIGN)) {
      const r = await raw(write);
      expect(r.status, `${write.name}: ${JSON.stringify(r.body)}`).toBe(403);
      expect(r.body.error.code, write.name).toBe('csrf_refused');
      expect(r.body.error.issues[0].path).toBe('headers.origin');
      expect(r.body.error.message).toContain(FOREIGN);
    }
    expect(await snapshot()).toEqual(before);
    // The session survived the forged sign-out.
    expect((await admin.get('/api/me')).status).toBe(200);
  });

  it('is refused from an opaque origin, with no Origin at all, or when fetch metadata says cross-site', async () => {
    const before = await snapshot();
    const cookie = cookieOf(admin);
    const cases: Array<[Record<string, string>, string]> = [
      [{ origin: 'null' }, 'headers.origin'],
      [{}, 'headers.origin'],
      [{ 'sec-fetch-site': 'cross-site' }, 'headers.sec-fetch-site'],
      [{ 'sec-fetch-site': 'same-site' }, 'headers.sec-fetch-site'],
      // Same host, other scheme or port: another origin.
      [{ origin: server.url.replace('http://', 'https://') }, 'headers.origin'],
      [{ origin: server.url.replace(/:\d+$/, ':1') }, 'headers.origin'],
    ];
    for (const [headers, path] of cases) {
      const r = await raw({
        method: 'POST',
        path: '/api/auth/sign-out',
        headers: { cookie, ...headers },
      });
      expect(r.status, JSON.stringify(headers)).toBe(403);
      expect(r.body.error.code).toBe('csrf_refused');
      expect(r.body.error.issues[0].path).toBe(path);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('every write route refuses it, whatever the route', async () => {
    const doc = (await admin.get('/api/openapi.json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    let checked = 0;
    for (const [template, operations] of Object.entries(doc.paths)) {
      for (const method of Object.keys(operations)) {
        if (!['post', 'put', 'patch', 'delete'].includes(method)) continue;
        const path = template.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
        const r = await raw({
          method: method.toUpperCase(),
          path,
          headers: { cookie: cookieOf(admin), origin: FOREIGN, 'content-type': 'text/plain' },
          body: '{}',
        });
        expect(r.status, `${method} ${template}`).toBe(403);
        expect(r.body.error.code).toBe('csrf_refused');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});

describe('writes that are not forged', () => {
  it('are accepted from the app origin: Origin, or Sec-Fetch-Site same-origin when Origin is absent', async () => {
    const tpm = await server.signIn('tpm');
    const cookie = cookieOf(tpm);
    const imported = await raw({
      method: 'POST',
      path: '/api/programs/import?format=csv&name=Imported%20here',
      headers: { cookie, origin: server.url, 'content-type': 'text/plain' },
      body: CSV,
    });
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    const rotated = await raw({
      method: 'POST',
      path: `/api/programs/${imported.body.id}/calendar-feed`,
      headers: { cookie, 'sec-fetch-site': 'same-origin' },
    });
    expect(rotated.status, JSON.stringify(rotated.body)).toBe(201);
    const signedOut = await raw({
      method: 'POST',
      path: '/api/auth/sign-out',
      headers: { cookie, origin: server.url },
    });
    expect(signedOut.status).toBe(204);
    expect((await tpm.get('/api/me')).status).toBe(401);
  });

  it('with a bearer token, a foreign Origin changes nothing: the write goes through', async () => {
    const token = await admin.post('/api/tokens', { name: 'csrf test' });
    expect(token.status, JSON.stringify(token.body)).toBe(201);
    const r = await raw({
      method: 'POST',
      path: '/api/programs',
      headers: {
        authorization: `Bearer ${token.body.secret}`,
        origin: FOREIGN,
        'sec-fetch-site': 'cross-site',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ name: 'Via token', startDate: '2027-01-04' }),
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const rotated = await raw({
      method: 'POST',
      path: '/api/me/calendar-feed',
      headers: { authorization: `Bearer ${token.body.secret}`, origin: FOREIGN },
    });
    expect(rotated.status).toBe(201);
  });

  it('signing in is not cookie-authenticated: a client without a session signs in without Origin', async () => {
    const r = await raw({
      method: 'POST',
      path: '/api/auth/sign-in',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: admin.user.email, password: TEST_PASSWORD }),
    });
    expect(r.status).toBe(200);
  });
});
