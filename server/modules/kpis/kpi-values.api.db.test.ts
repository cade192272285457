import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

// Worked examples: each KPI's value from rows inserted here, over a period in FY2027.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

type Item = { name: string; counts: string; value: number | null; detail: string };

async function insert(sql: string, params: unknown[]): Promise<string> {
  return (await server.db.query<{ id: string }>(`${sql} RETURNING id`, params)).rows[0]!.id;
}
const program = (name: string, ownerId: string | null, visibility = 'organization') =>
  insert(`INSERT INTO programs (name, owner_id, visibility) VALUES ($1, $2, $3)`, [
    name,
    ownerId,
    visibility,
  ]);

describe('intake SLA attainment', () => {
  it('counts first responses within 24 working hours (Los Angeles, 08:00–16:00, weekdays)', async () => {
    const boss = await server.signIn('tpm_manager');
    const p = await program('SLA program', boss.user.id);
    const request = (title: string, createdAt: string, respondedAt: string) =>
      insert(
        `INSERT INTO intake_requests (title, source, requester_name, state, program_id, created_at, first_response_at)
         VALUES ($1, 'web', 'Requester', 'acknowledged', $2, $3, $4)`,
        [title, p, createdAt, respondedAt],
      );
    // Mon 4 May 08:00 PDT → 12:00 the same day: 4 working hours, met.
    await request('R1', '2026-05-04T15:00:00Z', '2026-05-04T19:00:00Z');
    // Mon 08:00 → Thu 16:00: 32 working hours, beyond the 24-hour SLA.
    await request('R2', '2026-05-04T15:00:00Z', '2026-05-07T23:00:00Z');
    // Tue 08:00 → 10:00: 2 working hours, met.
    await request('R3', '2026-05-05T15:00:00Z', '2026-05-05T17:00:00Z');
    // First response after the period: not counted.
    await request('R4', '2026-06-29T15:00:00Z', '2026-07-02T17:00:00Z');
    const r = await boss.get(
      `/api/kpis/intake_sla_attainment?from=2026-05-01&to=2026-06-30&programId=${p}`,
    );
    expect(r.status).toBe(200);
    // 2 met of 3 = 0.6667; median of 4, 32 and 2 hours = 4.
    expect(r.body.value).toBeCloseTo(2 / 3, 4);
    expect(r.body.count).toBe(3);
    expect(r.body.rag).toBe('red');
    expect(r.body.figures[0]).toEqual({
      label: 'Median working hours to first response',
      value: 4,
      unit: 'hours',
    });
    expect(r.body.items.map((i: Item) => [i.name.slice(-2), i.counts, i.value])).toEqual([
      ['R1', 'good', 4],
      ['R3', 'good', 2],
      ['R2', 'bad', 32],
    ]);
    expect(r.body.items[2].detail).toBe(
      'First response 7 May 2026 after 32 working hours: beyond the 24-hour SLA.',
    );
  });
});

describe('forecast calibration', () => {
  it('scores each milestone by the latest forecast made before it was achieved', async () => {
    const boss = await server.signIn('tpm_manager');
    const p = await program('Calibration program', boss.user.id);
    const ms: Record<string, string> = {};
    for (const [name, achieved] of [
      ['C1', '2026-05-10'],
      ['C2', '2026-06-01'],
      ['C3', '2026-06-15'],
      ['C4', '2026-06-20'],
      ['C5', '2026-07-01'],
    ])
      ms[name!] = await insert(
        `INSERT INTO milestones (program_id, name, state, achieved_at) VALUES ($1, $2, 'achieved', $3)`,
        [p, name, `${achieved}T12:00:00`],
      );
    const forecast = (on: string, dates: Record<string, [string, string, string]>) =>
      insert(
        `INSERT INTO forecasts (program_id, status, iterations, seed, requested_at, result)
         VALUES ($1, 'succeeded', 1000, 1, $2, $3)`,
        [
          p,
          `${on}T12:00:00Z`,
          {
            milestones: Object.entries(dates).map(([name, [p50, p80, p95]]) => ({
              id: ms[name],
              p50,
              p80,
              p95,
            })),
            finish: { percentiles: [] },
          },
        ],
      );
    await forecast('2026-04-01', {
      C1: ['2026-05-08', '2026-05-12', '2026-05-20'], // within P80, not P50
      C2: ['2026-05-20', '2026-05-25', '2026-06-05'], // superseded below
      C3: ['2026-06-20', '2026-06-25', '2026-06-30'], // within all
      C5: ['2026-06-01', '2026-06-10', '2026-06-20'], // beyond all
    });
    await forecast('2026-05-28', { C2: ['2026-05-30', '2026-06-02', '2026-06-10'] }); // within P80
    await forecast('2026-06-25', { C4: ['2026-06-01', '2026-06-02', '2026-06-03'] }); // after C4: no forecast
    const r = await boss.get(
      `/api/kpis/forecast_calibration?from=2026-05-01&to=2026-07-31&programId=${p}`,
    );
    expect(r.status).toBe(200);
    // C1, C2, C3 within their P80, C5 not: 3 / 4 = 0.75.
    expect(r.body.value).toBe(0.75);
    expect(r.body.count).toBe(4);
    expect(r.body.rag).toBe('green'); // default green at 0.75
    expect(r.body.calibration).toEqual([
      { p: 50, observed: 0.25, count: 4 },
      { p: 80, observed: 0.75, count: 4 },
      { p: 95, observed: 0.75, count: 4 },
    ]);
    expect(r.body.items.map((i: Item) => [i.name, i.counts])).toEqual([
      ['C1', 'good'],
      ['C2', 'good'],
      ['C3', 'good'],
      ['C5', 'bad'],
    ]);
    expect(r.body.items[1].detail).toBe(
      'Achieved 1 Jun 2026, on or before the P80 2 Jun 2026 of the forecast of 28 May 2026 (P50 30 May 2026, P95 10 Jun 2026).',
    );
  });
});

