import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';
const count = async (sql: string, id: string) =>
  (await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, [id])).rows[0]!.n;

describe('adding and deleting a career track', () => {
  it('adds a track after the others (admin only), names a bad or taken key, audited', async () => {
    const admin = await server.signIn('admin');
    const tpm = await server.signIn('tpm');
    const body = { key: 'data_tpm', name: 'Data TPM', description: 'Data platform programs.' };
    expect((await tpm.post('/api/career-ladder/tracks', body)).status).toBe(403);
    const created = await admin.post('/api/career-ladder/tracks', body);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ id: expect.any(String), ...body, version: 1 });
    const keys = (await admin.get('/api/career-ladder')).body.tracks.map(
      (t: { key: string }) => t.key,
    );
    expect(keys).toEqual(['product_tpm', 'engineering_tpm', 'it_pmo', 'data_tpm']);
    expect(await server.auditActions('career_track', created.body.id)).toEqual(['create']);

    const taken = await admin.post('/api/career-ladder/tracks', { ...body, name: 'Other' });
    expect(taken.status).toBe(409);
    expect(taken.body.error).toMatchObject({
      code: 'duplicate',
      issues: [{ path: 'body.key', code: 'duplicate', message: expect.stringMatching(/key/) }],
    });
    const bad = await admin.post('/api/career-ladder/tracks', { key: 'Data TPM', name: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      'body.key',
      'body.name',
    ]);
  });

  it('refuses while people are on it or roles are planned on it, naming them; then deletes at the version read', async () => {
    const admin = await server.signIn('admin');
    const manager = await server.signIn('tpm_manager');
    const person = await server.signIn('tpm');
    const track = (
      await admin.post('/api/career-ladder/tracks', { key: 'security_tpm', name: 'Security TPM' })
    ).body;
    await admin.patch(`/api/people/${person.user.id}`, { version: 1, trackId: track.id });
    const role = (
      await manager.post('/api/headcount/roles', {
        title: 'Security TPM',
        quarter: 'FY2027-Q2',
        trackId: track.id,
      })
    ).body;

    const refused = await admin.delete(`/api/career-ladder/tracks/${track.id}`, 1);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('in_use');
    expect(refused.body.error.message).toBe(
      'Career track "Security TPM" is still in use: 1 person is on it; 1 headcount role is planned on it. Move them to another track first, or rename this track instead.',
    );
    expect(refused.body.error.issues).toEqual([
      expect.objectContaining({ path: 'params.id', code: 'in_use' }),
      expect.objectContaining({ path: 'params.id', code: 'in_use' }),
    ]);
    expect(await count('career_tracks WHERE id = $1', track.id)).toBe(1);
    expect((await admin.get(`/api/people/${person.user.id}`)).body.trackId).toBe(track.id);

    await admin.patch(`/api/people/${person.user.id}`, { version: 2, trackId: null });
    await manager.delete(`/api/headcount/roles/${role.id}`, 1);
    const tpm = await server.signIn('tpm');
    expect((await tpm.delete(`/api/career-ladder/tracks/${track.id}`, 1)).status).toBe(403);
    const stale = await admin.delete(`/api/career-ladder/tracks/${track.id}`, 2);
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');
    const noVersion = await admin.delete(`/api/career-ladder/tracks/${track.id}`);
    expect(noVersion.status).toBe(400);
    expect(noVersion.body.error.issues[0].path).toBe('query.version');

    expect((await admin.delete(`/api/career-ladder/tracks/${track.id}`, 1)).status).toBe(204);
    expect(await count('career_tracks WHERE id = $1', track.id)).toBe(0);
    expect(await server.auditActions('career_track', track.id)).toEqual(['create', 'delete']);
    const again = await admin.delete(`/api/career-ladder/tracks/${track.id}`, 1);
    expect(again.status).toBe(404);
    expect(again.body.error.code).toBe('not_found');
  });
});

