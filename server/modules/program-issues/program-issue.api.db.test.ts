import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

type Client = Awaited<ReturnType<TestServer['signIn']>>;

async function programWithTasks(client: Client, name: string, visibility = 'organization') {
  const { body } = await client.post('/api/programs', { name, visibility });
  const tasks: string[] = [];
  for (const task of ['A', 'B'])
    tasks.push((await client.post(`/api/programs/${body.id}/tasks`, { name: task })).body.id);
  return { programId: body.id as string, tasks };
}

describe('issues of the RAID log', () => {
  it('takes only a title, defaults the rest, keeps other fields on PATCH, stamps resolvedAt, audits', async () => {
    const tpm = await server.signIn('tpm');
    const { programId, tasks } = await programWithTasks(tpm, 'Troubled');
    const made = await tpm.post(`/api/programs/${programId}/issues`, { title: 'Build is red' });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      programName: 'Troubled',
      title: 'Build is red',
      description: '',
      severity: 'medium',
      ownerId: null,
      dueDate: null,
      status: 'open',
      escalationLevel: 'none',
      taskIds: [],
      riskIds: [],
      resolvedAt: null,
      version: 1,
    });
    const id = made.body.id;
    const risk = (
      await tpm.post(`/api/programs/${programId}/risks`, {
        title: 'Flaky CI',
        probability: 0.3,
        delayHours: 8,
        taskIds: [tasks[0]],
      })
    ).body.id;
    const linked = await tpm.patch(`/api/issues/${id}`, {
      version: 1,
      severity: 'critical',
      escalationLevel: 'director',
      taskIds: [tasks[1], tasks[0]],
      riskIds: [risk],
      dueDate: '2026-11-20',
    });
    expect(linked.status).toBe(200);
    expect(linked.body).toMatchObject({
      title: 'Build is red',
      severity: 'critical',
      escalationLevel: 'director',
      taskIds: [tasks[1], tasks[0]],
      riskIds: [risk],
      dueDate: '2026-11-20',
      status: 'open',
    });
    const resolved = await tpm.patch(`/api/issues/${id}`, { version: 2, status: 'resolved' });
    expect(resolved.body.resolvedAt.slice(0, 10)).toBe('2026-11-16');
    const closed = await tpm.patch(`/api/issues/${id}`, { version: 3, status: 'closed' });
    expect(closed.body.resolvedAt).toBe(resolved.body.resolvedAt);
    const reopened = await tpm.patch(`/api/issues/${id}`, { version: 4, status: 'in_progress' });
    expect(reopened.body.resolvedAt).toBeNull();
    // A task deleted since drops out of the blocked work.
    const task = (await tpm.get(`/api/tasks/${tasks[0]}`)).body;
    await tpm.delete(`/api/tasks/${tasks[0]}`, task.version);
    expect((await tpm.get(`/api/issues/${id}`)).body.taskIds).toEqual([tasks[1]]);
    expect(await server.auditActions('program_issue', id)).toEqual([
      'create',
      'update',
      'update',
      'update',
      'update',
    ]);
  });

  it('names each task or risk of another program by its index and writes nothing', async () => {
    const tpm = await server.signIn('tpm');
    const mine = await programWithTasks(tpm, 'Mine');
    const other = await programWithTasks(tpm, 'Other');
    const before = await server.countRows('program_issues');
    const refused = await tpm.post(`/api/programs/${mine.programId}/issues`, {
      title: 'Crossed wires',
      taskIds: [mine.tasks[0], other.tasks[1]],
      riskIds: ['00000000-0000-4000-8000-000000000000'],
      ownerId: '00000000-0000-4000-8000-000000000001',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues.map((i: { path: string }) => i.path)).toEqual([
      'body.ownerId',
      'body.taskIds[1]',
      'body.riskIds[0]',
    ]);
    expect(await server.countRows('program_issues')).toBe(before);
    const badSeverity = await tpm.post(`/api/programs/${mine.programId}/issues`, {
      title: 'x',
      severity: 'dire',
    });
    expect(badSeverity.body.error.issues[0].path).toBe('body.severity');
  });

  it('filters the portfolio by status, severity, owner and program, showing only what one can see', async () => {
    const owner = await server.signIn('tpm');
    const outsider = await server.signIn('tpm');
    const open = (await programWithTasks(owner, 'Open issues')).programId;
    const hidden = (await programWithTasks(owner, 'Hidden issues', 'members')).programId;
    await owner.post(`/api/programs/${open}/issues`, { title: 'Low one', severity: 'low' });
    await owner.post(`/api/programs/${open}/issues`, {
      title: 'Critical one',
      severity: 'critical',
      ownerId: owner.user.id,
    });
    await owner.post(`/api/programs/${hidden}/issues`, { title: 'Secret', status: 'in_progress' });
    const titles = async (client: Client, query: string) =>
      ((await client.get(`/api/issues${query}`)).body.items as any[])
        .filter((i) => i.programId === open || i.programId === hidden)
        .map((i) => `${i.programName}: ${i.title}`);
    expect(await titles(owner, '')).toEqual([
      'Hidden issues: Secret',
      'Open issues: Critical one',
      'Open issues: Low one',
    ]);
    expect(await titles(outsider, '')).toEqual([
      'Open issues: Critical one',
      'Open issues: Low one',
    ]);
    expect(await titles(owner, '?severity=critical')).toEqual(['Open issues: Critical one']);
    expect(await titles(owner, '?status=in_progress')).toEqual(['Hidden issues: Secret']);
    expect(await titles(owner, `?ownerId=${owner.user.id}`)).toEqual(['Open issues: Critical one']);
    expect(await titles(outsider, `?programId=${hidden}`)).toEqual([]);
    expect(
      ((await owner.get(`/api/programs/${open}/issues?severity=low`)).body.items as any[]).map(
        (i) => i.title,
      ),
    ).toEqual(['Low one']);
  });
});