describe('change requests approved, scoped by person, team and sight', () => {
  it('divides the approvals by the programs in scope', async () => {
    const boss = await server.signIn('tpm_manager');
    const owner = await server.signIn('tpm');
    const outsider = await server.signIn('tpm');
    const team = await insert(`INSERT INTO teams (name) VALUES ('Scope team')`, []);
    await server.db.query('UPDATE users SET team_id = $1 WHERE id = $2', [team, owner.user.id]);
    const a = await program('Owned A', owner.user.id);
    const b = await program('Owned B', owner.user.id, 'members');
    await server.db.query(
      `INSERT INTO program_members (program_id, user_id, role) VALUES ($1, $2, 'owner')`,
      [b, owner.user.id],
    );
    const other = await program('Not owned', boss.user.id);
    let number = 0;
    const cr = (programId: string, status: string, decidedAt: string | null) =>
      insert(
        `INSERT INTO change_requests (program_id, number, title, reason, status, decided_at)
         VALUES ($1, $2, $3, 'Because', $4, $5)`,
        [programId, ++number, `Change ${number}`, status, decidedAt],
      );
    await cr(a, 'approved', '2026-05-10T10:00:00Z');
    await cr(a, 'approved', '2026-06-10T10:00:00Z');
    await cr(a, 'approved', '2026-09-10T10:00:00Z'); // after the period
    await cr(a, 'rejected', '2026-05-11T10:00:00Z');
    await cr(b, 'approved', '2026-05-12T10:00:00Z');
    await cr(other, 'approved', '2026-05-13T10:00:00Z');
    const q = '?from=2026-05-01&to=2026-07-31';
    // The owner's two programs: 3 approved / 2 programs = 1.5.
    for (const [who, filter] of [
      [boss, `&personId=${owner.user.id}`],
      [owner, '&personId=me'],
      [boss, `&teamId=${team}`],
    ] as const) {
      const r = await who.get(`/api/kpis/change_requests_approved${q}${filter}`);
      expect(r.status, filter).toBe(200);
      expect(r.body.value, filter).toBe(1.5);
      expect(r.body.count, filter).toBe(3);
      expect(r.body.items.map((i: Item) => i.name)).toEqual([
        'CR-1 Change 1',
        'CR-5 Change 5',
        'CR-2 Change 2',
      ]);
    }
    // Someone who cannot see the members-only program counts only program A.
    const seen = await outsider.get(
      `/api/kpis/change_requests_approved${q}&personId=${owner.user.id}`,
    );
    expect(seen.body.value).toBe(2);
    expect(seen.body.items.map((i: Item) => i.name)).toEqual(['CR-1 Change 1', 'CR-2 Change 2']);
    const hidden = await outsider.get(`/api/kpis/change_requests_approved${q}&programId=${b}`);
    expect(hidden.status).toBe(404);
  });
});

describe('stakeholder satisfaction', () => {
  it('averages the satisfaction answers and reports the response rate', async () => {
    const boss = await server.signIn('tpm_manager');
    const p = await program('Survey program', boss.user.id);
    const survey = await insert(
      `INSERT INTO surveys (program_id, title, questions) VALUES ($1, 'Quarterly pulse', '[]')`,
      [p],
    );
    for (let i = 0; i < 5; i++)
      await insert(
        `INSERT INTO survey_invitations (survey_id, email, token_hash, expires_at, created_at)
         VALUES ($1, $2, $3, '2027-01-01T00:00:00Z', '2026-05-02T10:00:00Z')`,
        [survey, `person${i}@example.com`, Buffer.from(`token-${p}-${i}`)],
      );
    for (const answer of [5, 4, 3, 4])
      await insert(
        `INSERT INTO survey_responses (survey_id, answers, submitted_at) VALUES ($1, $2, '2026-05-05T10:00:00Z')`,
        [survey, { satisfaction: answer, communication: 3 }],
      );
    const r = await boss.get(
      `/api/kpis/stakeholder_satisfaction?from=2026-05-01&to=2026-05-31&programId=${p}`,
    );
    // Mean of 5, 4, 3, 4 = 4 (green at 4); 4 responses of 5 invitations = 0.8.
    expect(r.body.value).toBe(4);
    expect(r.body.rag).toBe('green');
    expect(r.body.figures[0].value).toBe(0.8);
    expect(r.body.items.map((i: Item) => i.detail)).toContain(
      'Submitted 5 May 2026: satisfaction 5 of 5.',
    );
    expect(r.body.items.map((i: Item) => i.counts).sort()).toEqual([
      'good',
      'good',
      'good',
      'neutral',
    ]);
  });
});
