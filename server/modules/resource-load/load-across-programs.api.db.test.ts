import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { created } from '../../../tests/support/api-steps.js';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  // The plans below start on Monday 4 January 2027, after the pinned today.
  server = await startTestServer({ now: '2026-11-20T09:00:00Z' });
});
afterAll(async () => server?.close());

type Client = Awaited<ReturnType<TestServer['signIn']>>;

/** A program starting Mon 4 Jan 2027 with one 16-hour task on `personId`. */
async function programWithTask(client: Client, name: string, personId: string) {
  const program = await created(client, '/api/programs', { name, startDate: '2027-01-04' });
  const task = await created(client, `/api/programs/${program.id}/tasks`, {
    name: `${name} task`,
    estimateHours: 16,
  });
  await created(client, `/api/tasks/${task.id}/assignments`, {
    userId: personId,
    confirmOverAllocation: true,
  });
  return { program, task };
}

describe("a program's resource view and levelling see the load on other programs", () => {
  it('shows a person as over-booked when another program already books them, and names it', async () => {
    const manager = await server.signIn('tpm_manager');
    const person = await server.signIn('tpm', { name: 'Booked Elsewhere' });
    const elsewhere = await created(manager, '/api/programs', { name: 'Elsewhere' });
    // 100% on Elsewhere for all of January: nothing left for anything else.
    await created(manager, '/api/allocations', {
      personId: person.user.id,
      programId: elsewhere.id,
      percent: 100,
      from: '2027-01-01',
      to: '2027-01-31',
    });
    const { program, task } = await programWithTask(manager, 'Here', person.user.id);

    const load = await manager.get(`/api/programs/${program.id}/resource-load`);
    expect(load.status, JSON.stringify(load.body)).toBe(200);
    expect(load.body.weekStarts).toEqual(['2027-01-04']);
    const [row] = load.body.people;
    expect(row.userId).toBe(person.user.id);
    expect(row.weeks[0]).toMatchObject({
      capacityHours: 40,
      loadHours: 16,
      otherLoadHours: 40,
      totalLoadHours: 56,
      overAllocated: true,
      taskIds: [task.id],
    });
    expect(
      row.weeks[0].programs.map((p: { programName: string; loadHours: number }) => [
        p.programName,
        p.loadHours,
      ]),
    ).toEqual([
      ['Elsewhere', 40],
      ['Here', 16],
    ]);
    expect(load.body.overAllocatedWeeks).toBe(1);

    // The heatmap counts the same week the same way.
    const heatmap = await manager.get(
      `/api/people/${person.user.id}/capacity?from=2027-01-04&weeks=1`,
    );
    expect(heatmap.body.cells[0]).toMatchObject({
      capacityHours: 40,
      loadHours: 56,
      status: 'over',
    });
  });

  it('levelling moves a task past the days another program books its person', async () => {
    const manager = await server.signIn('tpm_manager');
    const person = await server.signIn('tpm', { name: 'Shared Person' });
    // Elsewhere holds them full time Mon 4 – Wed 6 January (a scheduled task of 24 h).
    const elsewhere = await created(manager, '/api/programs', {
      name: 'Other program',
      startDate: '2027-01-04',
    });
    const busy = await created(manager, `/api/programs/${elsewhere.id}/tasks`, {
      name: 'Busy',
      estimateHours: 24,
    });
    await created(manager, `/api/tasks/${busy.id}/assignments`, { userId: person.user.id });
    expect((await manager.get(`/api/programs/${elsewhere.id}/schedule`)).status).toBe(200);

    const { program, task } = await programWithTask(manager, 'Levelled here', person.user.id);
    const before = await manager.get(`/api/programs/${program.id}/resource-load`);
    expect(before.body.people[0].weeks[0]).toMatchObject({
      loadHours: 16,
      otherLoadHours: 24,
      overAllocated: false,
    });
    const current = (await manager.get(`/api/programs/${program.id}`)).body;
    const levelled = await manager.post(`/api/programs/${program.id}/schedule/level`, {
      mode: 'beyond_slack',
      version: current.version,
    });
    expect(levelled.status, JSON.stringify(levelled.body)).toBe(200);
    const item = levelled.body.items.find((i: { id: string }) => i.id === task.id);
    // Not before Thursday: Mon–Wed belong to the other program.
    expect(item.earlyStart).toBe('2027-01-07T08:00:00');
    expect(levelled.body.levelling.delays).toHaveLength(1);
    expect(levelled.body.levelling.delays[0]).toMatchObject({
      resourceId: person.user.id,
      resourceName: 'Shared Person',
    });
    expect(levelled.body.levelling.delays[0].reason).toContain('work outside this plan');

    // Moving the other program's task stales the levelled schedule: it is recomputed.
    const moved = await manager.patch(`/api/tasks/${busy.id}`, {
      version: (await manager.get(`/api/tasks/${busy.id}`)).body.version,
      estimateHours: 8,
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect((await manager.get(`/api/programs/${elsewhere.id}/schedule`)).status).toBe(200);
    const after = await manager.get(`/api/programs/${program.id}/schedule`);
    expect(after.body.items.find((i: { id: string }) => i.id === task.id).earlyStart).toBe(
      '2027-01-05T08:00:00',
    );
  });
});
