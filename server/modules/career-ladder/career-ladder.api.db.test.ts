import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

describe('career ladder', () => {
  it('ships tracks, grades 5–11 on two paths and an expectation for every competency at every level', async () => {
    const tpm = await server.signIn('tpm');
    const ladder = (await tpm.get('/api/career-ladder')).body;
    expect(ladder.tracks.map((t: { key: string }) => t.key)).toEqual([
      'product_tpm',
      'engineering_tpm',
      'it_pmo',
    ]);
    const grades = ladder.levels.map(
      (l: { path: string; grade: number }) => `${l.path}:${l.grade}`,
    );
    expect(grades).toEqual([
      'individual:5',
      'individual:6',
      'individual:7',
      'individual:8',
      'individual:9',
      'manager:8',
      'manager:9',
      'manager:10',
      'manager:11',
    ]);
    const associate = ladder.levels[0];
    expect(associate.nextLevelId).toBe(ladder.levels[1].id);
    expect(ladder.levels[4].nextLevelId).toBeNull();
    for (const c of ladder.competencies) expect(c.expectations).toHaveLength(9);
  });

  it('lets only admins edit expectations, audited on the competency', async () => {
    const admin = await server.signIn('admin');
    const tpm = await server.signIn('tpm');
    const ladder = (await admin.get('/api/career-ladder')).body;
    const c = ladder.competencies[0];
    const level = ladder.levels[2];
    const url = `/api/career-ladder/competencies/${c.id}/expectations/${level.id}`;
    expect((await tpm.request('PUT', url, { expectation: 'Anything' })).status).toBe(403);
    const set = await admin.request('PUT', url, {
      expectation: 'Plans a program across three teams.',
    });
    expect(set.status).toBe(200);
    expect(
      set.body.expectations.find((e: { levelId: string }) => e.levelId === level.id).expectation,
    ).toBe('Plans a program across three teams.');
    expect(await server.auditActions('competency', c.id)).toEqual(['update']);
    const created = await admin.post('/api/career-ladder/competencies', {
      name: 'Vendor management',
    });
    expect(created.status).toBe(201);
    expect(
      (await admin.post('/api/career-ladder/competencies', { name: 'Vendor management' })).status,
    ).toBe(409);
  });

  it('records self and manager assessments with evidence, and computes promotion readiness', async () => {
    const admin = await server.signIn('admin');
    const boss = await server.signIn('tpm_manager');
    const me = await server.signIn('tpm');
    const ladder = (await admin.get('/api/career-ladder')).body;
    const [associate, mid] = ladder.levels;
    await admin.patch(`/api/people/${me.user.id}`, {
      version: 1,
      levelId: associate.id,
      managerId: boss.user.id,
    });
    const put = (client: typeof me, body: object) =>
      client.request('PUT', `/api/people/${me.user.id}/assessments`, body);

    const self = await put(me, {
      competencyId: ladder.competencies[0].id,
      levelId: mid.id,
      kind: 'self',
      rating: 3,
      evidenceUrls: ['https://wiki.example.test/retro-42'],
    });
    expect(self.status).toBe(200);
    expect(
      (
        await put(me, {
          competencyId: ladder.competencies[0].id,
          levelId: mid.id,
          kind: 'manager',
          rating: 4,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await put(boss, {
          competencyId: ladder.competencies[0].id,
          levelId: mid.id,
          kind: 'self',
          rating: 4,
        })
      ).status,
    ).toBe(403);
    const bad = await put(boss, {
      competencyId: ladder.competencies[0].id,
      levelId: mid.id,
      kind: 'manager',
      rating: 3,
      evidenceUrls: ['not a url'],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toBe('body.evidenceUrls[0]');

    for (const c of ladder.competencies)
      expect(
        (await put(boss, { competencyId: c.id, levelId: mid.id, kind: 'manager', rating: 3 }))
          .status,
      ).toBe(200);
    const again = await put(boss, {
      competencyId: ladder.competencies[1].id,
      levelId: mid.id,
      kind: 'manager',
      rating: 2,
    });
    expect(again.body.version).toBe(2);

    const view = (await me.get(`/api/people/${me.user.id}/assessments`)).body;
    expect(view).toMatchObject({ currentLevelId: associate.id, nextLevelId: mid.id });
    expect(view.readiness).toMatchObject({
      competencyCount: ladder.competencies.length,
      metByManager: ladder.competencies.length - 1,
      metBySelf: 1,
      ready: false,
    });
    const list = (await boss.get('/api/career-ladder/readiness')).body.items;
    expect(list.find((r: { personId: string }) => r.personId === me.user.id)).toEqual(
      view.readiness,
    );
    expect(await server.auditActions('assessment', again.body.id)).toEqual(['create', 'update']);
  });
});

describe('deleting a competency', () => {
  it('deletes an unused competency with its expectations; refuses a tpm and a stale version', async () => {
    const admin = await server.signIn('admin');
    const ladder = (await admin.get('/api/career-ladder')).body;
    const { body: craft } = await admin.post('/api/career-ladder/competencies', {
      name: 'Unused craft',
    });
    await admin.put(
      `/api/career-ladder/competencies/${craft.id}/expectations/${ladder.levels[0].id}`,
      {
        expectation: 'Writes it down',
      },
    );
    const renamed = await admin.patch(`/api/career-ladder/competencies/${craft.id}`, {
      version: 1,
      name: 'Unused craft (old)',
    });
    expect(renamed.body.version).toBe(2);
    const tpm = await server.signIn('tpm');
    expect((await tpm.delete(`/api/career-ladder/competencies/${craft.id}`, 2)).status).toBe(403);
    const stale = await admin.delete(`/api/career-ladder/competencies/${craft.id}`, 1);
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');
    const expectations = () =>
      server.db.query('SELECT 1 FROM competency_expectations WHERE competency_id = $1', [craft.id]);
    expect((await expectations()).rowCount).toBe(1);

    expect((await admin.delete(`/api/career-ladder/competencies/${craft.id}`, 2)).status).toBe(204);
    const after = (await admin.get('/api/career-ladder')).body.competencies;
    expect(after.some((c: { id: string }) => c.id === craft.id)).toBe(false);
    expect((await expectations()).rowCount).toBe(0);
    expect(await server.auditActions('competency', craft.id)).toEqual([
      'create',
      'update',
      'update',
      'delete',
    ]);
  });

  it('refuses while people have assessments on it (409 in_use), unless withAssessments=true', async () => {
    const admin = await server.signIn('admin');
    const me = await server.signIn('tpm');
    const ladder = (await admin.get('/api/career-ladder')).body;
    const { body: craft } = await admin.post('/api/career-ladder/competencies', {
      name: 'Assessed craft',
    });
    await admin.patch(`/api/people/${me.user.id}`, { version: 1, levelId: ladder.levels[0].id });
    const assessed = await me.put(`/api/people/${me.user.id}/assessments`, {
      competencyId: craft.id,
      levelId: ladder.levels[1].id,
      kind: 'self',
      rating: 3,
    });
    expect(assessed.status).toBe(200);

    const refused = await admin.delete(`/api/career-ladder/competencies/${craft.id}`, 1);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: 'in_use',
      issues: [expect.objectContaining({ path: 'query.withAssessments', code: 'in_use' })],
    });
    expect(refused.body.error.message).toMatch(/1 person has 1 assessment/);
    const assessments = () =>
      server.db.query('SELECT 1 FROM competency_assessments WHERE competency_id = $1', [craft.id]);
    expect((await assessments()).rowCount).toBe(1);

    const gone = await admin.delete(
      `/api/career-ladder/competencies/${craft.id}?withAssessments=true`,
      1,
    );
    expect(gone.status).toBe(204);
    expect((await assessments()).rowCount).toBe(0);
    expect(await server.auditActions('competency', craft.id)).toEqual(['create', 'delete']);
  });
});

describe('editing a track', () => {
  it('renames a track (admin), keeps its key, and refuses a tpm, a stale version and the key', async () => {
    const admin = await server.signIn('admin');
    const track = (await admin.get('/api/career-ladder')).body.tracks[0];
    const renamed = await admin.patch(`/api/career-ladder/tracks/${track.id}`, {
      version: track.version,
      name: 'Platform programs',
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toEqual({
      ...track,
      name: 'Platform programs',
      version: track.version + 1,
    });
    const tpm = await server.signIn('tpm');
    const path = `/api/career-ladder/tracks/${track.id}`;
    expect((await tpm.patch(path, { version: track.version + 1, name: 'x' })).status).toBe(403);
    expect((await admin.patch(path, { version: track.version, name: 'x' })).status).toBe(409);
    const key = await admin.patch(path, { version: track.version + 1, key: 'other' });
    expect(key.status).toBe(400);
    expect(key.body.error.issues[0]).toMatchObject({ path: 'body.key', code: 'unknown_property' });
    const after = (await admin.get('/api/career-ladder')).body.tracks[0];
    expect(after).toEqual(renamed.body);
    expect(await server.auditActions('career_track', track.id)).toEqual(['update']);
  });
});
