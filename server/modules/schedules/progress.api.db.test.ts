import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

// The living plan through HTTP. The clock stands at Tue 8 Dec 2026, 09:00 in
// Los Angeles (the programs' default zone); 30 Nov and 7 Dec are Mondays.
let server: TestServer;
type Client = Awaited<ReturnType<TestServer['signIn']>>;
let tpm: Client;
beforeAll(async () => {
  server = await startTestServer({ now: '2026-12-08T17:00:00Z' });
  tpm = await server.signIn('tpm');
});
afterAll(async () => server?.close());

interface Item {
  id: string;
  name: string;
  earlyStart: string;
  earlyFinish: string;
  lateFinish: string;
  totalSlackMinutes: number;
  critical: boolean;
  progress?: string;
  percentComplete?: number;
}

async function created(path: string, body: unknown) {
  const r = await tpm.post(path, body);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { id: string; version: number; [k: string]: unknown };
}
async function schedule(programId: string) {
  const r = await tpm.get(`/api/programs/${programId}/schedule`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  const byName = new Map<string, Item>(r.body.items.map((i: Item) => [i.name, i]));
  return { body: r.body, item: (name: string) => byName.get(name)! };
}
const program = (body: Record<string, unknown> = {}) =>
  created('/api/programs', { name: 'Living plan', startDate: '2026-11-30', ...body });

describe('the status date', () => {
  it('is today on the program clock until set; unstarted work never starts before it', async () => {
    const p = await program();
    await created(`/api/programs/${p.id}/tasks`, { name: 'Later', estimateHours: 8 });
    let s = await schedule(p.id);
    expect(s.body.statusDate).toBe('2026-12-08');
    expect(s.item('Later').earlyStart).toBe('2026-12-08T08:00:00');

    // A status date in the past is valid: the plan as of last Monday.
    const set = await tpm.patch(`/api/programs/${p.id}`, {
      statusDate: '2026-12-07',
      version: p.version,
    });
    expect(set.status).toBe(200);
    expect(set.body.statusDate).toBe('2026-12-07');
    s = await schedule(p.id);
    expect(s.body.statusDate).toBe('2026-12-07');
    expect(s.item('Later').earlyStart).toBe('2026-12-07T08:00:00');
  });
});

describe('progress on tasks', () => {
  it('an 80 h task at 50% started Mon 30 Nov, status date Mon 7 Dec, finishes Fri 11 Dec 17:00', async () => {
    const p = await program({ statusDate: '2026-12-07' });
    const t = await created(`/api/programs/${p.id}/tasks`, {
      name: 'Build',
      estimateHours: 80,
      state: 'in_progress',
      actualStart: '2026-11-30T08:00:00',
      percentComplete: 50,
    });
    expect(t).toMatchObject({ percentComplete: 50, remainingHours: 40, remainingHoursSet: false });
    const item = (await schedule(p.id)).item('Build');
    expect(item).toMatchObject({
      earlyStart: '2026-11-30T08:00:00',
      earlyFinish: '2026-12-11T17:00:00',
      progress: 'in_progress',
      percentComplete: 50,
    });
  });

  it('a done task sits at its actual dates, is never critical and has no float', async () => {
    const p = await program({ statusDate: '2026-12-07' });
    const done = await created(`/api/programs/${p.id}/tasks`, {
      name: 'Design',
      estimateHours: 40,
      state: 'done',
      actualStart: '2026-11-30T10:00:00',
      actualFinish: '2026-12-02T15:00:00',
    });
    expect(done.percentComplete).toBe(100);
    const next = await created(`/api/programs/${p.id}/tasks`, { name: 'Ship', estimateHours: 8 });
    await created('/api/dependencies', { predecessorId: done.id, successorId: next.id });
    const s = await schedule(p.id);
    expect(s.item('Design')).toMatchObject({
      earlyStart: '2026-11-30T10:00:00',
      earlyFinish: '2026-12-02T15:00:00',
      totalSlackMinutes: 0,
      critical: false,
      progress: 'done',
    });
    expect(s.item('Ship')).toMatchObject({ earlyStart: '2026-12-07T08:00:00', critical: true });
  });

  it('moving to in_progress or done fills the actuals from the clock; they stay editable', async () => {
    const p = await program();
    let t = await created(`/api/programs/${p.id}/tasks`, { name: 'Work', estimateHours: 16 });
    let r = await tpm.patch(`/api/tasks/${t.id}`, { state: 'in_progress', version: t.version });
    expect(r.status).toBe(200);
    expect(r.body.actualStart).toBe('2026-12-08T09:00:00');
    t = r.body;
    r = await tpm.patch(`/api/tasks/${t.id}`, {
      actualStart: '2026-12-07T13:00:00',
      version: t.version,
    });
    expect(r.body.actualStart).toBe('2026-12-07T13:00:00');
    r = await tpm.patch(`/api/tasks/${t.id}`, { state: 'done', version: r.body.version });
    expect(r.body).toMatchObject({
      actualStart: '2026-12-07T13:00:00',
      actualFinish: '2026-12-08T09:00:00',
      percentComplete: 100,
      remainingHours: 0,
    });
    expect(await server.auditActions('task', t.id)).toEqual([
      'create',
      'update',
      'update',
      'update',
    ]);
  });

  it('refuses bad progress with a 400 naming the field, and writes nothing', async () => {
    const p = await program({ statusDate: '2026-12-07' });
    const t = await created(`/api/programs/${p.id}/tasks`, { name: 'Work', estimateHours: 16 });
    const tasksBefore = await server.countRows('tasks');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ actualFinish: '2026-12-02T17:00:00' }, 'body.actualFinish', 'needs_actual_start'],
      [
        { actualStart: '2026-12-03T08:00:00', actualFinish: '2026-12-02T17:00:00' },
        'body.actualFinish',
        'before_actual_start',
      ],
      [{ actualStart: '2026-12-08T08:00:00' }, 'body.actualStart', 'after_status_date'],
      [{ state: 'done', percentComplete: 80 }, 'body.percentComplete', 'done_needs_100'],
      [{ actualStart: '2026-02-30T08:00:00' }, 'body.actualStart', 'invalid'],
    ];
    for (const [body, path, code] of cases) {
      const r = await tpm.patch(`/api/tasks/${t.id}`, { ...body, version: t.version });
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error.issues).toContainEqual(expect.objectContaining({ path, code }));
    }
    const over = await tpm.patch(`/api/tasks/${t.id}`, {
      percentComplete: 101,
      version: t.version,
    });
    expect(over.status).toBe(400);
    expect(over.body.error.issues[0].path).toBe('body.percentComplete');
    // The status date itself is allowed.
    const onIt = await tpm.patch(`/api/tasks/${t.id}`, {
      actualStart: '2026-12-07T16:00:00',
      version: t.version,
    });
    expect(onIt.status).toBe(200);
    const created2 = await tpm.post(`/api/programs/${p.id}/tasks`, {
      name: 'Bad',
      actualFinish: '2026-12-01T17:00:00',
    });
    expect(created2.status).toBe(400);
    expect(await server.countRows('tasks')).toBe(tasksBefore);
    expect((await tpm.get(`/api/tasks/${t.id}`)).body.version).toBe(t.version + 1);
  });
});

