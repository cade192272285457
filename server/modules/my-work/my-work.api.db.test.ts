import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_CLOCK_START } from '../../../tests/support/test-clock.js';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

/*
 * "My work" on the home page through HTTP. The clock is pinned at TEST_CLOCK_START
 * (Monday 16 November 2026 in Los Angeles, the programs' default zone).
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ now: TEST_CLOCK_START });
});
afterAll(async () => server?.close());

type Client = Awaited<ReturnType<TestServer['signIn']>>;

async function post(client: Client, path: string, body: Record<string, unknown>) {
  const r = await client.post(path, body);
  expect(r.status, `${path}: ${JSON.stringify(r.body)}`).toBeLessThan(300);
  return r.body as { id: string; version: number; number?: number };
}

async function activeProgram(client: Client, name: string, body: Record<string, unknown> = {}) {
  return post(client, '/api/programs', { name, status: 'active', ...body });
}

describe('my work', () => {
  it('lists my open tasks (owned or assigned), soonest due first, with overdue ones marked', async () => {
    const tpm = await server.signIn('tpm');
    const other = await server.signIn('tpm');
    const p = await activeProgram(tpm, 'Ledger move');
    const late = await post(tpm, `/api/programs/${p.id}/tasks`, {
      name: 'Cut over the ledger',
      ownerId: tpm.user.id,
      dueDate: '2026-11-10',
    });
    const soon = await post(tpm, `/api/programs/${p.id}/tasks`, {
      name: 'Dry run',
      dueDate: '2026-11-20',
    });
    await post(tpm, `/api/tasks/${soon.id}/assignments`, { userId: tpm.user.id });
    await post(tpm, `/api/programs/${p.id}/tasks`, {
      name: 'Done already',
      ownerId: tpm.user.id,
      state: 'done',
    });
    await post(tpm, `/api/programs/${p.id}/tasks`, { name: 'Not mine', ownerId: other.user.id });

    const r = await tpm.get('/api/me/work');
    expect(r.status).toBe(200);
    expect(r.body.tasks.total).toBe(2);
    expect(r.body.tasks.items.map((t: { id: string }) => t.id)).toEqual([late.id, soon.id]);
    expect(r.body.tasks.items[0]).toMatchObject({
      name: 'Cut over the ledger',
      programName: 'Ledger move',
      dueDate: '2026-11-10',
      overdue: true,
    });
    expect(r.body.tasks.items[1]).toMatchObject({ overdue: false });
    expect(r.body.programs.items).toEqual([
      {
        id: p.id,
        name: 'Ledger move',
        status: 'active',
        targetDate: null,
        health: 'green',
      },
    ]);
    // The other person sees only their own.
    const theirs = (await other.get('/api/me/work')).body;
    expect(theirs.tasks.items.map((t: { name: string }) => t.name)).toEqual(['Not mine']);
    expect(theirs.programs.total).toBe(0);
  });

  it('lists proposed decisions of the programs I own, the soonest needed first', async () => {
    const tpm = await server.signIn('tpm');
    const p = await activeProgram(tpm, 'Decisions wanted');
    const later = await post(tpm, `/api/programs/${p.id}/decisions`, {
      title: 'Which region?',
      neededBy: '2026-12-01',
    });
    const overdue = await post(tpm, `/api/programs/${p.id}/decisions`, {
      title: 'Which vendor?',
      neededBy: '2026-11-02',
    });
    await post(tpm, `/api/programs/${p.id}/decisions`, {
      title: 'Decided one',
      status: 'decided',
      decision: 'We go with the first.',
    });
    const r = (await tpm.get('/api/me/work')).body;
    expect(r.decisionsNeeded.items.map((d: { id: string }) => d.id)).toEqual([
      overdue.id,
      later.id,
    ]);
    expect(r.decisionsNeeded.items[0]).toMatchObject({
      overdue: true,
      programName: 'Decisions wanted',
    });
    // A TPM who owns nothing is asked for no decision; a manager also sees the portfolio's.
    const manager = await server.signIn('tpm_manager');
    const portfolio = await post(manager, '/api/decisions', { title: 'Portfolio cadence?' });
    expect(
      (await (await server.signIn('tpm')).get('/api/me/work')).body.decisionsNeeded.total,
    ).toBe(0);
    const mine = (await manager.get('/api/me/work')).body.decisionsNeeded.items;
    expect(mine.map((d: { id: string }) => d.id)).toContain(portfolio.id);
  });

  it('lists requests assigned to me and not yet answered; a stakeholder sees the ones they submitted', async () => {
    const requester = await server.signIn('stakeholder');
    const manager = await server.signIn('tpm_manager');
    const tpm = await server.signIn('tpm');
    const request = await post(requester, '/api/requests', { title: 'Plan the data-centre exit' });
    expect((await requester.get('/api/me/work')).body.requests.items).toMatchObject([
      { id: request.id, title: 'Plan the data-centre exit', state: 'new' },
    ]);
    expect((await tpm.get('/api/me/work')).body.requests.total).toBe(0);
    await post(manager, `/api/requests/${request.id}/assign`, {
      assigneeId: tpm.user.id,
      version: request.version,
    });
    expect((await tpm.get('/api/me/work')).body.requests.items).toMatchObject([{ id: request.id }]);
  });

  it('leaves out programs I may not see, even where I own a task', async () => {
    const owner = await server.signIn('tpm');
    const outsider = await server.signIn('tpm');
    const hidden = await activeProgram(owner, 'Quiet program', { visibility: 'members' });
    await post(owner, `/api/programs/${hidden.id}/tasks`, {
      name: 'Secret task',
      ownerId: outsider.user.id,
    });
    const r = (await outsider.get('/api/me/work')).body;
    expect(r.tasks.total).toBe(0);
    expect(JSON.stringify(r)).not.toContain('Secret task');
  });

  it('needs an account', async () => {
    const r = await server.anonymous().get('/api/me/work');
    expect(r.status).toBe(401);
  });
});
