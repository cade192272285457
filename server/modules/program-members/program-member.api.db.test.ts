import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

async function programOf(client: Awaited<ReturnType<TestServer['signIn']>>, body: object) {
  const r = await client.post('/api/programs', { name: 'Payments migration', ...body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { id: string; version: number; visibility: string };
}

describe('program members', () => {
  it('makes the creator the owner, and tells each caller what they may do', async () => {
    const tpm = await server.signIn('tpm', { name: 'Olga Owner' });
    const program = await programOf(tpm, {});
    expect(program.visibility).toBe('organization');
    const r = await tpm.get(`/api/programs/${program.id}/members`);
    expect(r.status).toBe(200);
    expect(r.body.items).toEqual([
      expect.objectContaining({
        userId: tpm.user.id,
        name: 'Olga Owner',
        role: 'owner',
        accountRole: 'tpm',
      }),
    ]);
    expect(r.body.you).toEqual({
      membership: 'owner',
      canEdit: true,
      canManageMembers: true,
      canSeeMoney: true,
      canReadAudit: true,
    });
    const other = await server.signIn('tpm');
    const theirs = await other.get(`/api/programs/${program.id}/members`);
    expect(theirs.body.you).toMatchObject({ membership: null, canEdit: false, canSeeMoney: false });
  });

  it('lets a tpm edit a program only after being added as editor, and no longer once removed', async () => {
    const owner = await server.signIn('tpm');
    const program = await programOf(owner, {});
    const tpm = await server.signIn('tpm');
    const before = await tpm.patch(`/api/programs/${program.id}`, {
      version: program.version,
      name: 'Renamed by an outsider',
    });
    expect(before.status).toBe(403);
    expect(before.body.error.message).toMatch(/ask one of its owners to add you as an editor/);
    expect((await tpm.post(`/api/programs/${program.id}/tasks`, { name: 'Sneaky' })).status).toBe(
      403,
    );

    const added = await owner.post(`/api/programs/${program.id}/members`, {
      userId: tpm.user.id,
      role: 'editor',
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ role: 'editor', version: 1 });
    const renamed = await tpm.patch(`/api/programs/${program.id}`, {
      version: program.version,
      name: 'Renamed by its editor',
    });
    expect(renamed.status).toBe(200);
    expect((await tpm.post(`/api/programs/${program.id}/tasks`, { name: 'Allowed' })).status).toBe(
      201,
    );
    // An editor edits but does not manage members or delete the program.
    expect(
      (
        await tpm.post(`/api/programs/${program.id}/members`, {
          userId: tpm.user.id,
          role: 'owner',
        })
      ).status,
    ).toBe(403);
    expect((await tpm.delete(`/api/programs/${program.id}`, renamed.body.version)).status).toBe(
      403,
    );

    expect((await owner.delete(`/api/programs/${program.id}/members/${tpm.user.id}`)).status).toBe(
      204,
    );
    const after = await tpm.patch(`/api/programs/${program.id}`, {
      version: renamed.body.version,
      name: 'Again',
    });
    expect(after.status).toBe(403);
    expect(await server.auditActions('program_member', `${program.id}/${tpm.user.id}`)).toEqual([
      'create',
      'delete',
    ]);
  });

  it('changes a role in place (200), and keeps the last owner', async () => {
    const owner = await server.signIn('tpm');
    const program = await programOf(owner, {});
    const viewer = await server.signIn('stakeholder');
    expect(
      (
        await owner.post(`/api/programs/${program.id}/members`, {
          userId: viewer.user.id,
          role: 'viewer',
        })
      ).status,
    ).toBe(201);
    const promoted = await owner.post(`/api/programs/${program.id}/members`, {
      userId: viewer.user.id,
      role: 'owner',
    });
    expect(promoted.status).toBe(200);
    expect(promoted.body).toMatchObject({ role: 'owner', version: 2 });
    // A stakeholder owner still writes nothing.
    const refused = await viewer.post(`/api/programs/${program.id}/tasks`, { name: 'No' });
    expect(refused.status).toBe(403);

    await owner.delete(`/api/programs/${program.id}/members/${viewer.user.id}`);
    const members = server.countRows('program_members');
    const last = await owner.post(`/api/programs/${program.id}/members`, {
      userId: owner.user.id,
      role: 'editor',
    });
    expect(last.status).toBe(409);
    expect(last.body.error.code).toBe('last_owner');
    expect(last.body.error.issues[0].path).toBe('body.userId');
    expect(last.body.error.message).toMatch(/last owner: make someone else an owner first/);
    const removed = await owner.delete(`/api/programs/${program.id}/members/${owner.user.id}`);
    expect(removed.status).toBe(409);
    expect(removed.body.error.issues[0].path).toBe('params.userId');
    expect(await server.countRows('program_members')).toBe(await members);
  });

  it('names an unknown person and an unknown member by field', async () => {
    const owner = await server.signIn('tpm');
    const program = await programOf(owner, {});
    const nobody = '00000000-0000-4000-8000-000000000001';
    const r = await owner.post(`/api/programs/${program.id}/members`, {
      userId: nobody,
      role: 'viewer',
    });
    expect(r.status).toBe(404);
    expect(r.body.error.issues[0].path).toBe('body.userId');
    const bad = await owner.post(`/api/programs/${program.id}/members`, {
      userId: nobody,
      role: 'boss',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toBe('body.role');
    const gone = await owner.delete(`/api/programs/${program.id}/members/${nobody}`);
    expect(gone.status).toBe(404);
  });
});

describe('a members-only program', () => {
  it('is a 404 for non-members, everywhere under it, and readable by its viewer and by managers', async () => {
    const owner = await server.signIn('tpm');
    const program = await programOf(owner, { visibility: 'members', budgetCents: 100_00 });
    const task = await owner.post(`/api/programs/${program.id}/tasks`, { name: 'Secret task' });
    for (const role of ['tpm', 'stakeholder'] as const) {
      const outsider = await server.signIn(role);
      for (const url of [
        `/api/programs/${program.id}`,
        `/api/programs/${program.id}/plan`,
        `/api/programs/${program.id}/tasks`,
        `/api/tasks/${task.body.id}`,
        `/api/programs/${program.id}/members`,
      ]) {
        const r = await outsider.get(url);
        expect(r.status, url).toBe(404);
        expect(r.body.error.code).toBe('not_found');
      }
      const list = await outsider.get('/api/programs?limit=200');
      expect(list.body.items.map((p: { id: string }) => p.id)).not.toContain(program.id);
    }
    const viewer = await server.signIn('stakeholder');
    await owner.post(`/api/programs/${program.id}/members`, {
      userId: viewer.user.id,
      role: 'viewer',
    });
    expect((await viewer.get(`/api/tasks/${task.body.id}`)).status).toBe(200);
    const manager = await server.signIn('tpm_manager');
    expect((await manager.get(`/api/programs/${program.id}`)).status).toBe(200);
    const listed = await manager.get('/api/programs?limit=200');
    expect(listed.body.items.map((p: { id: string }) => p.id)).toContain(program.id);
  });

  it('opens its audit log to its owners, and only its own', async () => {
    const owner = await server.signIn('tpm');
    const program = await programOf(owner, { visibility: 'members' });
    await owner.post(`/api/programs/${program.id}/tasks`, { name: 'Logged' });
    const mine = await owner.get(`/api/audit?programId=${program.id}`);
    expect(mine.status).toBe(200);
    expect(
      mine.body.items.map(
        (e: { action: string; entityType: string }) => `${e.entityType}:${e.action}`,
      ),
    ).toEqual(['task:create', 'program:create']);
    expect((await owner.get('/api/audit')).status).toBe(403);
    const editor = await server.signIn('tpm');
    await owner.post(`/api/programs/${program.id}/members`, {
      userId: editor.user.id,
      role: 'editor',
    });
    expect((await editor.get(`/api/audit?programId=${program.id}`)).status).toBe(403);
    expect(
      (await (await server.signIn('tpm')).get(`/api/audit?programId=${program.id}`)).status,
    ).toBe(404);
  });
});
