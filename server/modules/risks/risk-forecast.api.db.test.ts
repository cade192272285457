import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { created, forecastFinished as finished } from '../../../tests/support/api-steps.js';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ runJobs: true });
});
afterAll(async () => server?.close());

type Client = Awaited<ReturnType<TestServer['signIn']>>;

/** Mon 2027-01-04: A (16 h) → B (8 h) → milestone M, no estimates: every iteration is the schedule. */
async function chain(client: Client) {
  const program = await created(client, '/api/programs', {
    name: 'Certain risk',
    startDate: '2027-01-04',
  });
  const a = await created(client, `/api/programs/${program.id}/tasks`, {
    name: 'A',
    estimateHours: 16,
  });
  const b = await created(client, `/api/programs/${program.id}/tasks`, {
    name: 'B',
    estimateHours: 8,
  });
  const m = await created(client, `/api/programs/${program.id}/milestones`, { name: 'Launch' });
  await created(client, '/api/dependencies', { predecessorId: a.id, successorId: b.id });
  await created(client, '/api/dependencies', { predecessorId: b.id, successorId: m.id });
  return { programId: program.id as string, b };
}

async function forecast(client: Client, programId: string) {
  const queued = await client.post(`/api/programs/${programId}/forecasts`, {
    iterations: 500,
    seed: 7,
  });
  expect(queued.status, JSON.stringify(queued.body)).toBe(202);
  const done = await finished(client, queued.body.id);
  expect(done.status).toBe('succeeded');
  const at = (p: number) =>
    done.result.finish.percentiles.find((x: { p: number }) => x.p === p).finish as string;
  return { done, p50: at(50), p80: at(80) };
}

describe('the risk register feeds the forecast', () => {
  it('a certain risk (probability 1) on a critical task delays P50 and P80 by exactly its delay; closing it removes the delay', async () => {
    const tpm = await server.signIn('tpm');
    const { programId, b } = await chain(tpm);

    const without = await forecast(tpm, programId);
    // A 16 h + B 8 h from Mon 08:00: Wed 17:00.
    expect(without.p50).toBe('2027-01-06T17:00:00');
    expect(without.p80).toBe('2027-01-06T17:00:00');

    const risk = await created(tpm, `/api/programs/${programId}/risks`, {
      title: 'Certain vendor slip',
      probability: 1,
      delayHours: 8,
      taskIds: [b.id],
    });
    const withRisk = await forecast(tpm, programId);
    // Eight working hours later: Thu 17:00 (the nights and 17:00–08:00 are not working time).
    expect(withRisk.p50).toBe('2027-01-07T17:00:00');
    expect(withRisk.p80).toBe('2027-01-07T17:00:00');
    expect(withRisk.done.result.milestones[0].p80).toBe('2027-01-07T17:00:00');

    const mitigating = await tpm.patch(`/api/risks/${risk.id}`, {
      version: 1,
      status: 'mitigating',
    });
    expect(mitigating.status).toBe(200);
    expect((await forecast(tpm, programId)).p80).toBe('2027-01-07T17:00:00');

    const closed = await tpm.patch(`/api/risks/${risk.id}`, { version: 2, status: 'closed' });
    expect(closed.status).toBe(200);
    const afterClosing = await forecast(tpm, programId);
    expect(afterClosing.p50).toBe(without.p50);
    expect(afterClosing.p80).toBe(without.p80);
    // The same input as with no risk at all: the same hash and the same results.
    expect(afterClosing.done.inputHash).toBe(without.done.inputHash);
    expect(afterClosing.done.result).toEqual(without.done.result);

    const occurred = await tpm.patch(`/api/risks/${risk.id}`, { version: 3, status: 'occurred' });
    expect(occurred.status).toBe(200);
    expect((await forecast(tpm, programId)).done.inputHash).toBe(without.done.inputHash);
  });

  it('a three-point delay stays within its points, and equal points give the single delay', async () => {
    const tpm = await server.signIn('tpm');
    const { programId, b } = await chain(tpm);
    const risk = await created(tpm, `/api/programs/${programId}/risks`, {
      title: 'Rework',
      probability: 1,
      delayHours: 8,
      delayOptimisticHours: 8,
      delayPessimisticHours: 8,
      taskIds: [b.id],
    });
    const equal = await forecast(tpm, programId);
    expect(equal.p80).toBe('2027-01-07T17:00:00');

    await tpm.patch(`/api/risks/${risk.id}`, {
      version: 1,
      delayOptimisticHours: 0,
      delayPessimisticHours: 16,
    });
    const spread = await forecast(tpm, programId);
    const finishes = spread.done.result.finish.percentiles.map((p: { finish: string }) => p.finish);
    // Between no delay (Wed 17:00) and 16 h (Fri 17:00), and no longer a single date.
    expect(finishes[0] >= '2027-01-06T17:00:00').toBe(true);
    expect(finishes.at(-1) <= '2027-01-08T17:00:00').toBe(true);
    expect(new Set(finishes).size).toBeGreaterThan(1);
    expect(spread.done.inputHash).not.toBe(equal.done.inputHash);
  });
});