describe('milestones', () => {
  it('a task of a milestone drives it: a milestone is never earlier than its tasks', async () => {
    const p = await program({ startDate: '2027-01-04' });
    const m = await created(`/api/programs/${p.id}/milestones`, { name: 'M2 gate' });
    await created(`/api/programs/${p.id}/tasks`, {
      name: 'Gate work',
      estimateHours: 40,
      milestoneId: m.id,
    });
    const s = await schedule(p.id);
    expect(s.item('Gate work').earlyFinish).toBe('2027-01-08T17:00:00');
    expect(s.item('M2 gate').earlyStart).toBe('2027-01-08T17:00:00');
  });

  it('a missed due date is a deadline: negative float and a warning that names the item', async () => {
    const p = await program({ startDate: '2027-01-04' });
    const m = await created(`/api/programs/${p.id}/milestones`, {
      name: 'Launch',
      dueDate: '2027-01-06',
    });
    await created(`/api/programs/${p.id}/tasks`, {
      name: 'Long work',
      estimateHours: 40,
      milestoneId: m.id,
    });
    const s = await schedule(p.id);
    expect(s.item('Launch')).toMatchObject({
      earlyStart: '2027-01-08T17:00:00',
      lateFinish: '2027-01-06T17:00:00',
      totalSlackMinutes: -2 * 480,
      critical: true,
    });
    expect(s.item('Long work').totalSlackMinutes).toBe(-2 * 480);
    const warning = s.body.diagnostics.find((d: { code: string }) => d.code === 'deadline_missed');
    expect(warning).toMatchObject({ severity: 'warning', itemIds: [m.id], itemNames: ['Launch'] });
    expect(warning.message).toContain('"Launch"');
    expect(warning.message).not.toContain(m.id);
  });

  it('achieving with unmet success criteria needs a confirmation, which is audited', async () => {
    const p = await program();
    const m = await created(`/api/programs/${p.id}/milestones`, {
      name: 'Beta',
      criteria: [{ description: 'Crash-free 99.5%' }, { description: 'Docs', state: 'met' }],
    });
    const refused = await tpm.patch(`/api/milestones/${m.id}`, {
      state: 'achieved',
      version: m.version,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: 'unmet_criteria',
      issues: [{ path: 'body.confirmUnmetCriteria', code: 'unmet_criteria' }],
    });
    expect((await tpm.get(`/api/milestones/${m.id}`)).body).toMatchObject({
      state: 'planned',
      achievedAt: null,
    });
    const ok = await tpm.patch(`/api/milestones/${m.id}`, {
      state: 'achieved',
      confirmUnmetCriteria: true,
      version: m.version,
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ state: 'achieved', achievedAt: '2026-12-08T09:00:00' });
    const audit = await server.db.query<{ after: Record<string, unknown> }>(
      `SELECT after FROM audit_events WHERE entity_type = 'milestone' AND entity_id = $1 AND action = 'update'`,
      [m.id],
    );
    expect(audit.rows[0]!.after.achievedWithUnmetCriteria).toEqual(['Crash-free 99.5%']);
    // The achieved milestone sits at its date in the schedule.
    const item = (await schedule(p.id)).item('Beta');
    expect(item).toMatchObject({ earlyStart: '2026-12-08T09:00:00', progress: 'done' });
  });
});

