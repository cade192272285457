import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../tests/support/test-server.js';
import { seedDemoOrganization } from './seed-demo.js';

// The demo organization's team: everyone on the ladder has a level and a manager
// chain to the top, the heatmap has 25+ people over 26 weeks with some weeks over
// and some under, and the headcount plan shows a gap.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await server.db.query('DELETE FROM users');
  expect(
    await seedDemoOrganization(server.db, 'demo-password-for-tests', { today: '2026-11-23' }),
  ).toBe(true);
});
afterAll(async () => server?.close());

describe('demo team', () => {
  it('puts the TPMs on the ladder with reporting lines, skills and working hours', async () => {
    const admin = await server.signIn('admin');
    const people = (await admin.get('/api/people')).body.items;
    const tpms = people.filter(
      (p: { role: string }) => p.role === 'tpm' || p.role === 'tpm_manager',
    );
    expect(tpms.length).toBeGreaterThanOrEqual(20);
    for (const p of tpms) {
      expect(p.levelId).not.toBeNull();
      expect(p.skills.length).toBeGreaterThan(0);
    }
    const top = tpms.filter((p: { managerId: string | null }) => p.managerId === null);
    expect(top.map((p: { title: string }) => p.title)).toEqual([
      'Senior Director, Technical Program Management',
    ]);
  });

  it('gives the heatmap 25+ people × 26 weeks with over- and under-used weeks, and a headcount gap', async () => {
    const admin = await server.signIn('admin');
    const heatmap = (await admin.get('/api/capacity/heatmap?from=2026-11-23&weeks=26')).body;
    expect(heatmap.people.length).toBeGreaterThanOrEqual(25);
    expect(heatmap.weeks).toHaveLength(26);
    const statuses = heatmap.people.flatMap((p: { cells: { status: string }[] }) =>
      p.cells.map((c) => c.status),
    );
    expect(statuses).toContain('over');
    expect(statuses).toContain('under');
    expect(statuses).toContain('ok');
    const plan = (await admin.get('/api/headcount?fiscalYear=FY2027')).body;
    expect(plan.fiscalYear).toBe('FY2027');
    expect(plan.roles.length).toBeGreaterThan(0);
    expect(plan.quarters.some((q: { gapFte: number }) => q.gapFte > 0)).toBe(true);
    const readiness = (await admin.get('/api/career-ladder/readiness')).body.items;
    expect(readiness.some((r: { ready: boolean }) => r.ready)).toBe(true);
  });
});
