import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { created, forecastFinished as finished } from '../../../tests/support/api-steps.js';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ runJobs: true });
});
afterAll(async () => server?.close());

type Client = Awaited<ReturnType<TestServer['signIn']>>;

/** Mon 2027-01-04: A (16 h, 8–40) → B (8 h, 6–16) → milestone M; a risk on B. */
async function riskyProgram(client: Client, name: string) {
  const program = await created(client, '/api/programs', { name, startDate: '2027-01-04' });
  const a = await created(client, `/api/programs/${program.id}/tasks`, {
    name: 'A',
    estimateHours: 16,
    estimateOptimisticHours: 8,
    estimatePessimisticHours: 40,
  });
  const b = await created(client, `/api/programs/${program.id}/tasks`, {
    name: 'B',
    estimateHours: 8,
    estimateOptimisticHours: 6,
    estimatePessimisticHours: 16,
  });
  const m = await created(client, `/api/programs/${program.id}/milestones`, { name: 'Launch' });
  await created(client, '/api/dependencies', { predecessorId: a.id, successorId: b.id });
  await created(client, '/api/dependencies', { predecessorId: b.id, successorId: m.id });
  const risk = await created(client, `/api/programs/${program.id}/risks`, {
    title: 'Vendor slips',
    probability: 0.4,
    delayHours: 16,
    cost: 2500,
    taskIds: [b.id],
  });
  return { program, a, b, m, risk };
}