describe('programs downstream', () => {
  it("bound an upstream program's float: work another program waits on is critical", async () => {
    const a = await program({ name: 'Upstream', startDate: '2027-01-04' });
    const b = await program({ name: 'Downstream', startDate: '2027-01-04' });
    const handoff = await created(`/api/programs/${a.id}/tasks`, {
      name: 'Hand-off',
      estimateHours: 16,
    });
    await created(`/api/programs/${a.id}/tasks`, { name: 'Long tail', estimateHours: 80 });
    // Alone, A's hand-off has 8 days of float before A's own finish.
    expect((await schedule(a.id)).item('Hand-off').totalSlackMinutes).toBe(8 * 480);
    const build = await created(`/api/programs/${b.id}/tasks`, {
      name: 'Build on it',
      estimateHours: 120,
    });
    await created('/api/dependencies', { predecessorId: handoff.id, successorId: build.id });
    // B's finish waits on the hand-off through its build: now it has no float.
    const s = await schedule(a.id);
    expect(s.item('Hand-off')).toMatchObject({ totalSlackMinutes: 0, critical: true });
    // A's own finish and the float of its own last task are unchanged; B's items are not listed.
    expect(s.item('Long tail')).toMatchObject({ totalSlackMinutes: 0 });
    expect(s.body.finish).toBe('2027-01-15T17:00:00');
    expect(s.body.items.map((i: Item) => i.name).sort()).toEqual(['Hand-off', 'Long tail']);
  });
});

describe('partial updates', () => {
  it('a PATCH of the status date alone keeps every other field of the program', async () => {
    const p = await created('/api/programs', {
      name: 'Keep',
      status: 'active',
      health: 'red',
      timeZone: 'Europe/Berlin',
      levelling: 'within_slack',
      targetDate: '2027-03-01',
    });
    const r = await tpm.patch(`/api/programs/${p.id}`, {
      statusDate: '2026-12-01',
      version: p.version,
    });
    const { version: _v1, updatedAt: _u1, statusDate: _s1, ...before } = p;
    const { version: _v2, updatedAt: _u2, statusDate, ...after } = r.body;
    expect(statusDate).toBe('2026-12-01');
    expect(after).toEqual(before);
  });
});
