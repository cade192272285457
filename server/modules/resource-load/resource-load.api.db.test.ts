import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';
import { createScheduleService } from '../schedules/schedule.service.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

type Client = Awaited<ReturnType<TestServer['signIn']>>;

async function created(client: Client, path: string, body: unknown) {
  const r = await client.post(path, body);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { id: string; version: number };
}

/** Mon 2027-01-04: tasks A and B of 24 h each, no links, both on one full-time person. */
async function doubleBooked(client: Client, name: string) {
  const program = await created(client, '/api/programs', { name, startDate: '2027-01-04' });
  const person = await server.signIn('tpm', { name: `${name} person` });
  const a = await created(client, `/api/programs/${program.id}/tasks`, {
    name: 'A',
    estimateHours: 24,
  });
  const b = await created(client, `/api/programs/${program.id}/tasks`, {
    name: 'B',
    estimateHours: 24,
  });
  await created(client, `/api/tasks/${a.id}/assignments`, { userId: person.user.id });
  // Deliberately double-booked: the over-booking warning is confirmed.
  await created(client, `/api/tasks/${b.id}/assignments`, {
    userId: person.user.id,
    units: 1,
    confirmOverAllocation: true,
  });
  return { program, person: person.user, a, b };
}

describe('task assignments', () => {
  it('assigns, changes units and unassigns with one audit row each, refusing bad input by field', async () => {
    const tpm = await server.signIn('tpm');
    const program = await created(tpm, '/api/programs', { name: 'Assignments' });
    const task = await created(tpm, `/api/programs/${program.id}/tasks`, { name: 'T' });
    const person = await server.signIn('tpm', { name: 'Assignee' });

    const made = await created(tpm, `/api/tasks/${task.id}/assignments`, {
      userId: person.user.id,
      units: 0.5,
    });
    expect(made).toMatchObject({
      taskId: task.id,
      programId: program.id,
      userName: 'Assignee',
      units: 0.5,
    });

    const before = await server.countRows('task_assignments');
    const again = await tpm.post(`/api/tasks/${task.id}/assignments`, { userId: person.user.id });
    expect(again.status).toBe(409);
    expect(again.body.error.issues[0].path).toBe('body.userId');
    const tooMuch = await tpm.post(`/api/tasks/${task.id}/assignments`, {
      userId: person.user.id,
      units: 3,
    });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.error.issues[0].path).toBe('body.units');
    const nobody = await tpm.post(`/api/tasks/${task.id}/assignments`, {
      userId: '00000000-0000-4000-8000-000000000000',
    });
    expect(nobody.status).toBe(404);
    expect(nobody.body.error.issues[0].path).toBe('body.userId');
    expect(await server.countRows('task_assignments')).toBe(before);

    const changed = await tpm.patch(`/api/task-assignments/${made.id}`, { version: 1, units: 1 });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ units: 1, version: 2 });
    const stale = await tpm.patch(`/api/task-assignments/${made.id}`, { version: 1, units: 0.25 });
    expect(stale.status).toBe(409);

    const listed = await tpm.get(`/api/programs/${program.id}/assignments`);
    expect(listed.body.items.map((a: { id: string }) => a.id)).toEqual([made.id]);
    const gone = await tpm.delete(`/api/task-assignments/${made.id}?version=2`);
    expect(gone.status).toBe(204);
    expect(await server.auditActions('task_assignment', made.id)).toEqual([
      'create',
      'update',
      'delete',
    ]);
  });

  it('warns before an assignment over-books someone on scheduled dates; confirmed, it is saved and audited with the warning', async () => {
    const tpm = await server.signIn('tpm');
    const program = await created(tpm, '/api/programs', {
      name: 'Warned',
      startDate: '2027-01-04',
    });
    const person = await server.signIn('tpm', { name: 'Booked person' });
    const a = await created(tpm, `/api/programs/${program.id}/tasks`, {
      name: 'A',
      estimateHours: 40,
    });
    const b = await created(tpm, `/api/programs/${program.id}/tasks`, {
      name: 'B',
      estimateHours: 40,
    });
    await created(tpm, `/api/tasks/${a.id}/assignments`, { userId: person.user.id });
    // The schedule gives the tasks dates (Mon 4 – Fri 8 January); the check reads them.
    expect((await tpm.get(`/api/programs/${program.id}/schedule`)).status).toBe(200);
    const before = await server.countRows('task_assignments');
    const refused = await tpm.post(`/api/tasks/${b.id}/assignments`, { userId: person.user.id });
    expect(refused.status, JSON.stringify(refused.body)).toBe(409);
    expect(refused.body.error.code).toBe('over_allocation');
    expect(refused.body.error.issues[0].message).toContain('week of 2027-01-04');
    expect(refused.body.error.issues[0].message).toContain('Warned');
    expect(await server.countRows('task_assignments')).toBe(before);

    const half = await tpm.post(`/api/tasks/${b.id}/assignments`, {
      userId: person.user.id,
      units: 0.5,
      confirmOverAllocation: true,
    });
    expect(half.status).toBe(201);
    const audit = await server.db.query<{ after: { overAllocationWarning?: unknown[] } }>(
      `SELECT after FROM audit_events WHERE entity_type = 'task_assignment' AND entity_id = $1`,
      [half.body.id],
    );
    expect(audit.rows[0]!.after.overAllocationWarning).toHaveLength(1);
    const more = await tpm.patch(`/api/task-assignments/${half.body.id}`, { version: 1, units: 1 });
    expect(more.status).toBe(409);
    expect(more.body.error.code).toBe('over_allocation');
    const less = await tpm.patch(`/api/task-assignments/${half.body.id}`, {
      version: 1,
      units: 0.25,
    });
    expect(less.status).toBe(200);
    const forced = await tpm.patch(`/api/task-assignments/${half.body.id}`, {
      version: 2,
      units: 1,
      confirmOverAllocation: true,
    });
    expect(forced.status).toBe(200);
    const updateAudit = await server.db.query<{ after: { overAllocationWarning?: unknown[] } }>(
      `SELECT after FROM audit_events WHERE entity_type = 'task_assignment' AND entity_id = $1
        ORDER BY id DESC LIMIT 1`,
      [half.body.id],
    );
    expect(updateAudit.rows[0]!.after.overAllocationWarning).toHaveLength(1);
  });

  it('a stakeholder cannot assign people', async () => {
    const tpm = await server.signIn('tpm');
    const program = await created(tpm, '/api/programs', { name: 'Assignments read-only' });
    const task = await created(tpm, `/api/programs/${program.id}/tasks`, { name: 'T' });
    const viewer = await server.signIn('stakeholder');
    const r = await viewer.post(`/api/tasks/${task.id}/assignments`, { userId: viewer.user.id });
    expect(r.status).toBe(403);
  });
});

