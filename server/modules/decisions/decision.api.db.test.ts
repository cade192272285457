import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_CLOCK_START } from '../../../tests/support/test-clock.js';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

/*
 * The decision log through HTTP. The server's clock is pinned at TEST_CLOCK_START
 * (Monday 16 November 2026, 08:00 in Los Angeles; already the 17th in Tokyo).
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ now: TEST_CLOCK_START });
});
afterAll(async () => server?.close());

type Client = Awaited<ReturnType<TestServer['signIn']>>;

async function program(client: Client, body: Record<string, unknown> = {}): Promise<string> {
  const r = await client.post('/api/programs', { name: 'Decisive', ...body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.id;
}

async function decision(client: Client, programId: string, body: Record<string, unknown>) {
  const r = await client.post(`/api/programs/${programId}/decisions`, body);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

const paths = (r: { body: { error: { issues: { path: string }[] } } }) =>
  r.body.error.issues.map((i) => i.path);

describe('a decision of a program', () => {
  it('needs only a title; everything else has a default', async () => {
    const tpm = await server.signIn('tpm');
    const programId = await program(tpm);
    const d = await decision(tpm, programId, { title: 'Which queue?' });
    expect(d).toMatchObject({
      programId,
      programName: 'Decisive',
      title: 'Which queue?',
      context: null,
      options: [],
      decision: null,
      chosenOption: null,
      decidedById: null,
      decidedOn: null,
      status: 'proposed',
      supersededById: null,
      supersededBy: null,
      supersedes: [],
      neededBy: null,
      overdue: false,
      riskIds: [],
      version: 1,
    });
    expect((await tpm.get(`/api/decisions/${d.id}`)).body).toEqual(d);
    expect(await server.auditActions('decision', d.id)).toEqual(['create']);
  });

  it('is decided with its text; the day and the decider default to today and the caller', async () => {
    const tpm = await server.signIn('tpm');
    const programId = await program(tpm);
    const d = await decision(tpm, programId, {
      title: 'Queue',
      options: [
        { name: 'Kafka', pros: 'Known', cons: 'Heavy', cost: 1200.5 },
        { name: 'SQS', cost: null },
      ],
    });
    expect(d.options).toEqual([
      { name: 'Kafka', pros: 'Known', cons: 'Heavy', cost: 1200.5 },
      { name: 'SQS', pros: null, cons: null, cost: null },
    ]);

    const bare = await tpm.patch(`/api/decisions/${d.id}`, { version: 1, status: 'decided' });
    expect(bare.status).toBe(400);
    expect(paths(bare)).toEqual(['body.decision']);

    const decided = await tpm.patch(`/api/decisions/${d.id}`, {
      version: 1,
      status: 'decided',
      decision: 'Use SQS: fewer moving parts.',
      chosenOption: 1,
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(decided.body).toMatchObject({
      status: 'decided',
      decision: 'Use SQS: fewer moving parts.',
      chosenOption: 1,
      decidedById: tpm.user.id,
      decidedByName: tpm.user.name,
      decidedOn: '2026-11-16',
      version: 2,
    });
    expect(await server.auditActions('decision', d.id)).toEqual(['create', 'update']);

    const outOfRange = await tpm.patch(`/api/decisions/${d.id}`, { version: 2, chosenOption: 2 });
    expect(outOfRange.status).toBe(400);
    expect(paths(outOfRange)).toEqual(['body.chosenOption']);
    const created = await tpm.post(`/api/programs/${programId}/decisions`, {
      title: 'Decided at once',
      status: 'decided',
    });
    expect(paths(created)).toEqual(['body.decision']);
  });

  it('names each bad option field by its index', async () => {
    const tpm = await server.signIn('tpm');
    const programId = await program(tpm);
    const r = await tpm.post(`/api/programs/${programId}/decisions`, {
      title: 'Options',
      options: [{ name: 'A' }, { name: '', pros: 'x' }, { name: 'C', cost: 10.005 }],
    });
    expect(r.status).toBe(400);
    expect(paths(r)).toEqual(['body.options[1].name']);
    const cost = await tpm.post(`/api/programs/${programId}/decisions`, {
      title: 'Options',
      options: [{ name: 'A' }, { name: 'C', cost: 10.005 }],
    });
    expect(paths(cost)).toEqual(['body.options[1].cost']);
    const missing = await tpm.post(`/api/programs/${programId}/decisions`, {
      title: 'Options',
      options: [{ name: 'A' }, { pros: 'no name' }],
    });
    expect(paths(missing)).toEqual(['body.options[1].name']);
    const tooMany = await tpm.post(`/api/programs/${programId}/decisions`, {
      title: 'Options',
      options: Array.from({ length: 21 }, (_, i) => ({ name: `O${i}` })),
    });
    expect(paths(tooMany)).toEqual(['body.options']);
    expect(await server.countRows('decisions')).toBeGreaterThan(0);
  });

  it('links risks of its own program only, naming the stranger by its index', async () => {
    const tpm = await server.signIn('tpm');
    const programId = await program(tpm);
    const other = await program(tpm);
    const risk = async (p: string) => {
      const task = (await tpm.post(`/api/programs/${p}/tasks`, { name: 'T' })).body.id;
      return (
        await tpm.post(`/api/programs/${p}/risks`, {
          title: 'R',
          probability: 0.5,
          delayHours: 8,
          taskIds: [task],
        })
      ).body.id as string;
    };
    const [mine, theirs] = [await risk(programId), await risk(other)];
    const refused = await tpm.post(`/api/programs/${programId}/decisions`, {
      title: 'Answer the risk',
      riskIds: [mine, theirs],
    });
    expect(refused.status).toBe(400);
    expect(paths(refused)).toEqual(['body.riskIds[1]']);
    const d = await decision(tpm, programId, { title: 'Answer the risk', riskIds: [mine] });
    expect(d.riskIds).toEqual([mine]);
  });

  it('links issues and change requests of its own program only, naming the bad index', async () => {
    const tpm = await server.signIn('tpm');
    const programId = await program(tpm);
    const other = await program(tpm);
    const issue = async (p: string) =>
      (await tpm.post(`/api/programs/${p}/issues`, { title: 'Blocked' })).body.id as string;
    const changeRequest = async (p: string) =>
      (
        await tpm.post(`/api/programs/${p}/change-requests`, {
          title: 'CR',
          reason: 'Scope',
          changes: [],
        })
      ).body.id as string;
    const [mine, theirs] = [await issue(programId), await issue(other)];
    const [myRequest, theirRequest] = [await changeRequest(programId), await changeRequest(other)];
    const refused = await tpm.post(`/api/programs/${programId}/decisions`, {
      title: 'Answer',
      issueIds: [mine, theirs],
      changeRequestIds: [theirRequest],
    });
    expect(refused.status).toBe(400);
    expect(paths(refused).sort()).toEqual(['body.changeRequestIds[0]', 'body.issueIds[1]']);
    const d = await decision(tpm, programId, {
      title: 'Answer',
      issueIds: [mine],
      changeRequestIds: [myRequest],
    });
    expect(d.issueIds).toEqual([mine]);
    expect(d.changeRequestIds).toEqual([myRequest]);
    // Updates replace only the lists they name.
    const updated = await tpm.patch(`/api/decisions/${d.id}`, { version: 1, issueIds: [] });
    expect(updated.status).toBe(200);
    expect(updated.body.issueIds).toEqual([]);
    expect(updated.body.changeRequestIds).toEqual([myRequest]);
  });

  it('is superseded by another, which lists it in supersedes; that one cannot be deleted first', async () => {
    const tpm = await server.signIn('tpm');
    const programId = await program(tpm);
    const a = await decision(tpm, programId, { title: 'A', status: 'decided', decision: 'Do A' });
    const b = await decision(tpm, programId, { title: 'B' });

    const withoutSuccessor = await tpm.patch(`/api/decisions/${a.id}`, {
      version: 1,
      status: 'superseded',
    });
    expect(paths(withoutSuccessor)).toEqual(['body.supersededById']);
    const itself = await tpm.patch(`/api/decisions/${a.id}`, {
      version: 1,
      status: 'superseded',
      supersededById: a.id,
    });
    expect(paths(itself)).toEqual(['body.supersededById']);
    const elsewhere = await decision(tpm, await program(tpm), { title: 'Elsewhere' });
    const stranger = await tpm.patch(`/api/decisions/${a.id}`, {
      version: 1,
      status: 'superseded',
      supersededById: elsewhere.id,
    });
    expect(paths(stranger)).toEqual(['body.supersededById']);

    const superseded = await tpm.patch(`/api/decisions/${a.id}`, {
      version: 1,
      status: 'superseded',
      supersededById: b.id,
    });
    expect(superseded.status, JSON.stringify(superseded.body)).toBe(200);
    expect(superseded.body.supersededBy).toEqual({ id: b.id, title: 'B' });
    expect((await tpm.get(`/api/decisions/${b.id}`)).body.supersedes).toEqual([a.id]);

    const refused = await tpm.delete(`/api/decisions/${b.id}?version=1`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('in_use');

    // Back to decided: the link goes with the status.
    const back = await tpm.patch(`/api/decisions/${a.id}`, { version: 2, status: 'decided' });
    expect(back.body).toMatchObject({
      status: 'decided',
      supersededById: null,
      supersededBy: null,
    });
    expect((await tpm.delete(`/api/decisions/${b.id}?version=1`)).status).toBe(204);
    expect(await server.auditActions('decision', b.id)).toEqual(['create', 'delete']);
  });

  it("is overdue when proposed past its needed-by date on the program's clock", async () => {
    const tpm = await server.signIn('tpm');
    const la = await program(tpm, { timeZone: 'America/Los_Angeles' });
    const tokyo = await program(tpm, { timeZone: 'Asia/Tokyo' });
    const late = await decision(tpm, la, { title: 'Late', neededBy: '2026-11-13' });
    const today = await decision(tpm, la, { title: 'Today', neededBy: '2026-11-16' });
    const decidedLate = await decision(tpm, la, {
      title: 'Decided late',
      neededBy: '2026-11-01',
      status: 'decided',
      decision: 'Done',
    });
    // 16 November in Los Angeles is already the 17th in Tokyo.
    const tokyoYesterday = await decision(tpm, tokyo, { title: 'Tokyo', neededBy: '2026-11-16' });
    expect([late.overdue, today.overdue, decidedLate.overdue, tokyoYesterday.overdue]).toEqual([
      true,
      false,
      false,
      true,
    ]);
    const overdue = await tpm.get(`/api/programs/${la}/decisions?overdue=true`);
    expect(overdue.body.items.map((d: { id: string }) => d.id)).toEqual([late.id]);
    const decided = await tpm.get(`/api/programs/${la}/decisions?status=decided`);
    expect(decided.body.items.map((d: { id: string }) => d.id)).toEqual([decidedLate.id]);
  });
});

describe('portfolio decisions and the portfolio-wide list', () => {
  it('are recorded by TPM managers and admins only; their audit rows name no program', async () => {
    const tpm = await server.signIn('tpm');
    const manager = await server.signIn('tpm_manager');
    const refused = await tpm.post('/api/decisions', { title: 'Reorg' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');

    const d = (
      await manager.post('/api/decisions', { title: 'Freeze hiring', neededBy: '2026-11-15' })
    ).body;
    expect(d).toMatchObject({ programId: null, programName: null, overdue: true });
    const patched = await tpm.patch(`/api/decisions/${d.id}`, { version: 1, title: 'x' });
    expect(patched.status).toBe(403);
    expect((await tpm.delete(`/api/decisions/${d.id}?version=1`)).status).toBe(403);
    expect((await tpm.get(`/api/decisions/${d.id}`)).status).toBe(200);
    const ok = await manager.patch(`/api/decisions/${d.id}`, { version: 1, context: 'Budget' });
    expect(ok.status).toBe(200);
    const audit = await server.db.query<{ program_id: string | null }>(
      "SELECT program_id FROM audit_events WHERE entity_type = 'decision' AND entity_id = $1",
      [d.id],
    );
    expect(audit.rows).toEqual([{ program_id: null }, { program_id: null }]);
  });

  it('shows the programs one can see and the portfolio decisions, and hides members-only programs', async () => {
    const admin = await server.signIn('admin');
    const outsider = await server.signIn('tpm');
    const open = await program(admin, { name: 'Open' });
    const secret = await program(admin, { name: 'Secret', visibility: 'members' });
    const seen = await decision(admin, open, { title: 'Seen' });
    const hidden = await decision(admin, secret, { title: 'Hidden' });
    const portfolio = (await admin.post('/api/decisions', { title: 'Portfolio' })).body;

    const ids = async (client: Client, query = '') =>
      ((await client.get(`/api/decisions${query}`)).body.items as { id: string }[]).map(
        (d) => d.id,
      );
    const outsiders = await ids(outsider);
    expect(outsiders).toEqual(expect.arrayContaining([seen.id, portfolio.id]));
    expect(outsiders).not.toContain(hidden.id);
    expect(await ids(admin)).toEqual(expect.arrayContaining([seen.id, hidden.id, portfolio.id]));
    expect(await ids(outsider, `?programId=${secret}`)).toEqual([]);
    expect(await ids(admin, `?programId=${open}`)).toEqual([seen.id]);
    expect((await outsider.get(`/api/decisions/${hidden.id}`)).status).toBe(404);
  });
});
