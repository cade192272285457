import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { created, forecastFinished } from '../support/api-steps.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Every input is within its limits (dates up to 2200, 100,000-hour estimates,
// 10-year lags), yet a long enough chain of them runs past year 9999, which no
// date type writes. Such a plan is refused where it is computed, never stored or
// served half-written.

let server: TestServer;
let admin: Awaited<ReturnType<TestServer['signIn']>>;
let programId: string;

beforeAll(async () => {
  server = await startTestServer({ runJobs: true });
  admin = await server.signIn('admin');
  programId = (await created(admin, '/api/programs', { name: 'Far', startDate: '2200-01-01' })).id;
  // Written in SQL: through the API each of these 179 rows is a request, and a slow test.
  await server.db.query(
    `WITH chain AS (
       INSERT INTO tasks (program_id, name, estimate_hours)
       SELECT $1, 'Link ' || n, 100000 FROM generate_series(1, 90) n
       RETURNING id, name)
     INSERT INTO dependencies (predecessor_task_id, successor_task_id, lag_minutes)
     SELECT a.id, b.id, 5256000 FROM chain a JOIN chain b
       ON substr(b.name, 6)::int = substr(a.name, 6)::int + 1`,
    [programId],
  );
}, 60_000);
afterAll(async () => server?.close());

describe('a plan running past year 9999', () => {
  it('is answered with 409 plan_beyond_horizon by the schedule and the resource load', async () => {
    for (const path of ['schedule', 'resource-load']) {
      const r = await admin.get(`/api/programs/${programId}/${path}`);
      expect(r.status, path).toBe(409);
      expect(r.body.error.code).toBe('plan_beyond_horizon');
    }
    expect(await server.countRows('program_schedules')).toBe(0);
  });

  it('still lists its tasks and its program', async () => {
    expect((await admin.get(`/api/programs/${programId}/tasks`)).status).toBe(200);
    expect((await admin.get(`/api/programs/${programId}`)).status).toBe(200);
  });

  it('fails its forecast with a reason, and the forecasts still read', async () => {
    const f = await admin.post(`/api/programs/${programId}/forecasts`, { iterations: 100 });
    expect(f.status).toBe(202);
    const done = await forecastFinished(admin, f.body.id, 60_000);
    expect(done).toMatchObject({ status: 'failed', result: null });
    expect(done.error).toMatch(/year 9999/);
    const list = await admin.get(`/api/programs/${programId}/forecasts`);
    expect(list.status).toBe(200);
  }, 90_000);
});
