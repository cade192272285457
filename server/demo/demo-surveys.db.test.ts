import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fiscalQuarterOf, shiftQuarter } from '../../engine/headcount/fiscal-quarter.js';
import { TEST_CLOCK_START } from '../../tests/support/test-clock.js';
import { startTestServer, type TestServer } from '../../tests/support/test-server.js';
import { seedDemoOrganization } from './seed-demo.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ now: TEST_CLOCK_START });
  expect(
    await seedDemoOrganization(server.db, 'demo-password', {
      today: TEST_CLOCK_START.slice(0, 10),
      now: new Date(TEST_CLOCK_START),
    }),
  ).toBe(true);
});
afterAll(async () => server?.close());

interface SurveyRow {
  id: string;
  title: string;
  anonymous: boolean;
  invited: number;
  responses: number;
}

describe('the demo surveys', () => {
  it('answered over the last four fiscal quarters, with unanswered invitations and anonymous ones', async () => {
    const admin = await server.signIn('admin');
    const items = (await admin.get('/api/surveys')).body.items as SurveyRow[];
    const quarter = fiscalQuarterOf(TEST_CLOCK_START.slice(0, 10));
    const quarters = [-3, -2, -1, 0].map((q) => shiftQuarter(quarter, q));
    for (const q of quarters)
      expect(items.filter((s) => s.title.startsWith(q)).length).toBeGreaterThanOrEqual(3);
    expect(items.every((s) => s.responses <= s.invited)).toBe(true);
    expect(items.reduce((n, s) => n + s.invited - s.responses, 0)).toBeGreaterThan(0);
    expect(items.some((s) => s.anonymous)).toBe(true);
    for (const s of items) {
      const results = (await admin.get(`/api/surveys/${s.id}/results`)).body;
      if (s.anonymous)
        expect(results.comments.every((c: { email: string | null }) => c.email === null)).toBe(
          true,
        );
      if (results.responses > 0) expect(results.questions[0].mean).toBeGreaterThanOrEqual(1);
    }
    // No answer lies in the future.
    const future = await server.db.query('SELECT 1 FROM survey_responses WHERE submitted_at > $1', [
      TEST_CLOCK_START,
    ]);
    expect(future.rowCount).toBe(0);
  });
});
