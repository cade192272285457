import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

// The test clock reads 2026-11-16: FY2027-Q4 runs from 2026-11-01 to 2027-01-31.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

async function achievedMilestone(programId: string, due: string, achieved: string) {
  await server.db.query(
    `INSERT INTO milestones (program_id, name, due_date, state, achieved_at)
     VALUES ($1, $2, $3, 'achieved', $4)`,
    [programId, `Due ${due}`, due, `${achieved}T17:00:00`],
  );
}

describe('a key result bound to a KPI, as the server wires it', () => {
  it('reads the KPI over the quarter on the programs the objective serves, and moves with the data', async () => {
    const manager = await server.signIn('tpm_manager');
    const served = (await manager.post('/api/programs', { name: 'Served by the objective' })).body;
    const other = (await manager.post('/api/programs', { name: 'Serving nothing' })).body;
    // Worked example: on the served program one milestone on time (due 10 Nov, achieved 5 Nov)
    // and one late (due 6 Nov, achieved 12 Nov): 1 of 2 on time = 0.5. The other program's
    // late milestone does not count.
    await achievedMilestone(served.id, '2026-11-10', '2026-11-05');
    await achievedMilestone(served.id, '2026-11-06', '2026-11-12');
    await achievedMilestone(other.id, '2026-11-02', '2026-11-13');
    const objective = (
      await manager.post('/api/objectives', {
        ownerKind: 'organization',
        period: '2027-Q4',
        title: 'Dates we keep',
      })
    ).body;
    await manager.post(`/api/objectives/${objective.id}/programs`, { programId: served.id });
    const kr = await manager.post(`/api/objectives/${objective.id}/key-results`, {
      title: 'Milestones on time',
      binding: 'kpi',
      kpiId: 'completion_on_time_on_budget',
      startValue: 0,
      targetValue: 1,
    });
    expect(kr.status, JSON.stringify(kr.body)).toBe(201);

    const read = async () =>
      (await manager.get(`/api/objectives/${objective.id}`)).body as {
        score: number | null;
        keyResults: { currentValue: number | null; score: number | null }[];
      };
    expect((await read()).keyResults[0]).toMatchObject({ currentValue: 0.5, score: 0.5 });

    // A third milestone on time: 2 of 3.
    await achievedMilestone(served.id, '2026-11-14', '2026-11-13');
    const after = await read();
    expect(after.keyResults[0]!.currentValue).toBeCloseTo(2 / 3, 4);
    expect(after.score).toBeCloseTo(2 / 3, 4);
  });
});
