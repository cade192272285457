import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { created } from '../../../tests/support/api-steps.js';
import { TEST_CLOCK_START } from '../../../tests/support/test-clock.js';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

/*
 * Post-mortems through HTTP. The server's clock is pinned at TEST_CLOCK_START
 * (Monday 16 November 2026, 08:00 in Los Angeles).
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ now: TEST_CLOCK_START });
});
afterAll(async () => server?.close());

type Client = Awaited<ReturnType<TestServer['signIn']>>;

const paths = (r: { body: { error: { issues: { path: string }[] } } }) =>
  r.body.error.issues.map((i) => i.path);

async function program(client: Client, body: Record<string, unknown> = {}) {
  return (await created(client, '/api/programs', { name: `Retro ${Math.random()}`, ...body }))
    .id as string;
}

async function postMortem(client: Client, programId: string, body: Record<string, unknown> = {}) {
  const r = await client.post(`/api/programs/${programId}/post-mortems`, {
    title: 'Launch retrospective',
    ...body,
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

describe('a post-mortem', () => {
  it('covers the program from its start to its today, facilitated by its author, with the template’s sections', async () => {
    const tpm = await server.signIn('tpm');
    const programId = await program(tpm, { startDate: '2026-06-01' });
    const pm = await postMortem(tpm, programId);
    expect(pm).toMatchObject({
      programId,
      status: 'draft',
      periodFrom: '2026-06-01',
      periodTo: '2026-11-16',
      wentWell: [],
      didNotGoWell: [],
      rootCauses: [],
      facilitatorId: tpm.user.id,
      participantIds: [],
      publishedAt: null,
      version: 1,
    });
    expect(pm.sections.map((s: { id: string }) => s.id)).toEqual([
      'wentWell',
      'didNotGoWell',
      'rootCauses',
      'doDifferently',
    ]);
    expect((await tpm.get(`/api/post-mortems/${pm.id}`)).body).toEqual(pm);
    expect((await tpm.get(`/api/programs/${programId}/post-mortems`)).body.items).toEqual([pm]);
    expect(await server.auditActions('post_mortem', pm.id)).toEqual(['create']);
  });

  it('changes only the fields named, with the version read', async () => {
    const tpm = await server.signIn('tpm');
    const other = await server.signIn('stakeholder');
    const pm = await postMortem(tpm, await program(tpm), {
      wentWell: [{ text: 'Daily demos' }],
    });
    const r = await tpm.patch(`/api/post-mortems/${pm.id}`, {
      version: 1,
      rootCauses: [{ text: 'No load test before launch', category: 'testing' }],
      participantIds: [other.user.id],
      sectionContent: [{ id: 'doDifferently', items: [{ text: 'Load test every release' }] }],
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({
      version: 2,
      wentWell: [{ text: 'Daily demos', category: null }],
      rootCauses: [{ text: 'No load test before launch', category: 'testing' }],
      participants: [{ id: other.user.id }],
    });
    expect(r.body.sections[3].items).toEqual([{ text: 'Load test every release', category: null }]);
    // The search document follows the lists and the free sections.
    const found = await server.db.query(
      `SELECT id FROM post_mortems
        WHERE search_document @@ plainto_tsquery('simple', 'load test release')`,
    );
    expect(found.rows.map((row) => row.id)).toEqual([pm.id]);
    const stale = await tpm.patch(`/api/post-mortems/${pm.id}`, { version: 1, title: 'Again' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');
  });

  it('names each bad field', async () => {
    const tpm = await server.signIn('tpm');
    const programId = await program(tpm);
    const r = await tpm.post(`/api/programs/${programId}/post-mortems`, {
      title: 'Backwards',
      periodFrom: '2026-10-01',
      periodTo: '2026-09-01',
      participantIds: ['00000000-0000-4000-8000-000000000000'],
      sectionContent: [
        { id: 'wentWell', items: [] },
        { id: 'nothing', items: [] },
      ],
    });
    expect(r.status).toBe(400);
    expect(paths(r).sort()).toEqual([
      'body.participantIds[0]',
      'body.periodTo',
      'body.sectionContent[0].id',
      'body.sectionContent[1].id',
    ]);
  });

  it('is immutable once published: no edit, no delete, no second publish', async () => {
    const tpm = await server.signIn('tpm');
    const pm = await postMortem(tpm, await program(tpm));
    const published = await tpm.post(`/api/post-mortems/${pm.id}/publish`, { version: 1 });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', publishedById: tpm.user.id });
    expect(published.body.publishedAt).not.toBeNull();
    const v = published.body.version;
    for (const attempt of [
      tpm.patch(`/api/post-mortems/${pm.id}`, { version: v, title: 'Rewritten' }),
      tpm.delete(`/api/post-mortems/${pm.id}?version=${v}`),
      tpm.post(`/api/post-mortems/${pm.id}/publish`, { version: v }),
    ]) {
      const r = await attempt;
      expect(r.status).toBe(409);
      expect(r.body.error.code).toBe('post_mortem_published');
    }
    expect((await tpm.get(`/api/post-mortems/${pm.id}`)).body.title).toBe('Launch retrospective');
  });

  it('is deleted while a draft', async () => {
    const tpm = await server.signIn('tpm');
    const pm = await postMortem(tpm, await program(tpm));
    expect((await tpm.delete(`/api/post-mortems/${pm.id}?version=1`)).status).toBe(204);
    expect((await tpm.get(`/api/post-mortems/${pm.id}`)).status).toBe(404);
    expect(await server.auditActions('post_mortem', pm.id)).toEqual(['create', 'delete']);
  });
});

describe('the post-mortem template', () => {
  it('is copied by new post-mortems; editing it leaves existing ones as they were', async () => {
    const manager = await server.signIn('tpm_manager');
    const programId = await program(manager);
    const before = await postMortem(manager, programId);
    const template = (await manager.get('/api/post-mortem-template')).body;
    const put = await manager.put('/api/post-mortem-template', {
      version: template.version,
      sections: [
        ...template.sections,
        {
          id: 'luck',
          title: 'Where we were lucky',
          prompt: 'What could have gone worse?',
          kind: 'text',
        },
      ],
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const after = await postMortem(manager, programId, {
      sectionContent: [{ id: 'luck', text: 'The vendor shipped early.' }],
    });
    expect(after.sections.at(-1)).toMatchObject({
      id: 'luck',
      kind: 'text',
      text: 'The vendor shipped early.',
    });
    expect((await manager.get(`/api/post-mortems/${before.id}`)).body.sections).toHaveLength(4);
    // Put it back for the other tests.
    const restored = await manager.put('/api/post-mortem-template', {
      version: put.body.version,
      sections: template.sections,
    });
    expect(restored.status).toBe(200);
  });

  it('is changed only by TPM managers and admins, and keeps its ids unique', async () => {
    const tpm = await server.signIn('tpm');
    const admin = await server.signIn('admin');
    const template = (await tpm.get('/api/post-mortem-template')).body;
    const body = { version: template.version, sections: template.sections };
    expect((await tpm.put('/api/post-mortem-template', body)).status).toBe(403);
    const twice = await admin.put('/api/post-mortem-template', {
      version: template.version,
      sections: [template.sections[0], template.sections[0]],
    });
    expect(twice.status).toBe(400);
    expect(paths(twice)).toEqual(['body.sections[1].id']);
  });
});

describe('the timeline', () => {
  it('lists a slipped milestone, a decision and an occurred risk in time order, and is stored at publish', async () => {
    const tpm = await server.signIn('tpm');
    const programId = await program(tpm, { startDate: '2027-03-01' });
    const launch = await created(tpm, `/api/programs/${programId}/milestones`, {
      name: 'Launch',
      dueDate: '2027-04-09',
    });
    const build = await created(tpm, `/api/programs/${programId}/tasks`, {
      name: 'Build',
      estimateHours: 40,
      milestoneId: launch.id,
    });
    await created(tpm, `/api/programs/${programId}/baselines`, { name: 'Plan of record' });
    const grown = await tpm.patch(`/api/tasks/${build.id}`, {
      version: build.version,
      estimateHours: 120,
    });
    expect(grown.status, JSON.stringify(grown.body)).toBe(200);
    await created(tpm, `/api/programs/${programId}/baselines`, { name: 'Replan' });

    const decision = await created(tpm, `/api/programs/${programId}/decisions`, {
      title: 'Cut scope?',
    });
    const decided = await tpm.patch(`/api/decisions/${decision.id}`, {
      version: decision.version,
      status: 'decided',
      decision: 'Ship without the export.',
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    const risk = await created(tpm, `/api/programs/${programId}/risks`, {
      title: 'Vendor late',
      probability: 0.4,
    });
    const occurred = await tpm.patch(`/api/risks/${risk.id}`, {
      version: risk.version,
      status: 'occurred',
    });
    expect(occurred.status, JSON.stringify(occurred.body)).toBe(200);

    const pm = await postMortem(tpm, programId);
    const live = await tpm.get(`/api/post-mortems/${pm.id}/timeline`);
    expect(live.status).toBe(200);
    expect(live.body.snapshot).toBe(false);
    const events = live.body.events as {
      at: string;
      kind: string;
      subjectId: string;
      title: string;
    }[];
    const times = events.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const order = events.map((e) => e.kind).filter((k) => k !== 'issue');
    expect(order).toEqual(['baseline', 'baseline', 'milestone_slip', 'decision', 'risk_occurred']);
    expect(events.find((e) => e.kind === 'milestone_slip')).toMatchObject({ subjectId: launch.id });
    expect(events.find((e) => e.kind === 'milestone_slip')!.title).toMatch(
      /^Launch slipped \d+ days?$/,
    );

    const published = await tpm.post(`/api/post-mortems/${pm.id}/publish`, { version: pm.version });
    expect(published.status).toBe(200);
    // Later history does not reach a published timeline.
    await created(tpm, `/api/programs/${programId}/issues`, { title: 'Found after' });
    const stored = (await tpm.get(`/api/post-mortems/${pm.id}/timeline`)).body;
    expect(stored.snapshot).toBe(true);
    expect(stored.events).toEqual(live.body.events);
  });
});
