import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const count = (table: string) => server.countRows(table);
const auditActions = (id: string) => server.auditActions('team', id);

describe('teams', () => {
  it('creates, lists, reads, updates and deletes a team, one audit row per write', async () => {
    const tpm = await server.signIn('tpm');
    const created = await tpm.post('/api/teams', {
      name: 'Platform',
      description: 'Runs the platform',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Platform',
      description: 'Runs the platform',
      version: 1,
    });
    const id = created.body.id;

    const list = await tpm.get('/api/teams');
    expect(list.status).toBe(200);
    expect(list.body.items.map((t: { id: string }) => t.id)).toContain(id);
    expect((await tpm.get(`/api/teams/${id}`)).body).toEqual(created.body);

    const updated = await tpm.patch(`/api/teams/${id}`, { version: 1, name: 'Platform Core' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      name: 'Platform Core',
      description: 'Runs the platform',
      version: 2,
    });

    const deleted = await tpm.delete(`/api/teams/${id}`, 2);
    expect(deleted.status).toBe(204);
    expect((await tpm.get(`/api/teams/${id}`)).status).toBe(404);
    expect(await auditActions(id)).toEqual(['create', 'update', 'delete']);
  });

  it('lists teams by name', async () => {
    const tpm = await server.signIn('tpm');
    await tpm.post('/api/teams', { name: 'zz Last' });
    await tpm.post('/api/teams', { name: 'AA First' });
    const names = (await tpm.get('/api/teams')).body.items.map((t: { name: string }) => t.name);
    expect(names.indexOf('AA First')).toBeLessThan(names.indexOf('zz Last'));
  });

  it('names the field of a wrong type and of an unknown property, and writes nothing', async () => {
    const tpm = await server.signIn('tpm');
    const before = [await count('teams'), await count('audit_events')];
    const wrongType = await tpm.post('/api/teams', { name: 7 });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.issues[0].path).toBe('body.name');
    const unknown = await tpm.post('/api/teams', { name: 'Typo', descripton: 'x' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.issues).toContainEqual(
      expect.objectContaining({ path: 'body.descripton', code: 'unknown_property' }),
    );
    expect([await count('teams'), await count('audit_events')]).toEqual(before);
  });

  it('refuses a duplicate name with 409 naming body.name', async () => {
    const tpm = await server.signIn('tpm');
    await tpm.post('/api/teams', { name: 'Data' });
    const again = await tpm.post('/api/teams', { name: 'Data' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('duplicate');
    expect(again.body.error.issues[0].path).toBe('body.name');
  });

  it('answers a stale version with 409 and leaves the team unchanged', async () => {
    const tpm = await server.signIn('tpm');
    const { body: team } = await tpm.post('/api/teams', { name: 'Contended team' });
    expect(
      (await tpm.patch(`/api/teams/${team.id}`, { version: 1, description: 'first' })).status,
    ).toBe(200);
    const stale = await tpm.patch(`/api/teams/${team.id}`, { version: 1, description: 'second' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');
    const staleDelete = await tpm.delete(`/api/teams/${team.id}`, 1);
    expect(staleDelete.status).toBe(409);
    expect((await tpm.get(`/api/teams/${team.id}`)).body).toMatchObject({
      description: 'first',
      version: 2,
    });
    expect(await auditActions(team.id)).toEqual(['create', 'update']);
  });

  it('answers 404 not_found for an unknown team, on read and write', async () => {
    const tpm = await server.signIn('tpm');
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const r of [
      await tpm.get(`/api/teams/${unknown}`),
      await tpm.patch(`/api/teams/${unknown}`, { version: 1, name: 'x' }),
      await tpm.delete(`/api/teams/${unknown}`, 1),
    ]) {
      expect(r.status).toBe(404);
      expect(r.body.error.code).toBe('not_found');
    }
  });

  it('keeps tasks of a deleted team, without a team', async () => {
    const tpm = await server.signIn('tpm');
    const { body: team } = await tpm.post('/api/teams', { name: 'Short-lived' });
    const { body: program } = await tpm.post('/api/programs', { name: 'Team holder' });
    const { body: task } = await tpm.post(`/api/programs/${program.id}/tasks`, {
      name: 'Owned by the team',
      teamId: team.id,
    });
    expect(task.teamId).toBe(team.id);
    expect((await tpm.delete(`/api/teams/${team.id}`, 1)).status).toBe(204);
    expect((await tpm.get(`/api/tasks/${task.id}`)).body.teamId).toBeNull();
  });
});
