import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

// 2026-11-23 is a Monday; people work the default 08:00–16:00 Pacific, Monday to Friday.
let n = 0;
async function setUp() {
  const manager = await server.signIn('tpm_manager');
  const person = await server.signIn('tpm', { name: `Alex Example ${++n}` });
  const apollo = (await manager.post('/api/programs', { name: `Apollo ${n}` })).body;
  const zephyr = (await manager.post('/api/programs', { name: `Zephyr ${n}` })).body;
  return { manager, person, apollo, zephyr };
}

describe('allocations and over-allocation', () => {
  it('refuses an allocation that pushes someone over 100% in a week, naming the week and the programs', async () => {
    const { manager, person, apollo, zephyr } = await setUp();
    const first = await manager.post('/api/allocations', {
      personId: person.user.id,
      programId: apollo.id,
      percent: 70,
      from: '2026-11-23',
      to: '2026-12-31',
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      percent: 70,
      hoursPerWeek: null,
      overAllocationConfirmed: false,
    });

    const before = [await server.countRows('allocations'), await server.countRows('audit_events')];
    // 30 h a week from Wednesday 9 to Tuesday 15 December: 18 h in the first week
    // (28 + 18 = 46 h of 40, 115%), 12 h in the second (28 + 12 = 40 h: exactly full, not over).
    const body = {
      personId: person.user.id,
      programId: zephyr.id,
      hoursPerWeek: 30,
      from: '2026-12-09',
      to: '2026-12-15',
    };
    const refused = await manager.post('/api/allocations', body);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('over_allocation');
    expect(refused.body.error.details.weeks).toEqual([
      {
        weekStart: '2026-12-07',
        loadHours: 46,
        capacityHours: 40,
        loadPercent: 115,
        programs: [
          {
            programId: apollo.id,
            programName: apollo.name,
            allocatedHours: 28,
            assignedHours: 0,
            loadHours: 28,
          },
          {
            programId: zephyr.id,
            programName: zephyr.name,
            allocatedHours: 18,
            assignedHours: 0,
            loadHours: 18,
          },
        ],
      },
    ]);
    expect(refused.body.error.issues[0]).toMatchObject({ path: 'body', code: 'over_allocation' });
    expect([await server.countRows('allocations'), await server.countRows('audit_events')]).toEqual(
      before,
    );

    // The dry run reports the same weeks and writes nothing.
    const check = await manager.post('/api/allocations/check', body);
    expect(check.status).toBe(200);
    expect(check.body).toEqual({
      personId: person.user.id,
      overAllocated: true,
      weeks: refused.body.error.details.weeks,
    });

    // Confirmed: saved, flagged, and the audit row keeps the overridden warning.
    const saved = await manager.post('/api/allocations', { ...body, confirmOverAllocation: true });
    expect(saved.status).toBe(201);
    expect(saved.body.overAllocationConfirmed).toBe(true);
    const audit = await server.db.query(
      `SELECT after FROM audit_events WHERE entity_type = 'allocation' AND entity_id = $1`,
      [saved.body.id],
    );
    expect(audit.rows[0].after.overAllocationWarning[0].weekStart).toBe('2026-12-07');

    // The heatmap shows the same numbers for that week.
    const heatmap = await manager.get('/api/capacity/heatmap?from=2026-11-23&weeks=4');
    expect(heatmap.status).toBe(200);
    expect(heatmap.body.weeks).toEqual(['2026-11-23', '2026-11-30', '2026-12-07', '2026-12-14']);
    const row = heatmap.body.people.find(
      (p: { personId: string }) => p.personId === person.user.id,
    );
    expect(row.cells[2]).toEqual({
      weekStart: '2026-12-07',
      capacityHours: 40,
      loadHours: 46,
      timeOffHours: 0,
      holidayHours: 0,
      loadPercent: 115,
      status: 'over',
      programs: refused.body.error.details.weeks[0].programs,
    });
    expect(row.cells.map((c: { status: string }) => c.status)).toEqual(['ok', 'ok', 'over', 'ok']);
    const personView = await manager.get(
      `/api/people/${person.user.id}/capacity?from=2026-11-23&weeks=4`,
    );
    expect(personView.body.cells).toEqual(row.cells);
  });

  it('counts time off and holidays in the check', async () => {
    const { manager, person, apollo } = await setUp();
    await server.db.query(
      `INSERT INTO holidays (day, name) VALUES ('2026-11-26', 'Harvest day') ON CONFLICT DO NOTHING`,
    );
    const off = await person.post(`/api/people/${person.user.id}/time-off`, {
      from: '2026-11-23',
      to: '2026-11-24',
    });
    expect(off.status).toBe(201);
    // Capacity: 5 days − 1 holiday − 2 days off = 16 h; a 50% allocation loads 4 non-holiday days = 16 h.
    const ok = await manager.post('/api/allocations/check', {
      personId: person.user.id,
      programId: apollo.id,
      percent: 50,
      from: '2026-11-23',
      to: '2026-11-27',
    });
    expect(ok.body.overAllocated).toBe(false);
    const over = await manager.post('/api/allocations/check', {
      personId: person.user.id,
      programId: apollo.id,
      percent: 60,
      from: '2026-11-23',
      to: '2026-11-27',
    });
    expect(over.body.weeks).toMatchObject([
      { weekStart: '2026-11-23', loadHours: 19.2, capacityHours: 16, loadPercent: 120 },
    ]);
  });

  it('updates and deletes with versions, checking the update like a new allocation', async () => {
    const { manager, person, apollo } = await setUp();
    const a = (
      await manager.post('/api/allocations', {
        personId: person.user.id,
        runWork: 'Release management rota',
        percent: 40,
        from: '2026-11-23',
        to: null,
      })
    ).body;
    expect(a).toMatchObject({
      programId: null,
      programName: null,
      runWork: 'Release management rota',
      to: null,
    });
    await manager.post('/api/allocations', {
      personId: person.user.id,
      programId: apollo.id,
      percent: 60,
      from: '2026-11-23',
      to: '2026-12-31',
    });
    const tooMuch = await manager.patch(`/api/allocations/${a.id}`, { version: 1, percent: 50 });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body.error.code).toBe('over_allocation');
    const toHours = await manager.patch(`/api/allocations/${a.id}`, {
      version: 1,
      hoursPerWeek: 10,
    });
    expect(toHours.status).toBe(200);
    expect(toHours.body).toMatchObject({ percent: null, hoursPerWeek: 10, version: 2 });
    const stale = await manager.patch(`/api/allocations/${a.id}`, { version: 1, note: 'x' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');
    const list = await manager.get(`/api/allocations?personId=${person.user.id}`);
    expect(list.body.items).toHaveLength(2);
    expect((await manager.delete(`/api/allocations/${a.id}`, 2)).status).toBe(204);
    expect(await server.auditActions('allocation', a.id)).toEqual(['create', 'update', 'delete']);
  });

  it('names every broken rule of a bad allocation and writes nothing', async () => {
    const { manager, person } = await setUp();
    const before = await server.countRows('allocations');
    const bad = await manager.post('/api/allocations', {
      personId: person.user.id,
      percent: 50,
      hoursPerWeek: 10,
      from: '2026-12-10',
      to: '2026-12-01',
    });
    expect(bad.status).toBe(400);
    expect(
      bad.body.error.issues.map((i: { path: string; code: string }) => [i.path, i.code]),
    ).toEqual([
      ['body.percent', 'one_measure'],
      ['body.runWork', 'required'],
      ['body.to', 'invalid'],
    ]);
    const schema = await manager.post('/api/allocations', {
      personId: person.user.id,
      percent: 500,
      from: 'soon',
    });
    expect(schema.status).toBe(400);
    expect(schema.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      'body.from',
      'body.percent',
    ]);
    const stakeholder = await server.signIn('stakeholder');
    const forbidden = await stakeholder.post('/api/allocations', {
      personId: person.user.id,
      runWork: 'x',
      percent: 10,
      from: '2026-12-01',
    });
    expect(forbidden.status).toBe(403);
    expect(await server.countRows('allocations')).toBe(before);
  });
});