describe('resource load and levelling', () => {
  it('shows a double-booked week in red, and levelling beyond slack clears it, saying what moved', async () => {
    const tpm = await server.signIn('tpm');
    const { program, person, a, b } = await doubleBooked(tpm, 'Double booked');

    const load = await tpm.get(`/api/programs/${program.id}/resource-load`);
    expect(load.status).toBe(200);
    expect(load.body.weekStarts).toEqual(['2027-01-04']);
    expect(load.body.people).toHaveLength(1);
    const [row] = load.body.people;
    expect(row).toMatchObject({ userId: person.id, capacity: 1, timeZone: 'America/Los_Angeles' });
    expect(row.weeks[0]).toMatchObject({ capacityHours: 40, loadHours: 48, overAllocated: true });
    expect(new Set(row.weeks[0].taskIds)).toEqual(new Set([a.id, b.id]));
    expect(load.body.overAllocatedWeeks).toBe(1);

    const current = (await tpm.get(`/api/programs/${program.id}`)).body;
    const levelled = await tpm.post(`/api/programs/${program.id}/schedule/level`, {
      mode: 'beyond_slack',
      version: current.version,
    });
    expect(levelled.status, JSON.stringify(levelled.body)).toBe(200);
    expect(levelled.body.levelling.mode).toBe('beyond_slack');
    expect(levelled.body.levelling.delays).toHaveLength(1);
    const [delay] = levelled.body.levelling.delays;
    expect(delay).toMatchObject({
      resourceId: person.id,
      resourceName: 'Double booked person',
      unlevelledStart: '2027-01-04T08:00:00',
      levelledStart: '2027-01-07T08:00:00',
    });
    expect(delay.reason).toContain('Double booked person');
    // Each task runs on the person's 08:00–16:00 days (their only assignee); now one
    // after the other, so the finish moves from Wed 16:00 to the next Monday 16:00.
    expect(levelled.body.finish).toBe('2027-01-11T16:00:00');
    expect(await server.auditActions('program', program.id)).toEqual(['create', 'update']);

    const after = await tpm.get(`/api/programs/${program.id}/resource-load`);
    expect(after.body.levelling).toBe('beyond_slack');
    expect(after.body.overAllocatedWeeks).toBe(0);
    expect(after.body.weekStarts).toEqual(['2027-01-04', '2027-01-11']);
    expect(after.body.people[0].weeks.map((w: { loadHours: number }) => w.loadHours)).toEqual([
      40, 8,
    ]);
    expect(after.body.people[0].weeks[0].overAllocated).toBe(false);
  });

  it("a person's time off moves their task and lowers their capacity that week", async () => {
    const tpm = await server.signIn('tpm');
    const manager = await server.signIn('tpm_manager');
    const program = await created(tpm, '/api/programs', {
      name: 'Time off',
      startDate: '2027-01-04',
    });
    const person = await server.signIn('tpm', { name: 'Away person' });
    const task = await created(tpm, `/api/programs/${program.id}/tasks`, {
      name: 'Write',
      estimateHours: 16,
    });
    await created(tpm, `/api/tasks/${task.id}/assignments`, { userId: person.user.id });
    const before = await tpm.get(`/api/programs/${program.id}/schedule`);
    expect(before.body.items[0]).toMatchObject({ earlyStart: '2027-01-04T08:00:00' });
    const away = await manager.post(`/api/people/${person.user.id}/time-off`, {
      from: '2027-01-04',
      to: '2027-01-05',
    });
    expect(away.status, JSON.stringify(away.body)).toBe(201);
    const after = await tpm.get(`/api/programs/${program.id}/schedule`);
    expect(after.body.items[0]).toMatchObject({
      earlyStart: '2027-01-06T08:00:00',
      earlyFinish: '2027-01-07T16:00:00',
    });
    const load = await tpm.get(`/api/programs/${program.id}/resource-load`);
    expect(load.body.people[0].weeks[0]).toMatchObject({ capacityHours: 24, loadHours: 16 });
  });

  it('levelling within slack leaves critical work where it is and reports it unresolved', async () => {
    const tpm = await server.signIn('tpm');
    const { program } = await doubleBooked(tpm, 'Within slack');
    const current = (await tpm.get(`/api/programs/${program.id}`)).body;
    const levelled = await tpm.post(`/api/programs/${program.id}/schedule/level`, {
      mode: 'within_slack',
      version: current.version,
    });
    expect(levelled.status).toBe(200);
    expect(levelled.body.levelling.delays).toEqual([]);
    expect(levelled.body.levelling.unresolved.map((u: { cause: string }) => u.cause)).toEqual([
      'beyond_slack',
    ]);
    expect(levelled.body.finish).toBe('2027-01-06T16:00:00');
    const stale = await tpm.post(`/api/programs/${program.id}/schedule/level`, {
      mode: 'none',
      version: current.version,
    });
    expect(stale.status).toBe(409);
  });

  it("runs a team's task on the team's hours in the team's time zone, skipping holidays", async () => {
    const tpm = await server.signIn('tpm');
    const team = await created(tpm, '/api/teams', {
      name: 'Berlin platform',
      workingHours: {
        timeZone: 'Europe/Berlin',
        start: '08:00',
        end: '16:00',
        days: [1, 2, 3, 4, 5],
      },
    });
    const program = await created(tpm, '/api/programs', { name: 'Zones', startDate: '2027-01-04' });
    const task = await created(tpm, `/api/programs/${program.id}/tasks`, {
      name: 'Berlin work',
      estimateHours: 8,
      teamId: team.id,
    });
    const item = async () =>
      (await tpm.get(`/api/programs/${program.id}/schedule`)).body.items.find(
        (i: { id: string }) => i.id === task.id,
      );
    // Berlin Tue 08:00–16:00 is Mon 23:00 – Tue 07:00 in Los Angeles (9 hours behind in January).
    expect(await item()).toMatchObject({
      earlyStart: '2027-01-04T23:00:00',
      earlyFinish: '2027-01-05T07:00:00',
    });
    const holiday = await created(tpm, '/api/holidays', {
      day: '2027-01-05',
      name: 'Test holiday',
    });
    const twice = await tpm.post('/api/holidays', { day: '2027-01-05', name: 'Again' });
    expect(twice.status).toBe(409);
    expect(twice.body.error.issues[0].path).toBe('body.day');
    expect(await item()).toMatchObject({
      earlyStart: '2027-01-05T23:00:00',
      earlyFinish: '2027-01-06T07:00:00',
    });
    expect((await tpm.delete(`/api/holidays/${holiday.id}?version=1`)).status).toBe(204);
    expect(await item()).toMatchObject({ earlyStart: '2027-01-04T23:00:00' });

    // On a Berlin clock the same work is Mon 08:00–16:00 (the program starts Mon 08:00 Berlin).
    const latest = (await tpm.get(`/api/programs/${program.id}`)).body;
    const nowhere = await tpm.patch(`/api/programs/${program.id}`, {
      version: latest.version,
      timeZone: 'Nowhere/City',
    });
    expect(nowhere.status).toBe(400);
    expect(nowhere.body.error.issues[0]).toMatchObject({
      path: 'body.timeZone',
      code: 'unknown_time_zone',
    });
    const berlin = await tpm.patch(`/api/programs/${program.id}`, {
      version: latest.version,
      timeZone: 'Europe/Berlin',
    });
    expect(berlin.status).toBe(200);
    expect(await item()).toMatchObject({
      earlyStart: '2027-01-04T08:00:00',
      earlyFinish: '2027-01-04T16:00:00',
    });

    const bad = await tpm.patch(`/api/teams/${team.id}`, {
      version: team.version,
      workingHours: { timeZone: 'Mars/Olympus', start: '08:00', end: '16:00', days: [1] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0]).toMatchObject({
      path: 'body.workingHours.timeZone',
      code: 'unknown_time_zone',
    });
    const backwards = await tpm.patch(`/api/teams/${team.id}`, {
      version: team.version,
      workingHours: { timeZone: 'UTC', start: '16:00', end: '08:00', days: [1] },
    });
    expect(backwards.body.error.issues[0].path).toBe('body.workingHours.end');
  });

  it('a large program read while stale gets the stored schedule marked stale and a queued job', async () => {
    const tpm = await server.signIn('tpm');
    const program = await created(tpm, '/api/programs', { name: 'Large', startDate: '2027-01-04' });
    await created(tpm, `/api/programs/${program.id}/tasks`, { name: 'one', estimateHours: 8 });
    const schedules = createScheduleService(server.db, () => new Date('2027-01-01T00:00:00Z'), 1);
    expect((await schedules.get(program.id)).items).toHaveLength(1);
    await created(tpm, `/api/programs/${program.id}/tasks`, { name: 'two', estimateHours: 8 });
    await created(tpm, `/api/programs/${program.id}/tasks`, { name: 'three', estimateHours: 8 });
    const stale = await schedules.get(program.id);
    expect(stale.stale).toBe(true);
    expect(stale.items).toHaveLength(1);
    const jobs = await server.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'program_schedule' AND key = $1`,
      [`program_schedule:${program.id}`],
    );
    expect(jobs.rows[0]!.n).toBe(1);
    const fresh = await schedules.refresh(program.id);
    expect(fresh.stale).toBe(false);
    expect(fresh.items).toHaveLength(3);
    expect((await schedules.get(program.id)).stale).toBe(false);
  });
});
