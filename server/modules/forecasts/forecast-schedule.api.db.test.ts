import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { created } from '../../../tests/support/api-steps.js';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';
import { seedDemoOrganization } from '../../demo/seed-demo.js';

// The forecast runs on the schedule's own input: with no variance its dates
// are the schedule's to the minute, whatever calendars the work runs on.
// The clock is pinned: "today" (and with it every default date) is fixed.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ runJobs: true, now: '2026-11-20T09:00:00Z' });
});
afterAll(async () => server?.close());

type Client = Awaited<ReturnType<TestServer['signIn']>>;

async function forecast(client: Client, programId: string, iterations = 500) {
  const queued = await client.post(`/api/programs/${programId}/forecasts`, {
    iterations,
    seed: 7,
  });
  expect(queued.status, JSON.stringify(queued.body)).toBe(202);
  const deadline = Date.now() + 60_000;
  for (;;) {
    const r = await client.get(`/api/forecasts/${queued.body.id}`);
    if (r.body.status === 'succeeded') return r.body.result;
    if (r.body.status === 'failed') throw new Error(r.body.error);
    if (Date.now() > deadline) throw new Error(`forecast still ${r.body.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface ScheduleItem {
  id: string;
  kind: 'task' | 'milestone';
  earlyStart: string;
  earlyFinish: string;
}

async function schedule(client: Client, programId: string) {
  const r = await client.get(`/api/programs/${programId}/schedule`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body as { finish: string; items: ScheduleItem[] };
}

/** Every reported percentile, the mean and each milestone's P-dates equal the schedule's dates. */
function expectScheduleDates(
  result: {
    finish: { mean: string; percentiles: { finish: string }[] };
    deterministicFinish: string;
    milestones: { id: string; p50: string; p80: string; p95: string }[];
  },
  planned: { finish: string; items: ScheduleItem[] },
) {
  const finishes = new Set([
    ...result.finish.percentiles.map((p) => p.finish),
    result.finish.mean,
    result.deterministicFinish,
  ]);
  expect([...finishes]).toEqual([planned.finish]);
  const milestones = planned.items.filter((i) => i.kind === 'milestone');
  expect(result.milestones.map((m) => m.id).sort()).toEqual(milestones.map((m) => m.id).sort());
  for (const m of result.milestones) {
    const at = milestones.find((x) => x.id === m.id)!.earlyFinish;
    expect({ id: m.id, dates: [m.p50, m.p80, m.p95] }).toEqual({
      id: m.id,
      dates: [at, at, at],
    });
  }
}

describe('the forecast runs on the schedule’s input', () => {
  it('team and person calendars (other hours and zones), holidays and time off: no variance = the schedule, to the minute', async () => {
    const admin = await server.signIn('admin');
    const tpm = await server.signIn('tpm');
    const manager = await server.signIn('tpm_manager');
    await created(tpm, '/api/holidays', { day: '2027-01-06', name: 'Company day' });
    // Berlin, Mon–Thu 07:00–15:00: on the program's Los Angeles clock that is 22:00–06:00 the evening before.
    const team = await created(admin, '/api/teams', {
      name: 'Berlin platform',
      workingHours: { timeZone: 'Europe/Berlin', start: '07:00', end: '15:00', days: [1, 2, 3, 4] },
    });
    // New York, Mon–Wed 10:00–16:00 (07:00–13:00 in Los Angeles), away Mon 11 – Tue 12 Jan.
    const person = await server.signIn('tpm', { name: 'Part-timer' });
    const profile = await admin.get(`/api/people/${person.user.id}`);
    const hours = await admin.patch(`/api/people/${person.user.id}`, {
      version: profile.body.version,
      timeZone: 'America/New_York',
      workingHoursStart: 600,
      workingHoursEnd: 960,
      workingDays: [1, 2, 3],
    });
    expect(hours.status, JSON.stringify(hours.body)).toBe(200);
    const away = await manager.post(`/api/people/${person.user.id}/time-off`, {
      from: '2027-01-11',
      to: '2027-01-12',
    });
    expect(away.status, JSON.stringify(away.body)).toBe(201);

    const program = await created(tpm, '/api/programs', {
      name: 'Across zones',
      startDate: '2027-01-04',
    });
    const task = (body: object) => created(tpm, `/api/programs/${program.id}/tasks`, body);
    const a = await task({ name: 'Berlin work', estimateHours: 20, teamId: team.id });
    const b = await task({ name: 'Part-time work', estimateHours: 15 });
    // 15 h in a 12-hour week with time off: over-allocated, deliberately (the schedule stretches it).
    await created(tpm, `/api/tasks/${b.id}/assignments`, {
      userId: person.user.id,
      confirmOverAllocation: true,
    });
    const c = await task({ name: 'Local work', estimateHours: 12 });
    const d = await task({
      name: 'Fixed review',
      estimateHours: 4,
      constraintType: 'SNET',
      constraintDate: '2027-01-13T13:00:00',
    });
    const m1 = await created(tpm, `/api/programs/${program.id}/milestones`, { name: 'Built' });
    const m2 = await created(tpm, `/api/programs/${program.id}/milestones`, { name: 'Shipped' });
    const link = (predecessorId: string, successorId: string, extra: object = {}) =>
      created(tpm, '/api/dependencies', { predecessorId, successorId, ...extra });
    await link(a.id, m1.id);
    await link(a.id, b.id);
    await link(a.id, c.id, { type: 'SS', lagMinutes: 240 });
    await link(b.id, d.id);
    await link(c.id, d.id);
    await link(d.id, m2.id);

    const planned = await schedule(tpm, program.id);
    const at = (id: string) => planned.items.find((i) => i.id === id)!;
    // The calendars are really in play: the Berlin work starts at 07:00 Berlin
    // = 22:00 on the program's Monday, and the part-timer's hours are 07:00–13:00.
    expect(at(a.id).earlyStart).toBe('2027-01-04T22:00:00');
    expect(at(b.id).earlyStart.slice(11)).toBe('07:00:00');

    expectScheduleDates(await forecast(tpm, program.id), planned);
  });

  it('done work is never re-simulated: wide estimates and a certain risk on a done task change nothing', async () => {
    const tpm = await server.signIn('tpm');
    const program = await created(tpm, '/api/programs', {
      name: 'Half done',
      startDate: '2026-11-02',
    });
    const done = await created(tpm, `/api/programs/${program.id}/tasks`, {
      name: 'Done already',
      estimateHours: 16,
      estimateOptimisticHours: 4,
      estimatePessimisticHours: 200,
      startDate: '2026-11-02',
      state: 'done',
    });
    const next = await created(tpm, `/api/programs/${program.id}/tasks`, {
      name: 'Next',
      estimateHours: 8,
    });
    const gate = await created(tpm, `/api/programs/${program.id}/milestones`, { name: 'Gate' });
    await created(tpm, '/api/dependencies', { predecessorId: done.id, successorId: next.id });
    await created(tpm, '/api/dependencies', { predecessorId: done.id, successorId: gate.id });
    const risk = await created(tpm, `/api/programs/${program.id}/risks`, {
      title: 'Rework',
      probability: 1,
      delayHours: 80,
      taskIds: [done.id],
    });

    const result = await forecast(tpm, program.id, 300);
    expectScheduleDates(result, await schedule(tpm, program.id));
    expect(result.sensitivity).toEqual([]);
    expect(result.tornado).toEqual([expect.objectContaining({ id: risk.id, effectMinutes: 0 })]);
  });
});

describe('the portfolio forecast runs on the schedules’ input', () => {
  it('each program’s P50/P80/P95 without variance is its schedule’s finish, across a cross-program link and a team in another zone', async () => {
    const admin = await server.signIn('admin');
    const tpm = await server.signIn('tpm');
    const team = await created(admin, '/api/teams', {
      name: 'Tokyo infra',
      workingHours: { timeZone: 'Asia/Tokyo', start: '09:00', end: '18:00', days: [1, 2, 3, 4, 5] },
    });
    const start = { startDate: '2027-02-01', status: 'active' };
    const upstream = await created(tpm, '/api/programs', { name: 'Upstream', ...start });
    const downstream = await created(tpm, '/api/programs', { name: 'Downstream', ...start });
    const a = await created(tpm, `/api/programs/${upstream.id}/tasks`, {
      name: 'Infra',
      estimateHours: 30,
      teamId: team.id,
    });
    const b = await created(tpm, `/api/programs/${downstream.id}/tasks`, {
      name: 'App',
      estimateHours: 10,
    });
    const m = await created(tpm, `/api/programs/${downstream.id}/milestones`, { name: 'Live' });
    await created(tpm, '/api/dependencies', { predecessorId: a.id, successorId: b.id });
    await created(tpm, '/api/dependencies', { predecessorId: b.id, successorId: m.id });

    const queued = await tpm.post('/api/portfolio/forecasts', {
      iterations: 300,
      seed: 5,
      programIds: [upstream.id, downstream.id],
    });
    expect(queued.status, JSON.stringify(queued.body)).toBe(202);
    let done;
    for (const deadline = Date.now() + 60_000; ;) {
      done = (await tpm.get(`/api/forecasts/${queued.body.id}`)).body;
      if (done.status === 'succeeded' || done.status === 'failed') break;
      if (Date.now() > deadline) throw new Error(`still ${done.status}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(done.status, done.error).toBe('succeeded');
    for (const program of [upstream, downstream]) {
      const { finish } = await schedule(tpm, program.id);
      const row = done.result.programs.find(
        (p: { programId: string }) => p.programId === program.id,
      );
      expect([row.p50, row.p80, row.p95]).toEqual([finish, finish, finish]);
    }
    const live = (await schedule(tpm, downstream.id)).items.find((i) => i.id === m.id)!;
    expect(done.result.milestones).toEqual([
      expect.objectContaining({ id: m.id, p50: live.earlyFinish, p95: live.earlyFinish }),
    ]);
  });
});

describe('every demo program', () => {
  it('the forecast’s likely finish (every likely duration, no risk) is the schedule’s finish', async () => {
    await server.db.query('DELETE FROM users');
    expect(
      await seedDemoOrganization(server.db, 'demo-password-for-tests', {
        today: '2026-11-20',
        now: new Date('2026-11-20T09:00:00Z'),
      }),
    ).toBe(true);
    const admin = await server.signIn('admin');
    const programs = (await admin.get('/api/programs?limit=100')).body.items as {
      id: string;
      name: string;
    }[];
    let checked = 0;
    for (const program of programs) {
      const tasks = (await admin.get(`/api/programs/${program.id}/tasks`)).body.items;
      if (tasks.length === 0) continue;
      const planned = await schedule(admin, program.id);
      const result = await forecast(admin, program.id, 200);
      expect({ program: program.name, finish: result.deterministicFinish }).toEqual({
        program: program.name,
        finish: planned.finish,
      });
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(3);
    // Seeding the demo computes every demo change request's impact (a Monte Carlo each).
  }, 120_000);
});
