import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

// Worked examples for request flow, capacity, baselines and the internal valueOf.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

type Item = { name: string; counts: string; value: number | null; detail: string };

async function insert(sql: string, params: unknown[]): Promise<string> {
  return (await server.db.query<{ id: string }>(`${sql} RETURNING id`, params)).rows[0]!.id;
}
const program = (name: string, ownerId: string | null) =>
  insert(`INSERT INTO programs (name, owner_id) VALUES ($1, $2)`, [name, ownerId]);

describe('request throughput and cycle time', () => {
  it('counts triage decisions and takes the median working hours from submission', async () => {
    const boss = await server.signIn('tpm_manager');
    const p = await program('Flow program', boss.user.id);
    const request = (title: string, state: string, createdAt: string, triagedAt: string | null) =>
      insert(
        `INSERT INTO intake_requests (title, source, requester_name, state, state_reason, program_id, created_at, first_response_at, triaged_at)
         VALUES ($1, 'web', 'Requester', $2, $3, $4, $5, $5, $6)`,
        [title, state, state === 'declined' ? 'Out of scope' : null, p, createdAt, triagedAt],
      );
    // Los Angeles 08:00–16:00 on weekdays. Mon 08:00 → Mon 16:00: 8 working hours.
    const t1 = await request('T1', 'accepted', '2026-05-04T15:00:00Z', '2026-05-04T23:00:00Z');
    // Mon 08:00 → Wed 12:00: 8 + 8 + 4 = 20 working hours.
    await request('T2', 'declined', '2026-05-04T15:00:00Z', '2026-05-06T19:00:00Z');
    // Tue 08:00 → 10:00: 2 working hours; a duplicate is a decision too.
    const t3 = await request('T3', 'acknowledged', '2026-05-05T15:00:00Z', null);
    await server.db.query(
      `UPDATE intake_requests SET state = 'duplicate', duplicate_of_id = $2, triaged_at = '2026-05-05T17:00:00Z' WHERE id = $1`,
      [t3, t1],
    );
    await request('T4', 'acknowledged', '2026-05-05T15:00:00Z', null); // not decided
    const q = `?from=2026-05-01&to=2026-05-31&programId=${p}`;
    const throughput = (await boss.get(`/api/kpis/request_throughput${q}`)).body;
    expect(throughput.value).toBe(3);
    expect(throughput.items.map((i: Item) => i.detail)).toEqual([
      'Accepted 4 May 2026.',
      'Marked duplicate 5 May 2026.',
      'Declined 6 May 2026.',
    ]);
    const cycle = (await boss.get(`/api/kpis/request_cycle_time${q}`)).body;
    // Median of 8, 2 and 20 working hours = 8; green at ≤ 16 hours by default.
    expect(cycle.value).toBe(8);
    expect(cycle.unit).toBe('hours');
    expect(cycle.rag).toBe('green');
    expect(cycle.items.map((i: Item) => i.value)).toEqual([8, 2, 20]);
    // The internal reading other modules bind to gives the same numbers.
    const kpis = server.container.services.kpis;
    expect(
      await kpis.valueOf('request_throughput', {
        from: '2026-05-01',
        to: '2026-05-31',
        programIds: [p],
      }),
    ).toBe(3);
    expect(await kpis.valueOf('request_cycle_time', { from: '2026-05-01', to: '2026-05-31' })).toBe(
      8,
    );
    expect(
      await kpis.valueOf('change_requests_approved', {
        from: '2026-05-01',
        to: '2026-05-31',
        programIds: [],
      }),
    ).toBeNull();
  });
});

describe('TPM capacity utilisation', () => {
  it('divides allocated by available hours of the programs’ owners', async () => {
    const owner = await server.signIn('tpm');
    const p = await program('Capacity program', owner.user.id);
    // Half time on the program for two weeks: 40 of 80 working hours (no holidays in May 4–15).
    await server.db.query(
      `INSERT INTO allocations (user_id, program_id, percent, from_date, to_date)
       VALUES ($1, $2, 50, '2026-05-04', '2026-05-15')`,
      [owner.user.id, p],
    );
    const r = (
      await owner.get(
        `/api/kpis/tpm_capacity_utilisation?from=2026-05-04&to=2026-05-15&programId=${p}`,
      )
    ).body;
    expect(r.value).toBe(0.5);
    expect(r.count).toBe(1); // one person
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ kind: 'person', id: owner.user.id, value: 0.5 });
    expect(r.items[0].detail).toBe(
      '40 of 80 available hours allocated from 4 May 2026 to 15 May 2026.',
    );
    expect(r.figures.map((f: { value: number }) => f.value)).toEqual([40, 80, 1]);
  });
});

describe('completion against a baseline', () => {
  it('judges a milestone by the first baseline that has it before its due date', async () => {
    const boss = await server.signIn('tpm_manager');
    const p = await program('Baselined program', boss.user.id);
    const m = await insert(
      `INSERT INTO milestones (program_id, name, due_date, state, achieved_at)
       VALUES ($1, 'B1', '2026-05-01', 'achieved', '2026-05-08T12:00:00')`,
      [p],
    );
    const baseline = (name: string, finish: string, createdAt: string) =>
      insert(
        `INSERT INTO baselines (program_id, name, schedule, schedule_computed_at, created_at)
         VALUES ($1, $2, $3, $4, $4)`,
        [
          p,
          name,
          {
            start: '2026-03-02T08:00:00',
            finish: `${finish}T16:00:00`,
            items: [{ id: m, kind: 'milestone', name: 'B1', earlyFinish: `${finish}T16:00:00` }],
            diagnostics: [],
          },
          createdAt,
        ],
      );
    await baseline('Original', '2026-05-10', '2026-03-01T00:00:00Z');
    await baseline('Replan', '2026-05-05', '2026-04-01T00:00:00Z'); // later: not the one judged
    const r = (
      await boss.get(
        `/api/kpis/completion_on_time_on_budget?from=2026-05-01&to=2026-05-31&programId=${p}`,
      )
    ).body;
    expect(r.value).toBe(1);
    expect(r.items[0].detail).toBe(
      'Achieved 8 May 2026, on or before the baseline finish 10 May 2026 (on time only).',
    );
  });
});