describe('forecasts', () => {
  it('queues a forecast as a job, audits the request, and stores its results and history', async () => {
    const tpm = await server.signIn('tpm');
    const { program, m, risk } = await riskyProgram(tpm, 'Forecast run');
    const body = { iterations: 3000, seed: 42, targetDate: '2027-01-08' };
    const queued = await tpm.post(`/api/programs/${program.id}/forecasts`, body);
    expect(queued.status, JSON.stringify(queued.body)).toBe(202);
    expect(queued.body).toMatchObject({
      programId: program.id,
      status: 'queued',
      progress: 0,
      iterations: 3000,
      seed: 42,
      distribution: 'triangular',
      targetDate: '2027-01-08',
      requestedById: tpm.user.id,
      result: null,
    });
    expect(await server.auditActions('forecast', queued.body.id)).toEqual(['create']);

    const done = await finished(tpm, queued.body.id);
    expect(done.status).toBe('succeeded');
    expect(done.progress).toBe(1);
    expect(done.inputHash).toMatch(/^[0-9a-f]{64}$/);
    const result = done.result;
    expect(result.iterations).toBe(3000);
    // Likely durations: A 16 h + B 8 h from Mon 08:00 = Wed 17:00.
    expect(result.deterministicFinish).toBe('2027-01-06T17:00:00');
    const finishes = result.finish.percentiles.map((p: { finish: string }) => p.finish);
    expect([...finishes].sort()).toEqual(finishes);
    expect(result.probabilityOfTarget).toBeGreaterThan(0);
    expect(result.probabilityOfTarget).toBeLessThan(1);
    expect(result.milestones.map((x: { id: string }) => x.id)).toEqual([m.id]);
    expect(result.tornado).toEqual([
      expect.objectContaining({ id: risk.id, name: 'Vendor slips' }),
    ]);
    expect(result.tornado[0].effectMinutes).toBeGreaterThan(0);
    expect(result.cost.percentiles.at(-1).cost).toBe(2500);
    expect(result.sensitivity.map((s: { name: string }) => s.name)).toEqual(['A', 'B']);

    // The same seed on the same plan: the same results.
    const again = await tpm.post(`/api/programs/${program.id}/forecasts`, body);
    const second = await finished(tpm, again.body.id);
    expect(second.result).toEqual(result);
    expect(second.inputHash).toBe(done.inputHash);

    const history = await tpm.get(`/api/programs/${program.id}/forecasts`);
    expect(history.status).toBe(200);
    expect(history.body.items.map((f: { id: string }) => f.id)).toEqual([
      again.body.id,
      queued.body.id,
    ]);
    expect(history.body.items[0]).not.toHaveProperty('result');
    expect(history.body.items[0].p80).toBe(
      result.finish.percentiles.find((p: { p: number }) => p.p === 80).finish,
    );
  });

  it('a two-task chain: both tasks critical in every iteration', async () => {
    const tpm = await server.signIn('tpm');
    const program = await created(tpm, '/api/programs', { name: 'Forecast cycle' });
    const a = await created(tpm, `/api/programs/${program.id}/tasks`, { name: 'A' });
    const b = await created(tpm, `/api/programs/${program.id}/tasks`, { name: 'B' });
    await created(tpm, '/api/dependencies', { predecessorId: a.id, successorId: b.id });
    const r = await tpm.post(`/api/programs/${program.id}/forecasts`, { iterations: 100, seed: 1 });
    const done = await finished(tpm, r.body.id);
    expect(done.status).toBe('succeeded');
    expect(done.result.tasks.map((t: { criticalityIndex: number }) => t.criticalityIndex)).toEqual([
      1, 1,
    ]);
  });

  it('bad input: 400 naming each field, 404 for an unknown program, nothing written', async () => {
    const tpm = await server.signIn('tpm');
    const { program } = await riskyProgram(tpm, 'Forecast bad input');
    const bad = await tpm.post(`/api/programs/${program.id}/forecasts`, {
      iterations: 5,
      seed: -1,
      colour: 'red',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation_failed');
    expect(bad.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      'body.colour',
      'body.iterations',
      'body.seed',
    ]);
    const missing = await tpm.post(
      '/api/programs/00000000-0000-4000-8000-000000000000/forecasts',
      {},
    );
    expect(missing.status).toBe(404);
    const history = await tpm.get(`/api/programs/${program.id}/forecasts`);
    expect(history.body.items).toEqual([]);
    expect((await tpm.get('/api/forecasts/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('three-point estimates on tasks: optimistic ≤ likely ≤ pessimistic, else 400 on the field', async () => {
    const tpm = await server.signIn('tpm');
    const program = await created(tpm, '/api/programs', { name: 'Forecast estimates' });
    const wrong = await tpm.post(`/api/programs/${program.id}/tasks`, {
      name: 'T',
      estimateHours: 8,
      estimateOptimisticHours: 12,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.issues[0].path).toBe('body.estimateOptimisticHours');
    const task = await created(tpm, `/api/programs/${program.id}/tasks`, {
      name: 'T',
      estimateHours: 8,
    });
    const high = await tpm.patch(`/api/tasks/${task.id}`, {
      version: task.version,
      estimatePessimisticHours: 4,
    });
    expect(high.status).toBe(400);
    expect(high.body.error.issues[0].path).toBe('body.estimatePessimisticHours');
    const ok = await tpm.patch(`/api/tasks/${task.id}`, {
      version: task.version,
      estimatePessimisticHours: 20,
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ estimateOptimisticHours: null, estimatePessimisticHours: 20 });

    // Editing only the likely estimate past the range (as the program page does): the range follows.
    const grown = await tpm.patch(`/api/tasks/${task.id}`, {
      version: ok.body.version,
      estimateHours: 30,
    });
    expect(grown.status, JSON.stringify(grown.body)).toBe(200);
    expect(grown.body).toMatchObject({ estimateHours: 30, estimatePessimisticHours: 30 });
    const audit = await server.db.query<{ before: any; after: any }>(
      `SELECT before, after FROM audit_events WHERE entity_type = 'task' AND entity_id = $1
        ORDER BY id DESC LIMIT 1`,
      [task.id],
    );
    expect(audit.rows[0]!.before.estimatePessimisticHours).toBe(20);
    expect(audit.rows[0]!.after.estimatePessimisticHours).toBe(30);
  });

  it('task costs: fixed + rate × hours, done tasks included, summed into the cost percentiles', async () => {
    const tpm = await server.signIn('tpm');
    const program = await created(tpm, '/api/programs', {
      name: 'Forecast costs',
      startDate: '2027-01-04',
    });
    // No optimistic or pessimistic estimate: no variance, so every percentile is the sum.
    const build = await created(tpm, `/api/programs/${program.id}/tasks`, {
      name: 'Build',
      estimateHours: 8,
      fixedCost: 1000,
      costPerHour: 10,
    });
    // Done: it keeps its dates, and its cost is the known 200 + 5 × 4 h.
    await created(tpm, `/api/programs/${program.id}/tasks`, {
      name: 'Kick-off',
      estimateHours: 4,
      startDate: '2027-01-04',
      state: 'done',
      fixedCost: 200,
      costPerHour: 5,
    });
    await created(tpm, `/api/programs/${program.id}/tasks`, { name: 'Free', estimateHours: 8 });
    const queued = await tpm.post(`/api/programs/${program.id}/forecasts`, {
      iterations: 200,
      seed: 3,
      rankCorrelation: 0.5,
    });
    expect(queued.status, JSON.stringify(queued.body)).toBe(202);
    expect(queued.body.rankCorrelation).toBe(0.5);
    const done = await finished(tpm, queued.body.id);
    expect(done.status, done.error).toBe('succeeded');
    expect(done.rankCorrelation).toBe(0.5);
    expect(done.result.cost.mean).toBe(1080 + 220);
    expect(done.result.cost.sd).toBe(0);
    expect(new Set(done.result.cost.percentiles.map((c: { cost: number }) => c.cost))).toEqual(
      new Set([1300]),
    );
    const history = await tpm.get(`/api/programs/${program.id}/forecasts`);
    expect(history.body.items[0].rankCorrelation).toBe(0.5);

    // A rate is cleared with null, audited and versioned like any task field.
    const cleared = await tpm.patch(`/api/tasks/${build.id}`, {
      version: build.version,
      costPerHour: null,
    });
    expect(cleared.status, JSON.stringify(cleared.body)).toBe(200);
    expect(cleared.body).toMatchObject({ fixedCost: 1000, costPerHour: null });
    expect(cleared.body.version).toBe(build.version + 1);
    const audit = await server.db.query<{ before: any; after: any }>(
      `SELECT before, after FROM audit_events WHERE entity_type = 'task' AND entity_id = $1
        ORDER BY id DESC LIMIT 1`,
      [build.id],
    );
    expect(audit.rows[0]!.before.costPerHour).toBe(10);
    expect(audit.rows[0]!.after.costPerHour).toBeNull();
    const again = await tpm.post(`/api/programs/${program.id}/forecasts`, {
      iterations: 200,
      seed: 3,
      rankCorrelation: 0.5,
    });
    const second = await finished(tpm, again.body.id);
    expect(second.result.cost.mean).toBe(1000 + 220);
    expect(second.inputHash).not.toBe(done.inputHash);
  });

  it('bad costs and correlation: 400 naming the field, nothing written', async () => {
    const tpm = await server.signIn('tpm');
    const program = await created(tpm, '/api/programs', { name: 'Forecast bad costs' });
    const sure = await tpm.post(`/api/programs/${program.id}/forecasts`, { rankCorrelation: 1 });
    expect(sure.status).toBe(400);
    expect(sure.body.error.issues.map((i: { path: string }) => i.path)).toEqual([
      'body.rankCorrelation',
    ]);
    expect((await tpm.get(`/api/programs/${program.id}/forecasts`)).body.items).toEqual([]);

    const negative = await tpm.post(`/api/programs/${program.id}/tasks`, {
      name: 'Refund',
      fixedCost: -5,
    });
    expect(negative.status).toBe(400);
    expect(negative.body.error.issues.map((i: { path: string }) => i.path)).toEqual([
      'body.fixedCost',
    ]);
    expect((await tpm.get(`/api/programs/${program.id}/tasks`)).body.total).toBe(0);

    const task = await created(tpm, `/api/programs/${program.id}/tasks`, { name: 'T' });
    const rate = await tpm.patch(`/api/tasks/${task.id}`, {
      version: task.version,
      costPerHour: -1,
    });
    expect(rate.status).toBe(400);
    expect(rate.body.error.issues[0].path).toBe('body.costPerHour');
    const unchanged = await tpm.get(`/api/tasks/${task.id}`);
    expect(unchanged.body).toMatchObject({ version: task.version, costPerHour: null });
  });

  it('risks: listed, a task of another program refused on its index, deleted with its version', async () => {
    const tpm = await server.signIn('tpm');
    const { program, risk, a } = await riskyProgram(tpm, 'Forecast risks');
    const other = await riskyProgram(tpm, 'Forecast risks other');
    const list = await tpm.get(`/api/programs/${program.id}/risks`);
    expect(list.body.items).toEqual([
      expect.objectContaining({ id: risk.id, probability: 0.4, delayHours: 16, cost: 2500 }),
    ]);
    const foreign = await tpm.post(`/api/programs/${program.id}/risks`, {
      title: 'Cross',
      probability: 0.5,
      delayHours: 8,
      taskIds: [a.id, other.a.id],
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.issues.map((i: { path: string }) => i.path)).toEqual([
      'body.taskIds.1',
    ]);
    const probability = await tpm.post(`/api/programs/${program.id}/risks`, {
      title: 'Sure',
      probability: 1.5,
      delayHours: 8,
      taskIds: [a.id],
    });
    expect(probability.status).toBe(400);
    expect(probability.body.error.issues[0].path).toBe('body.probability');
    const stale = await tpm.delete(`/api/risks/${risk.id}?version=7`);
    expect(stale.status).toBe(409);
    const gone = await tpm.delete(`/api/risks/${risk.id}?version=${risk.version}`);
    expect(gone.status).toBe(204);
    expect(await server.auditActions('program_risk', risk.id)).toEqual(['create', 'delete']);
    expect((await tpm.get(`/api/programs/${program.id}/risks`)).body.items).toEqual([]);
  });
});