describe('adding and deleting a career level', () => {
  it('adds a level at a free grade of a path, which becomes the next level of the one below', async () => {
    const admin = await server.signIn('admin');
    const body = {
      key: 'distinguished_tpm',
      name: 'Distinguished TPM',
      path: 'individual',
      grade: 10,
      summary: 'Sets direction for the company.',
    };
    const created = await admin.post('/api/career-ladder/levels', body);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      ...body,
      nextLevelId: null,
      version: 1,
    });
    const levels = (await admin.get('/api/career-ladder')).body.levels;
    const principal = levels.find(
      (l: { path: string; grade: number }) => l.path === 'individual' && l.grade === 9,
    );
    expect(principal.nextLevelId).toBe(created.body.id);
    expect(await server.auditActions('career_level', created.body.id)).toEqual(['create']);

    const sameGrade = await admin.post('/api/career-ladder/levels', { ...body, key: 'other_key' });
    expect(sameGrade.status).toBe(409);
    expect(sameGrade.body.error.issues[0]).toMatchObject({ path: 'body.grade', code: 'duplicate' });
    const bad = await admin.post('/api/career-ladder/levels', { ...body, grade: 21, path: 'ic' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      'body.grade',
      'body.path',
    ]);
    const tpm = await server.signIn('tpm');
    expect((await tpm.post('/api/career-ladder/levels', { ...body, grade: 12 })).status).toBe(403);
  });

  it('refuses while people, roles, expectations or assessments name it; the flags take the ladder text and assessments along', async () => {
    const admin = await server.signIn('admin');
    const manager = await server.signIn('tpm_manager');
    const me = await server.signIn('tpm', { name: 'Lee Level' });
    const level = (
      await admin.post('/api/career-ladder/levels', {
        key: 'vp_programs',
        name: 'VP Programs',
        path: 'manager',
        grade: 12,
      })
    ).body;
    const competency = (await admin.get('/api/career-ladder')).body.competencies[0];
    await admin.put(`/api/career-ladder/competencies/${competency.id}/expectations/${level.id}`, {
      expectation: 'Runs the portfolio.',
    });
    await admin.patch(`/api/people/${me.user.id}`, { version: 1, levelId: level.id });
    const assessed = await me.put(`/api/people/${me.user.id}/assessments`, {
      competencyId: competency.id,
      levelId: level.id,
      kind: 'self',
      rating: 2,
    });
    expect(assessed.status).toBe(200);
    const role = (
      await manager.post('/api/headcount/roles', {
        title: 'VP',
        quarter: 'FY2027-Q3',
        levelId: level.id,
      })
    ).body;

    const refused = await admin.delete(`/api/career-ladder/levels/${level.id}`, 1);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('in_use');
    expect(refused.body.error.message).toBe(
      'Career level "VP Programs" is still in use: 1 person is on it; 1 headcount role is planned at it; 1 competency sets an expectation at it; 1 person has 1 assessment at it. Move the people and roles to another level first; add withExpectations=true and withAssessments=true to delete those with it; or rename the level instead.',
    );
    expect(refused.body.error.issues.map((i: { path: string }) => i.path)).toEqual([
      'params.id',
      'params.id',
      'query.withExpectations',
      'query.withAssessments',
    ]);
    // The flags do not move people: still refused, and nothing was deleted.
    const stillPeople = await admin.delete(
      `/api/career-ladder/levels/${level.id}?withExpectations=true&withAssessments=true`,
      1,
    );
    expect(stillPeople.status).toBe(409);
    expect(stillPeople.body.error.issues.map((i: { path: string }) => i.path)).toEqual([
      'params.id',
      'params.id',
    ]);
    expect(await count('competency_expectations WHERE level_id = $1', level.id)).toBe(1);
    expect(await count('competency_assessments WHERE level_id = $1', level.id)).toBe(1);

    await admin.patch(`/api/people/${me.user.id}`, { version: 2, levelId: null });
    await manager.patch(`/api/headcount/roles/${role.id}`, { version: 1, levelId: null });
    const onlyText = await admin.delete(
      `/api/career-ladder/levels/${level.id}?withExpectations=true`,
      1,
    );
    expect(onlyText.status).toBe(409);
    expect(onlyText.body.error.issues).toEqual([
      expect.objectContaining({ path: 'query.withAssessments', code: 'in_use' }),
    ]);
    expect(onlyText.body.error.message).toMatch(/\. Add withAssessments=true to delete those/);
    expect(await count('competency_expectations WHERE level_id = $1', level.id)).toBe(1);

    const stale = await admin.delete(
      `/api/career-ladder/levels/${level.id}?withAssessments=true`,
      3,
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');

    const gone = await admin.delete(
      `/api/career-ladder/levels/${level.id}?withExpectations=true&withAssessments=true`,
      1,
    );
    expect(gone.status).toBe(204);
    expect(await count('career_levels WHERE id = $1', level.id)).toBe(0);
    expect(await count('competency_expectations WHERE level_id = $1', level.id)).toBe(0);
    expect(await count('competency_assessments WHERE level_id = $1', level.id)).toBe(0);
    expect(await server.auditActions('career_level', level.id)).toEqual(['create', 'delete']);
  });

  it('answers 404 for a level that does not exist', async () => {
    const admin = await server.signIn('admin');
    const missing = await admin.delete(`/api/career-ladder/levels/${NO_SUCH_ID}`, 1);
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
  });
});
