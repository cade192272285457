import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../tests/support/test-server.js';

let server: TestServer;
let tpm: Awaited<ReturnType<TestServer['signIn']>>;
let programId: string;
beforeAll(async () => {
  server = await startTestServer();
  tpm = await server.signIn('tpm');
  const program = await tpm.post('/api/programs', { name: 'Typed', startDate: '2027-01-04' });
  programId = program.body.id;
});
afterAll(async () => server?.close());

/** Same origin and signed in, so only the content type can be wrong. */
async function send(method: string, path: string, contentType: string | undefined, body?: string) {
  const { cookie } = (tpm as unknown as { auth: { cookie: string } }).auth;
  const response = await fetch(server.url + path, {
    method,
    headers: {
      cookie,
      origin: server.url,
      ...(contentType === undefined ? {} : { 'content-type': contentType }),
    },
    // fetch labels a string body text/plain; bytes go without a Content-Type.
    ...(body !== undefined
      ? { body: contentType === undefined ? new TextEncoder().encode(body) : body }
      : {}),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

describe('a body must have the media type its route declares', () => {
  it('a JSON route refuses text/plain, a form and no Content-Type with 415 naming application/json', async () => {
    const programs = await server.countRows('programs');
    const json = JSON.stringify({ name: 'Smuggled', startDate: '2027-01-04' });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'text/csv', undefined]) {
      const r = await send('POST', '/api/programs', type, json);
      expect(r.status, String(type)).toBe(415);
      expect(r.body.error.code).toBe('unsupported_media_type');
      expect(r.body.error.issues).toEqual([
        expect.objectContaining({ path: 'headers.content-type', code: 'unsupported_media_type' }),
      ]);
      expect(r.body.error.message).toContain('application/json');
      expect(r.body.error.message).toContain(type ?? 'names no Content-Type');
    }
    expect(await server.countRows('programs')).toBe(programs);
    // A charset parameter is fine.
    const ok = await send('POST', '/api/programs', 'application/json; charset=utf-8', json);
    expect(ok.status).toBe(201);
  });

  it('a route without a body refuses one (sign-out, feed rotation, schedule), changing nothing', async () => {
    const feeds = await server.countRows('calendar_feeds');
    const sessions = await server.countRows('sessions');
    for (const [path, type] of [
      ['/api/auth/sign-out', 'text/plain'],
      [`/api/programs/${programId}/calendar-feed`, 'text/plain'],
      ['/api/me/calendar-feed', 'application/json'],
      [`/api/programs/${programId}/schedule`, 'application/json'],
    ] as const) {
      const r = await send('POST', path, type, type === 'text/plain' ? 'x' : '{}');
      expect(r.status, path).toBe(415);
      expect(r.body.error.code).toBe('unsupported_media_type');
      expect(r.body.error.message).toMatch(/takes no request body/);
    }
    const del = await send('DELETE', `/api/programs/${programId}`, 'application/json', '{}');
    expect(del.status).toBe(415);
    expect(await server.countRows('calendar_feeds')).toBe(feeds);
    expect(await server.countRows('sessions')).toBe(sessions);
    expect((await tpm.get('/api/me')).status).toBe(200);
    // Without a body they work.
    expect((await tpm.post(`/api/programs/${programId}/calendar-feed`, undefined)).status).toBe(
      201,
    );
  });

  it('plan import takes the text types it declares, text/plain among them, and refuses JSON', async () => {
    const csv = 'ID,Name,Duration,Predecessors\n1,Only task,2d,\n';
    const asText = await send(
      'POST',
      '/api/programs/import?format=csv&name=As%20text',
      'text/plain',
      csv,
    );
    expect(asText.status, JSON.stringify(asText.body)).toBe(201);
    const asJson = await send(
      'POST',
      '/api/programs/import?format=csv&name=As%20json',
      'application/json',
      JSON.stringify(csv),
    );
    expect(asJson.status).toBe(415);
    expect(asJson.body.error.message).toContain('text/csv');
    expect(asJson.body.error.message).toContain('text/plain');
  });

  it('a text/plain body to an unknown route is still a 404', async () => {
    const r = await send('POST', '/api/nowhere', 'text/plain', 'x');
    expect(r.status).toBe(404);
  });
});
