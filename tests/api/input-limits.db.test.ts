import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { created } from '../support/api-steps.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// The edge's limits and the partial writes the fuzz test found, one by one, with the
// exact bytes a hostile client sends (1e999 and -0 do not survive JSON.stringify).

let server: TestServer;
let admin: Awaited<ReturnType<TestServer['signIn']>>;
let cookie: string;
let programId: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.signIn('admin');
  cookie = admin.auth.cookie!;
  programId = (await created(admin, '/api/programs', { name: 'Edge cases' })).id;
});
afterAll(async () => server?.close());

async function raw(method: string, path: string, body?: string) {
  const response = await fetch(server.url + path, {
    method,
    headers: {
      cookie,
      origin: server.url,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) };
}

function issuePaths(body: { error: { issues: { path: string }[] } }) {
  return body.error.issues.map((i) => i.path);
}

describe('no partial writes', () => {
  it('refuses fixedCost 1e999 on create, stores nothing, and the program still reads', async () => {
    const before = await server.countRows('tasks');
    const r = await raw(
      'POST',
      `/api/programs/${programId}/tasks`,
      '{"name":"x","fixedCost":1e999}',
    );
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('validation_failed');
    expect(issuePaths(r.body)).toContain('body.fixedCost');
    expect(await server.countRows('tasks')).toBe(before);
    expect((await admin.get(`/api/programs/${programId}/tasks`)).status).toBe(200);
    expect((await admin.get(`/api/programs/${programId}/plan`)).status).toBe(200);
  });

  it('refuses costPerHour -1e999 on update and leaves the task as it was', async () => {
    const task = await created(admin, `/api/programs/${programId}/tasks`, {
      name: 'Costed',
      costPerHour: 120,
    });
    const r = await raw(
      'PATCH',
      `/api/tasks/${task.id}`,
      `{"costPerHour":-1e999,"version":${task.version}}`,
    );
    expect(r.status).toBe(400);
    expect(issuePaths(r.body)).toContain('body.costPerHour');
    const after = await admin.get(`/api/tasks/${task.id}`);
    expect(after.status).toBe(200);
    expect(after.body).toMatchObject({ costPerHour: 120, version: task.version });
  });

  it('rolls a transaction back when its result could not be written as JSON', async () => {
    const before = await server.countRows('teams');
    await expect(
      server.db.transaction(async (tx) => {
        await tx.query(`INSERT INTO teams (name) VALUES ('Never stored')`);
        return { budget: Infinity };
      }),
    ).rejects.toThrow(/budget is Infinity/);
    expect(await server.countRows('teams')).toBe(before);
  });

  it('serves a stored forecast finishing past year 9999 as failed instead of failing every read', async () => {
    const far = '+010000-01-03T17:00:00';
    await server.db.query(
      `INSERT INTO forecasts (program_id, iterations, seed, status, result, finished_at)
       VALUES ($1, 100, 1, 'succeeded', $2, now())`,
      [programId, { finish: { percentiles: [{ p: 50, finish: far }] }, deterministicFinish: far }],
    );
    const list = await admin.get(`/api/programs/${programId}/forecasts`);
    expect(list.status).toBe(200);
    expect(list.body.items[0]).toMatchObject({ status: 'failed', p50: null });
    const one = await admin.get(`/api/forecasts/${list.body.items[0].id}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ status: 'failed', result: null });
  });
});

describe('limits at the edge', () => {
  it.each([
    [
      'NUL in a body string',
      'POST',
      '/api/teams',
      '{"name":"a\\u0000b"}',
      'body.name',
      'nul_character',
    ],
    [
      'a lone surrogate',
      'POST',
      '/api/teams',
      '{"name":"a\\ud800"}',
      'body.name',
      'invalid_unicode',
    ],
    [
      'a date in year 9999',
      'POST',
      '/api/holidays',
      '{"day":"9999-12-31","name":"Far"}',
      'body.day',
      'format',
    ],
    [
      'a date in year 1',
      'POST',
      '/api/holidays',
      '{"day":"0001-01-01","name":"Early"}',
      'body.day',
      'format',
    ],
    [
      'a budget past bigint',
      'POST',
      '/api/programs',
      '{"name":"B","budgetCents":1e19}',
      'body.budgetCents',
      'maximum',
    ],
  ])('refuses %s, naming the field', async (_what, method, path, body, field, code) => {
    const r = await raw(method, path, body);
    expect(r.status).toBe(400);
    expect(r.body.error.issues).toContainEqual(expect.objectContaining({ path: field, code }));
  });

  it('refuses units of 5e-324 (rounds to 0 in numeric(4, 2)) with 400, not a CHECK failure', async () => {
    const task = await created(admin, `/api/programs/${programId}/tasks`, { name: 'Assigned' });
    const r = await raw(
      'POST',
      `/api/tasks/${task.id}/assignments`,
      `{"userId":"${admin.user.id}","units":5e-324}`,
    );
    expect(r.status).toBe(400);
    expect(issuePaths(r.body)).toContain('body.units');
  });

  it.each([
    ['offset=1e308', 'query.offset'],
    ['limit=1e999', 'query.limit'],
    ['offset=-1e999', 'query.offset'],
    ['q=a%00b', 'query.q'],
  ])('refuses ?%s in a query string', async (query, field) => {
    const r = await raw('GET', `/api/programs/${programId}/tasks?${query}`);
    expect(r.status).toBe(400);
    expect(issuePaths(r.body)).toContain(field);
  });

  it('answers a path parameter over the limit with 414 in the error contract', async () => {
    const r = await raw('GET', `/api/tasks/${'x'.repeat(500)}`);
    expect(r.status).toBe(414);
    expect(r.body.error).toMatchObject({ code: 'uri_too_long', issues: [{ path: 'url' }] });
  });

  it('answers a malformed percent-encoding with 400 in the error contract', async () => {
    const r = await raw('GET', '/api/tasks/%E0%A4%A');
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('validation_failed');
  });

  it('answers headers over 16 KB with 431 in the error contract', async () => {
    const r = await raw('GET', `/api/programs?q=${'a'.repeat(20_000)}`);
    expect(r.status).toBe(431);
    expect(r.body.error).toMatchObject({ code: 'headers_too_large', message: expect.any(String) });
  });

  it('answers bytes that are not HTTP with 400 in the error contract', async () => {
    const port = Number(new URL(server.url).port);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.write('NOT HTTP AT ALL\r\n\r\n'));
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
    expect(body.error).toMatchObject({ code: 'validation_failed', issues: [{ path: 'request' }] });
  });
});
