import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_CLOCK_START } from '../../tests/support/test-clock.js';
import { startTestServer, type TestServer } from '../../tests/support/test-server.js';
import { seedDemoOrganization } from './seed-demo.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ now: TEST_CLOCK_START });
  const today = TEST_CLOCK_START.slice(0, 10);
  expect(await seedDemoOrganization(server.db, 'demo-password', { today })).toBe(true);
});
afterAll(async () => server?.close());

describe('the demo history through the API', () => {
  it('serves the closed programs’ schedules, baselines, forecasts and change requests', async () => {
    const admin = await server.signIn('admin');
    const closed = (
      (await admin.get('/api/programs?limit=200')).body.items as { id: string; status: string }[]
    ).filter((p) => p.status === 'completed');
    expect(closed.length).toBeGreaterThanOrEqual(4);
    for (const { id } of closed) {
      const schedule = await admin.get(`/api/programs/${id}/schedule`);
      expect(schedule.status).toBe(200);
      expect(schedule.body.items.every((i: { progress?: string }) => i.progress === 'done')).toBe(
        true,
      );
      const baselines = await admin.get(`/api/programs/${id}/baselines`);
      expect([baselines.status, baselines.body.items.length]).toEqual([200, 1]);
      const forecasts = await admin.get(`/api/programs/${id}/forecasts`);
      expect(forecasts.status).toBe(200);
      expect(forecasts.body.items).toHaveLength(2);
      const one = await admin.get(`/api/forecasts/${forecasts.body.items[0].id}`);
      expect([one.status, one.body.result.milestones.length > 0]).toEqual([200, true]);
      const crs = await admin.get(`/api/programs/${id}/change-requests`);
      expect(crs.status).toBe(200);
      const approved = crs.body.items.filter((c: { status: string }) => c.status === 'approved');
      expect(approved).toHaveLength(2);
      expect((await admin.get(`/api/change-requests/${approved[0].id}`)).status).toBe(200);
    }
  });

  it('gives every KPI of the delivery and intake history a value', async () => {
    const admin = await server.signIn('admin');
    const kpis = (await admin.get('/api/kpis')).body.items as {
      id: string;
      value: number | null;
    }[];
    const valued = new Set(kpis.filter((k) => k.value !== null).map((k) => k.id));
    for (const id of [
      'completion_on_time_on_budget',
      'intake_sla_attainment',
      'forecast_calibration',
      'request_throughput',
      'request_cycle_time',
      'change_requests_approved',
    ])
      expect(valued).toContain(id);
  });

  it('has TPMs busy in every quarter of the year, each counted once', async () => {
    const admin = await server.signIn('admin');
    const capacity = (await admin.get('/api/kpis/tpm_capacity_utilisation')).body as {
      count: number;
      items: unknown[];
      trend: { quarter: string; value: number | null }[];
    };
    expect(capacity.count).toBe(capacity.items.length);
    for (const point of capacity.trend) expect(point.value, point.quarter).toBeGreaterThan(0.3);
  });
});
