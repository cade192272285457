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

interface Row {
  programId: string | null;
  status: string;
  overdue: boolean;
  options: unknown[];
  supersededBy: { id: string } | null;
  supersedes: string[];
  riskIds: string[];
  decidedByName: string | null;
}

describe('the demo decision log', () => {
  it('gives every program decided, superseded and overdue decisions, and the portfolio one', async () => {
    const admin = await server.signIn('admin');
    // The closed programs of the demo's history decided their things before Waymark.
    const programs = (
      (await admin.get('/api/programs?limit=200')).body.items as { id: string; status: string }[]
    ).filter((p) => p.status !== 'completed');
    const items = (await admin.get('/api/decisions')).body.items as Row[];
    expect(programs.length).toBeGreaterThanOrEqual(3);
    for (const program of programs) {
      const mine = items.filter((d) => d.programId === program.id);
      expect(mine.some((d) => d.status === 'decided' && d.options.length >= 2)).toBe(true);
      expect(mine.filter((d) => d.status === 'superseded' && d.supersededBy)).toHaveLength(1);
      expect(mine.filter((d) => d.supersedes.length > 0)).toHaveLength(1);
      const overdue = mine.filter((d) => d.overdue);
      expect(overdue).toHaveLength(1);
      expect(overdue[0]!.riskIds).toHaveLength(1);
    }
    expect(items.filter((d) => d.programId === null)).toHaveLength(1);
  });
});
