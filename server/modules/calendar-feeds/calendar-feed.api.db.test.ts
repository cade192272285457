import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

type Client = Awaited<ReturnType<TestServer['signIn']>>;

async function created(client: Client, path: string, body: unknown) {
  const r = await client.post(path, body);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { id: string; version: number };
}

/** Fetches a feed as a calendar client would: no cookie, no token. */
async function fetchFeed(url: string) {
  const response = await fetch(url);
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    text: await response.text(),
  };
}

function events(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  return root
    .getAllSubcomponents('vevent')
    .map((c) => new ICAL.Event(c))
    .map((e) => ({ uid: e.uid, summary: e.summary, start: e.startDate.toString() }))
    .sort((a, b) => a.summary.localeCompare(b.summary));
}

describe('calendar feeds', () => {
  it("serves a program's milestones at a secret URL that parses in ical.js; rotating retires the old URL", async () => {
    const tpm = await server.signIn('tpm');
    const program = await created(tpm, '/api/programs', {
      name: 'Feed program',
      startDate: '2027-01-04',
    });
    const beta = await created(tpm, `/api/programs/${program.id}/milestones`, {
      name: 'Beta',
      dueDate: '2027-02-01',
    });
    const task = await created(tpm, `/api/programs/${program.id}/tasks`, {
      name: 'Work',
      estimateHours: 16,
    });
    const ga = await created(tpm, `/api/programs/${program.id}/milestones`, { name: 'GA' });
    await created(tpm, '/api/dependencies', { predecessorId: task.id, successorId: ga.id });

    const r = await tpm.post(`/api/programs/${program.id}/calendar-feed`, undefined);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.url).toBe(server.url + r.body.path);
    expect(r.body.path).toMatch(/^\/api\/feeds\/wmcal_[A-Za-z0-9_-]{43}\.ics$/);

    const feed = await fetchFeed(r.body.url);
    expect(feed.status).toBe(200);
    expect(feed.type).toMatch(/^text\/calendar/);
    expect(events(feed.text)).toEqual([
      { uid: `milestone-${beta.id}@waymark`, summary: 'Beta', start: '2027-02-01' },
      // No due date: the scheduled date (16 h of work from Mon 2027-01-04 → Tue).
      { uid: `milestone-${ga.id}@waymark`, summary: 'GA', start: '2027-01-05' },
    ]);

    const rotated = await tpm.post(`/api/programs/${program.id}/calendar-feed`, undefined);
    expect(rotated.status).toBe(201);
    expect(rotated.body.path).not.toBe(r.body.path);
    expect((await fetchFeed(r.body.url)).status).toBe(404);
    expect((await fetchFeed(rotated.body.url)).status).toBe(200);
    expect(await server.auditActions('program', program.id)).toContain('calendar_feed_rotate');
  });

  it('an unknown token is a 404', async () => {
    const feed = await fetchFeed(`${server.url}/api/feeds/wmcal_nope.ics`);
    expect(feed.status).toBe(404);
  });

  it('a person feed has the milestones of tasks they own and of workstreams they lead', async () => {
    const tpm = await server.signIn('tpm');
    const owner = await server.signIn('tpm', { name: 'Olga Owner' });
    const program = await created(tpm, '/api/programs', {
      name: 'Person feed',
      startDate: '2027-01-04',
    });
    const led = await created(tpm, `/api/programs/${program.id}/workstreams`, {
      name: 'Led',
      leadId: owner.user.id,
    });
    const m1 = await created(tpm, `/api/programs/${program.id}/milestones`, {
      name: 'Owned',
      dueDate: '2027-03-01',
    });
    await created(tpm, `/api/programs/${program.id}/milestones`, {
      name: 'Led milestone',
      dueDate: '2027-03-02',
      workstreamId: led.id,
    });
    await created(tpm, `/api/programs/${program.id}/milestones`, {
      name: 'Not mine',
      dueDate: '2027-03-03',
    });
    await created(tpm, `/api/programs/${program.id}/tasks`, {
      name: 'My task',
      ownerId: owner.user.id,
      milestoneId: m1.id,
    });
    const r = await owner.post('/api/me/calendar-feed', undefined);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const feed = await fetchFeed(r.body.url);
    expect(feed.status).toBe(200);
    expect(events(feed.text).map((e) => [e.summary, e.start])).toEqual([
      ['Led milestone', '2027-03-02'],
      ['Owned', '2027-03-01'],
    ]);
  });

  it('a stakeholder cannot create a program feed but can fetch one, and can have their own', async () => {
    const tpm = await server.signIn('tpm');
    const stakeholder = await server.signIn('stakeholder');
    const program = await created(tpm, '/api/programs', { name: 'Stakeholder feed' });
    expect(
      (await stakeholder.post(`/api/programs/${program.id}/calendar-feed`, undefined)).status,
    ).toBe(403);
    const r = await tpm.post(`/api/programs/${program.id}/calendar-feed`, undefined);
    expect((await stakeholder.get(r.body.path)).status).toBe(200);
    expect((await stakeholder.post('/api/me/calendar-feed', undefined)).status).toBe(201);
  });

  it('a program feed for an unknown program is a 404', async () => {
    const tpm = await server.signIn('tpm');
    const r = await tpm.post(
      '/api/programs/00000000-0000-4000-8000-000000000000/calendar-feed',
      undefined,
    );
    expect(r.status).toBe(404);
  });
});
