import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

type Client = Awaited<ReturnType<TestServer['signIn']>>;

async function programWithTasks(client: Client, names: string[]) {
  const { body: program } = await client.post('/api/programs', { name: 'Risky' });
  const tasks: string[] = [];
  for (const name of names)
    tasks.push((await client.post(`/api/programs/${program.id}/tasks`, { name })).body.id);
  return { programId: program.id as string, tasks };
}

describe('editing a risk', () => {
  it('reads one risk, changes only the fields named and audits each write', async () => {
    const tpm = await server.signIn('tpm');
    const { programId, tasks } = await programWithTasks(tpm, ['A', 'B']);
    const created = await tpm.post(`/api/programs/${programId}/risks`, {
      title: 'Vendor late',
      probability: 0.5,
      delayHours: 16,
      cost: 1200,
      taskIds: [tasks[0]],
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect((await tpm.get(`/api/risks/${id}`)).body).toEqual(created.body);

    const updated = await tpm.patch(`/api/risks/${id}`, {
      version: 1,
      probability: 0.25,
      taskIds: [tasks[1], tasks[0]],
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      title: 'Vendor late',
      probability: 0.25,
      delayHours: 16,
      cost: 1200,
      taskIds: [tasks[1], tasks[0]],
      version: 2,
    });
    const cleared = await tpm.patch(`/api/risks/${id}`, { version: 2, cost: null });
    expect(cleared.body).toMatchObject({ cost: null, probability: 0.25, version: 3 });
    expect((await tpm.get(`/api/risks/${id}`)).body).toEqual(cleared.body);
    expect(await server.auditActions('program_risk', id)).toEqual(['create', 'update', 'update']);
  });

  it('refuses a stale version, an unknown field and another program’s task, writing nothing', async () => {
    const tpm = await server.signIn('tpm');
    const { programId, tasks } = await programWithTasks(tpm, ['A']);
    const other = await programWithTasks(tpm, ['Elsewhere']);
    const { body: risk } = await tpm.post(`/api/programs/${programId}/risks`, {
      title: 'Outage',
      probability: 0.1,
      delayHours: 4,
      taskIds: [tasks[0]],
    });
    await tpm.patch(`/api/risks/${risk.id}`, { version: 1, title: 'Long outage' });

    const stale = await tpm.patch(`/api/risks/${risk.id}`, { version: 1, title: 'Lost' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');

    const unknown = await tpm.patch(`/api/risks/${risk.id}`, { version: 2, severity: 'high' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.issues).toContainEqual(
      expect.objectContaining({ path: 'body.severity', code: 'unknown_property' }),
    );

    const foreign = await tpm.patch(`/api/risks/${risk.id}`, {
      version: 2,
      title: 'Half written?',
      taskIds: [tasks[0], other.tasks[0]],
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.issues).toEqual([
      expect.objectContaining({ path: 'body.taskIds.1', code: 'not_found' }),
    ]);

    const now = (await tpm.get(`/api/risks/${risk.id}`)).body;
    expect(now).toMatchObject({ title: 'Long outage', version: 2, taskIds: [tasks[0]] });
    expect(await server.auditActions('program_risk', risk.id)).toEqual(['create', 'update']);
  });

  it('refuses a stakeholder and hides the cost from those who may not see money', async () => {
    const tpm = await server.signIn('tpm');
    const { programId, tasks } = await programWithTasks(tpm, ['A']);
    const { body: risk } = await tpm.post(`/api/programs/${programId}/risks`, {
      title: 'Audit finding',
      probability: 0.2,
      delayHours: 8,
      cost: 500,
      taskIds: [tasks[0]],
    });
    const stakeholder = await server.signIn('stakeholder');
    const refused = await stakeholder.patch(`/api/risks/${risk.id}`, { version: 1, title: 'x' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
    const outsider = await server.signIn('tpm');
    expect((await outsider.get(`/api/risks/${risk.id}`)).body.cost).toBeNull();
    expect((await tpm.get(`/api/risks/${risk.id}`)).body).toMatchObject({ title: 'Audit finding' });
  });

  it('answers 404 for an unknown risk', async () => {
    const tpm = await server.signIn('tpm');
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await tpm.get(`/api/risks/${unknown}`)).status).toBe(404);
    expect((await tpm.patch(`/api/risks/${unknown}`, { version: 1, title: 'x' })).status).toBe(404);
  });
});
