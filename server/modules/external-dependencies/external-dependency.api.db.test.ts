import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

type Client = Awaited<ReturnType<TestServer['signIn']>>;

async function programWithTask(client: Client, name: string, visibility = 'organization') {
  const { body } = await client.post('/api/programs', { name, visibility });
  const task = await client.post(`/api/programs/${body.id}/tasks`, {
    name: `${name} task`,
    startDate: '2026-12-01',
    dueDate: '2026-12-10',
  });
  return { programId: body.id as string, taskId: task.body.id as string };
}

describe('external dependencies of the RAID log', () => {
  it('takes only a title, defaults the rest, names a team, filters, and audits', async () => {
    const tpm = await server.signIn('tpm');
    const { programId, taskId } = await programWithTask(tpm, 'Waiting');
    const path = `/api/programs/${programId}/external-dependencies`;
    const made = await tpm.post(path, { title: 'Payments API v2' });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      programName: 'Waiting',
      title: 'Payments API v2',
      description: '',
      kind: 'team',
      party: '',
      teamId: null,
      needByDate: null,
      status: 'pending',
      ownerId: null,
      taskIds: [],
      version: 1,
    });
    const admin = await server.signIn('admin');
    const team = (await admin.post('/api/teams', { name: `Payments ${Date.now()}` })).body;
    const updated = await tpm.patch(`/api/external-dependencies/${made.body.id}`, {
      version: 1,
      teamId: team.id,
      party: team.name,
      taskIds: [taskId],
      status: 'committed',
    });
    expect(updated.body).toMatchObject({
      title: 'Payments API v2',
      teamId: team.id,
      teamName: team.name,
      taskIds: [taskId],
      status: 'committed',
      kind: 'team',
    });
    await tpm.post(path, {
      title: 'Licence renewal',
      kind: 'vendor',
      party: 'Acme Licensing',
      needByDate: '2027-01-15',
      ownerId: tpm.user.id,
    });
    const titles = async (query: string) =>
      ((await tpm.get(`${path}${query}`)).body.items as { title: string }[]).map((d) => d.title);
    expect(await titles('')).toEqual(['Licence renewal', 'Payments API v2']);
    expect(await titles('?status=committed')).toEqual(['Payments API v2']);
    expect(await titles(`?ownerId=${tpm.user.id}`)).toEqual(['Licence renewal']);

    const refused = await tpm.patch(`/api/external-dependencies/${made.body.id}`, {
      version: 2,
      teamId: '00000000-0000-4000-8000-000000000000',
      taskIds: [taskId, '00000000-0000-4000-8000-000000000000'],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues.map((i: { path: string }) => i.path)).toEqual([
      'body.teamId',
      'body.taskIds[1]',
    ]);
    expect((await tpm.delete(`/api/external-dependencies/${made.body.id}`, 2)).status).toBe(204);
    expect(await server.auditActions('external_dependency', made.body.id)).toEqual([
      'create',
      'update',
      'delete',
    ]);
  });

  it('shows cross-program links both ways with the other item, leaving out programs one cannot see', async () => {
    const owner = await server.signIn('tpm');
    const outsider = await server.signIn('tpm');
    const here = await programWithTask(owner, 'Here');
    const supplier = await programWithTask(owner, 'Supplier');
    const secret = await programWithTask(owner, 'Secret', 'members');
    const consumer = await programWithTask(owner, 'Consumer');
    for (const [predecessorId, successorId] of [
      [supplier.taskId, here.taskId],
      [secret.taskId, here.taskId],
      [here.taskId, consumer.taskId],
    ])
      expect((await owner.post('/api/dependencies', { predecessorId, successorId })).status).toBe(
        201,
      );
    await owner.post(`/api/programs/${here.programId}/external-dependencies`, {
      title: 'Launch date set by marketing',
      kind: 'date',
      needByDate: '2027-02-01',
    });

    const view = await owner.get(`/api/programs/${here.programId}/raid-dependencies`);
    expect(view.status).toBe(200);
    expect(
      view.body.crossProgram.map(
        (l: any) =>
          `${l.direction} ${l.otherProgramName}: ${
            l.direction === 'upstream'
              ? `${l.otherItemName} -> ${l.itemName}`
              : `${l.itemName} -> ${l.otherItemName}`
          }`,
      ),
    ).toEqual([
      'upstream Secret: Secret task -> Here task',
      'upstream Supplier: Supplier task -> Here task',
      'downstream Consumer: Here task -> Consumer task',
    ]);
    expect(view.body.crossProgram[1]).toMatchObject({
      type: 'FS',
      lagMinutes: 0,
      itemKind: 'task',
      otherProgramId: supplier.programId,
      otherItemKind: 'task',
      otherItemStart: '2026-12-01',
      otherItemFinish: '2026-12-10',
    });
    expect(view.body.external.map((d: { title: string }) => d.title)).toEqual([
      'Launch date set by marketing',
    ]);

    const theirs = await outsider.get(`/api/programs/${here.programId}/raid-dependencies`);
    expect(theirs.body.crossProgram.map((l: any) => l.otherProgramName)).toEqual([
      'Supplier',
      'Consumer',
    ]);
    const portfolio = async (client: Client) =>
      ((await client.get('/api/external-dependencies')).body.items as any[])
        .filter((d) => [here.programId, secret.programId].includes(d.programId))
        .map((d) => `${d.programName}: ${d.title}`);
    await owner.post(`/api/programs/${secret.programId}/external-dependencies`, {
      title: 'Hidden vendor',
    });
    expect(await portfolio(owner)).toEqual([
      'Here: Launch date set by marketing',
      'Secret: Hidden vendor',
    ]);
    expect(await portfolio(outsider)).toEqual(['Here: Launch date set by marketing']);
  });
});
