import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { created, forecastFinished as finished } from '../../../tests/support/api-steps.js';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ runJobs: true });
});
afterAll(async () => server?.close());

// The server's clock, which the tests pin, says what today is.
const today = () => server.container.clock().toISOString().slice(0, 10);
const DAY_MS = 86_400_000;
const days = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

describe('forecast accuracy', () => {
  it('scores forecasts made before a milestone and a program finished; later ones are not forecasts', async () => {
    const tpm = await server.signIn('tpm');
    const program = await created(tpm, '/api/programs', {
      name: 'Accuracy',
      startDate: '2027-01-04',
    });
    const a = await created(tpm, `/api/programs/${program.id}/tasks`, {
      name: 'A',
      estimateHours: 16,
      estimateOptimisticHours: 8,
      estimatePessimisticHours: 40,
    });
    const m = await created(tpm, `/api/programs/${program.id}/milestones`, { name: 'Launch' });
    await created(tpm, '/api/dependencies', { predecessorId: a.id, successorId: m.id });

    const early = await tpm.post(`/api/programs/${program.id}/forecasts`, {
      iterations: 1000,
      seed: 3,
    });
    const forecast = await finished(tpm, early.body.id);
    // Made sixty days ago, as far as the scoring is concerned.
    await server.db.query(
      `UPDATE forecasts SET requested_at = $2::timestamptz - interval '60 days' WHERE id = $1`,
      [early.body.id, server.container.clock()],
    );
    const late = await tpm.post(`/api/programs/${program.id}/forecasts`, {
      iterations: 1000,
      seed: 4,
    });
    await finished(tpm, late.body.id);

    const nothing = await tpm.get(`/api/forecast-accuracy?programId=${program.id}`);
    expect(nothing.status).toBe(200);
    expect(nothing.body).toEqual({
      scored: [],
      calibration: [
        { p: 50, observed: null, count: 0 },
        { p: 80, observed: null, count: 0 },
        { p: 95, observed: null, count: 0 },
      ],
      meanAbsoluteP50ErrorDays: null,
    });

    // The milestone is achieved today, then the program completed: two actuals.
    const achieved = await tpm.patch(`/api/milestones/${m.id}`, {
      version: m.version,
      state: 'achieved',
    });
    expect(achieved.status, JSON.stringify(achieved.body)).toBe(200);
    const completed = await tpm.patch(`/api/programs/${program.id}`, {
      version: program.version,
      status: 'completed',
    });
    expect(completed.status, JSON.stringify(completed.body)).toBe(200);

    const report = (await tpm.get(`/api/forecast-accuracy?programId=${program.id}`)).body;
    const milestoneP = forecast.result.milestones[0];
    const finishAt = (p: number) =>
      forecast.result.finish.percentiles.find((x: { p: number }) => x.p === p).finish;
    expect(report.scored).toEqual([
      expect.objectContaining({
        forecastId: early.body.id,
        itemId: m.id,
        kind: 'milestone',
        actual: today(),
        p50: milestoneP.p50,
        p80: milestoneP.p80,
        p50ErrorDays: days(milestoneP.p50.slice(0, 10), today()),
        withinP80: today() <= milestoneP.p80.slice(0, 10),
      }),
      expect.objectContaining({
        forecastId: early.body.id,
        itemId: program.id,
        kind: 'program',
        actual: today(),
        p80: finishAt(80),
      }),
    ]);
    // Today is before the 2027 P-dates: every actual fell under them.
    expect(report.calibration.map((c: { observed: number }) => c.observed)).toEqual([1, 1, 1]);

    // Across all programs, this program's two scored forecasts are there too.
    const all = (await tpm.get('/api/forecast-accuracy')).body;
    expect(
      all.scored.filter((s: { forecastId: string }) => s.forecastId === early.body.id),
    ).toHaveLength(2);
    const bad = await tpm.get('/api/forecast-accuracy?programId=nope');
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toBe('query.programId');
  });
});
