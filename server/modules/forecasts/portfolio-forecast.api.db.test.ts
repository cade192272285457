import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { created, forecastFinished as finished } from '../../../tests/support/api-steps.js';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ runJobs: true });
});
afterAll(async () => server?.close());

type Client = Awaited<ReturnType<TestServer['signIn']>>;
interface ProgramFinish {
  programId: string;
  name: string;
  p50: string;
  p80: string;
  p95: string;
  probabilityOfTarget?: number;
}

/** Runs a portfolio forecast of these programs to the end; its per-program finishes by id. */
async function runPortfolio(client: Client, programIds: string[], targetDate?: string) {
  const queued = await client.post('/api/portfolio/forecasts', {
    iterations: 200,
    seed: 3,
    programIds,
    ...(targetDate ? { targetDate } : {}),
  });
  expect(queued.status, JSON.stringify(queued.body)).toBe(202);
  const done = await finished(client, queued.body.id);
  expect(done.status, done.error).toBe('succeeded');
  const byId = new Map<string, ProgramFinish>(
    done.result.programs.map((p: ProgramFinish) => [p.programId, p]),
  );
  return { queued: queued.body, done, byId };
}

/** The program's own CPM finish, as its schedule computes it. */
async function cpmFinish(client: Client, programId: string): Promise<string> {
  const r = await client.post(`/api/programs/${programId}/schedule`, undefined);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body.finish;
}

describe('portfolio forecasts', () => {
  it('forecasts programs together: each P50 is its CPM finish without variance, a cross-program link moves the downstream one', async () => {
    const tpm = await server.signIn('tpm');
    const start = { startDate: '2027-01-04', status: 'active' };
    const platform = await created(tpm, '/api/programs', { name: 'Platform', ...start });
    const checkout = await created(tpm, '/api/programs', { name: 'Checkout', ...start });
    // Zero variance: likely estimates only. Platform: A 24 h. Checkout: B 8 h → milestone.
    const a = await created(tpm, `/api/programs/${platform.id}/tasks`, {
      name: 'A',
      estimateHours: 24,
    });
    const b = await created(tpm, `/api/programs/${checkout.id}/tasks`, {
      name: 'B',
      estimateHours: 8,
    });
    const m = await created(tpm, `/api/programs/${checkout.id}/milestones`, { name: 'Live' });
    await created(tpm, '/api/dependencies', { predecessorId: b.id, successorId: m.id });

    const first = await runPortfolio(tpm, [platform.id, checkout.id]);
    expect(first.queued).toMatchObject({
      scope: 'portfolio',
      programId: null,
      programIds: [platform.id, checkout.id],
      status: 'queued',
      requestedById: tpm.user.id,
    });
    expect(await server.auditActions('forecast', first.queued.id)).toEqual(['create']);
    expect(first.byId.get(platform.id)).toMatchObject({
      name: 'Platform',
      p50: await cpmFinish(tpm, platform.id),
      p95: await cpmFinish(tpm, platform.id),
    });
    expect(first.byId.get(platform.id)!.p50).toBe('2027-01-06T17:00:00');
    expect(first.byId.get(checkout.id)!.p50).toBe(await cpmFinish(tpm, checkout.id));
    expect(first.byId.get(checkout.id)!.p50).toBe('2027-01-04T17:00:00');
    // The real milestone keeps its P-dates; the synthetic finishes are listed only as programs.
    expect(first.done.result.milestones.map((x: { id: string }) => x.id)).toEqual([m.id]);
    expect(JSON.stringify(first.done.result.tasks)).not.toContain('program-finish:');

    // Checkout's B now waits for Platform's A: Checkout finishes two days later.
    await created(tpm, '/api/dependencies', { predecessorId: a.id, successorId: b.id });
    const linked = await runPortfolio(tpm, [platform.id, checkout.id], '2027-01-06');
    expect(linked.byId.get(platform.id)!.p50).toBe('2027-01-06T17:00:00');
    // By Wed 17:00 Platform is always done, Checkout never.
    expect(linked.byId.get(platform.id)!.probabilityOfTarget).toBe(1);
    expect(linked.byId.get(checkout.id)!.probabilityOfTarget).toBe(0);
    expect(first.byId.get(platform.id)).not.toHaveProperty('probabilityOfTarget');
    expect(linked.byId.get(checkout.id)!.p50).toBe('2027-01-07T17:00:00');
    expect(linked.byId.get(checkout.id)!.p50).toBe(await cpmFinish(tpm, checkout.id));

    // History: portfolio runs only, newest first; the programs' own histories stay apart.
    const history = await tpm.get('/api/portfolio/forecasts');
    expect(history.status).toBe(200);
    expect(history.body.items.map((f: { id: string }) => f.id)).toEqual([
      linked.queued.id,
      first.queued.id,
    ]);
    expect(history.body.items[0]).toMatchObject({ scope: 'portfolio', p50: expect.any(String) });
    expect((await tpm.get(`/api/programs/${platform.id}/forecasts`)).body.items).toEqual([]);

    // Without programIds: every active program (both are), by name.
    const all = await tpm.post('/api/portfolio/forecasts', { iterations: 100, seed: 1 });
    expect(all.status).toBe(202);
    expect(all.body.programIds).toEqual([checkout.id, platform.id]);
    expect((await finished(tpm, all.body.id)).status).toBe('succeeded');
  });

  it('bad programIds: 400 naming the field, nothing stored; a stakeholder reads but cannot run', async () => {
    const tpm = await server.signIn('tpm');
    const empty = await created(tpm, '/api/programs', { name: 'Nothing planned' });
    const before = await server.countRows('forecasts');
    const unknown = await tpm.post('/api/portfolio/forecasts', {
      programIds: [empty.id, '00000000-0000-4000-8000-000000000000'],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.issues.map((i: { path: string }) => i.path)).toEqual([
      'body.programIds',
    ]);
    expect(unknown.body.error.message).toContain('00000000-0000-4000-8000-000000000000');
    const noTasks = await tpm.post('/api/portfolio/forecasts', { programIds: [empty.id] });
    expect(noTasks.status).toBe(400);
    expect(noTasks.body.error.message).toMatch(/has a task/);
    const badShape = await tpm.post('/api/portfolio/forecasts', {
      programIds: [],
      iterations: 5,
    });
    expect(badShape.status).toBe(400);
    expect(badShape.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      'body.iterations',
      'body.programIds',
    ]);
    expect(await server.countRows('forecasts')).toBe(before);

    const stakeholder = await server.signIn('stakeholder');
    expect((await stakeholder.post('/api/portfolio/forecasts', {})).status).toBe(403);
    expect(await server.countRows('forecasts')).toBe(before);
    expect((await stakeholder.get('/api/portfolio/forecasts')).status).toBe(200);
  });
});
