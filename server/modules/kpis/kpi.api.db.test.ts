import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KPI_IDS } from '../../../contracts/kpi.schema.js';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

// The test clock reads 2026-11-16 (FY2027-Q4): the default period is FY2027-Q1 to today.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

async function program(name: string, ownerId: string | null, status = 'active', target?: string) {
  const r = await server.db.query<{ id: string }>(
    `INSERT INTO programs (name, owner_id, status, target_date) VALUES ($1, $2, $3, $4) RETURNING id`,
    [name, ownerId, status, target ?? null],
  );
  return r.rows[0]!.id;
}

async function milestone(programId: string, name: string, due: string | null, achieved: string) {
  const r = await server.db.query<{ id: string }>(
    `INSERT INTO milestones (program_id, name, due_date, state, achieved_at)
     VALUES ($1, $2, $3, 'achieved', $4) RETURNING id`,
    [programId, name, due, `${achieved}T17:00:00`],
  );
  return r.rows[0]!.id;
}

describe('KPI list and detail', () => {
  it('lists every KPI over the last four fiscal quarters with one trend point per quarter', async () => {
    const tpm = await server.signIn('tpm');
    const list = await tpm.get('/api/kpis');
    expect(list.status).toBe(200);
    expect(list.body.from).toBe('2026-02-01');
    expect(list.body.to).toBe('2026-11-16');
    expect(list.body.items.map((k: { id: string }) => k.id)).toEqual([...KPI_IDS]);
    for (const kpi of list.body.items) {
      expect(kpi.trend.map((t: { quarter: string }) => t.quarter)).toEqual([
        'FY2027-Q1',
        'FY2027-Q2',
        'FY2027-Q3',
        'FY2027-Q4',
      ]);
      expect(kpi.items).toBeUndefined();
    }
  });

  it('counts milestones and programs finished on time against baseline, due or target date', async () => {
    const boss = await server.signIn('tpm_manager');
    const p = await program('Completion Orion', boss.user.id);
    // Worked example, period 2026-03-01..2026-06-30:
    //   M1 due 06-10, achieved 06-10 → on time;  M2 due 05-01, achieved 05-04 → late;
    //   M3 no due date → listed, not counted;     M4 achieved 2026-07-02 → outside the period;
    //   the program, completed, target 06-20, last actual finish 06-10 (M1) → on time.
    //   Rate = 2 on time / 3 judged = 0.6667.
    await milestone(p, 'M1', '2026-06-10', '2026-06-10');
    await milestone(p, 'M2', '2026-05-01', '2026-05-04');
    await milestone(p, 'M3', null, '2026-04-01');
    const done = await program('Completion Lyra', boss.user.id, 'completed', '2026-06-20');
    await milestone(done, 'L1', '2026-06-25', '2026-06-10');
    await milestone(p, 'M4', '2026-07-01', '2026-07-02');
    // L1 itself is on time too: 3 good of 4 judged for both programs.
    const both = await boss.get(
      '/api/kpis/completion_on_time_on_budget?from=2026-03-01&to=2026-06-30',
    );
    expect(both.status).toBe(200);
    const mine = both.body.items.filter((i: { programName: string }) =>
      i.programName?.startsWith('Completion'),
    );
    expect(mine.map((i: { name: string; counts: string }) => [i.name, i.counts]).sort()).toEqual([
      ['Completion Lyra', 'good'],
      ['L1', 'good'],
      ['M1', 'good'],
      ['M2', 'bad'],
      ['M3', 'neutral'],
    ]);
    const only = await boss.get(
      `/api/kpis/completion_on_time_on_budget?from=2026-03-01&to=2026-06-30&programId=${p}`,
    );
    expect(only.body.value).toBeCloseTo(0.5, 4); // M1 good, M2 bad
    expect(only.body.count).toBe(2);
    expect(only.body.note).toMatch(/Budgets are not assessed/);
    const late = only.body.items.find((i: { name: string }) => i.name === 'M2');
    expect(late.detail).toBe('Achieved 4 May 2026, after the due date 1 May 2026 (on time only).');
    expect(
      only.body.trend.map((t: { quarter: string; count: number }) => [t.quarter, t.count]),
    ).toEqual([
      ['FY2027-Q1', 0], // March and April: M3 only, not judged
      ['FY2027-Q2', 2],
    ]);
  });

  it('refuses a period that ends before it starts and names an unknown KPI', async () => {
    const tpm = await server.signIn('tpm');
    const bad = await tpm.get('/api/kpis?from=2026-06-01&to=2026-05-01');
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toBe('query.from');
    const unknown = await tpm.get('/api/kpis/happiness_index');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toContain('happiness_index');
  });
});

describe('KPI targets', () => {
  it('lets a manager change a target, which moves the RAG; a stakeholder and a TPM are refused', async () => {
    const boss = await server.signIn('tpm_manager');
    const stakeholder = await server.signIn('stakeholder');
    const tpm = await server.signIn('tpm');
    const before = (await boss.get('/api/kpis/request_throughput?from=2026-02-01&to=2026-02-02'))
      .body;
    expect(before.target).toEqual({
      target: 20,
      green: 20,
      amber: 10,
      version: 1,
      updatedAt: null,
    });
    expect(before.value).toBe(0);
    expect(before.rag).toBe('red');
    for (const who of [stakeholder, tpm]) {
      const refused = await who.patch('/api/kpis/request_throughput/target', {
        version: 1,
        green: 0,
      });
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toBe(
        who === tpm
          ? 'Only a TPM manager or an admin sets KPI targets.'
          : 'A stakeholder account can read but not change data.',
      );
    }
    const changed = await boss.patch('/api/kpis/request_throughput/target', {
      version: 1,
      target: 0,
      green: 0,
      amber: 0,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ target: 0, green: 0, amber: 0, version: 2 });
    const after = (await boss.get('/api/kpis/request_throughput?from=2026-02-01&to=2026-02-02'))
      .body;
    expect(after.rag).toBe('green');
    // The target alone, as a change starts from it (the CLI reads its version here).
    const target = await stakeholder.get('/api/kpis/request_throughput/target');
    expect([target.status, target.body]).toEqual([200, after.target]);
    expect((await stakeholder.get('/api/kpis/happiness_index/target')).status).toBe(404);
    expect(await server.auditActions('kpi_target', 'request_throughput')).toEqual(['update']);
    const stale = await boss.patch('/api/kpis/request_throughput/target', {
      version: 1,
      target: 3,
    });
    expect(stale.status).toBe(409);
    const inverted = await boss.patch('/api/kpis/request_throughput/target', {
      version: 2,
      green: 1,
      amber: 5,
    });
    expect(inverted.status).toBe(400);
    expect(inverted.body.error.issues[0].path).toBe('body.amber');
  });
});
