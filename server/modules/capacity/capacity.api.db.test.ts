import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  // The plan below is laid out in late November 2026: the clock stands before it.
  server = await startTestServer({ now: '2026-11-20T09:00:00Z' });
});
afterAll(async () => server?.close());

describe('capacity from task assignments', () => {
  it('loads weeks from assigned tasks, inside the program allocation, and warns before an assignment over-allocates', async () => {
    const boss = await server.signIn('tpm_manager');
    const person = await server.signIn('tpm', { name: 'Tess Tasker' });
    const program = (await boss.post('/api/programs', { name: 'Harbor' })).body;
    const other = (await boss.post('/api/programs', { name: 'Lighthouse' })).body;
    // Mon 23 – Wed 25 November: 3 days of Harbor at full time.
    const task = (
      await boss.post(`/api/programs/${program.id}/tasks`, {
        name: 'Cut over',
        startDate: '2026-11-23',
        dueDate: '2026-11-25',
      })
    ).body;
    expect(
      (await boss.post(`/api/tasks/${task.id}/assignments`, { userId: person.user.id, units: 1 }))
        .status,
    ).toBe(201);
    await boss.post('/api/allocations', {
      personId: person.user.id,
      programId: program.id,
      percent: 50,
      from: '2026-11-23',
      to: '2026-12-04',
    });
    const heatmap = (await boss.get('/api/capacity/heatmap?from=2026-11-23&weeks=2')).body;
    const row = heatmap.people.find((p: { personId: string }) => p.personId === person.user.id);
    // Week 1: tasks need 24 h, the allocation reserves 20 h: the larger counts. Week 2: the allocation.
    expect(row.cells.map((c: { loadHours: number }) => c.loadHours)).toEqual([24, 20]);
    expect(row.cells[0].programs).toEqual([
      {
        programId: program.id,
        programName: 'Harbor',
        allocatedHours: 20,
        assignedHours: 24,
        loadHours: 24,
      },
    ]);

    // A Lighthouse task Tuesday to Thursday at full time would make 24 + 24 = 48 h of 40.
    const clash = (
      await boss.post(`/api/programs/${other.id}/tasks`, {
        name: 'Audit',
        startDate: '2026-11-24',
        dueDate: '2026-11-26',
      })
    ).body;
    const check = await boss.post(`/api/tasks/${clash.id}/assignments/check`, {
      userId: person.user.id,
      units: 1,
    });
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({
      personId: person.user.id,
      overAllocated: true,
      weeks: [{ weekStart: '2026-11-23', loadHours: 48, capacityHours: 40, loadPercent: 120 }],
    });
    expect(
      check.body.weeks[0].programs.map((p: { programName: string }) => p.programName).sort(),
    ).toEqual(['Harbor', 'Lighthouse']);
    // A dry run writes nothing.
    expect((await boss.get(`/api/tasks/${clash.id}/assignments`)).body.items).toEqual([]);
  });

  it('counts 16 h of capacity in a week with 3 days off (8-hour days, 5-day week)', async () => {
    const manager = await server.signIn('tpm_manager');
    const person = await server.signIn('tpm', { name: 'Three Days Off' });
    const program = (await manager.post('/api/programs', { name: 'Off week program' })).body;
    await manager.post('/api/allocations', {
      personId: person.user.id,
      programId: program.id,
      percent: 50,
      from: '2026-11-30',
      to: '2026-12-04',
    });
    const away = await manager.post(`/api/people/${person.user.id}/time-off`, {
      from: '2026-11-30',
      to: '2026-12-02',
    });
    expect(away.status, JSON.stringify(away.body)).toBe(201);
    const heatmap = (await manager.get('/api/capacity/heatmap?from=2026-11-30&weeks=1')).body;
    const row = heatmap.people.find((p: { personId: string }) => p.personId === person.user.id);
    // Mon–Wed away: Thursday and Friday are left; the allocation stands all week.
    expect(row.cells[0]).toMatchObject({
      weekStart: '2026-11-30',
      capacityHours: 16,
      timeOffHours: 24,
      loadHours: 20,
      status: 'over',
    });
  });

  it('names the query field of a bad heatmap request', async () => {
    const tpm = await server.signIn('tpm');
    const zone = await tpm.get('/api/capacity/heatmap?timeZone=Mars/Olympus');
    expect(zone.status).toBe(400);
    expect(zone.body.error.issues[0]).toMatchObject({ path: 'query.timeZone', code: 'invalid' });
    const weeks = await tpm.get('/api/capacity/heatmap?weeks=0&from=2026-13-01');
    expect(weeks.status).toBe(400);
    expect(weeks.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      'query.from',
      'query.weeks',
    ]);
    const nobody = await tpm.get('/api/people/00000000-0000-4000-8000-000000000000/capacity');
    expect(nobody.status).toBe(404);
  });
});
