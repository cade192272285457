import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

type Client = Awaited<ReturnType<TestServer['signIn']>>;
interface Item {
  id: string;
  kind: string;
  name: string;
  earlyStart: string;
  earlyFinish: string;
  lateStart: string;
  lateFinish: string;
  totalSlackMinutes: number;
  critical: boolean;
  drivingPredecessorIds: string[];
}

async function created(client: Client, path: string, body: unknown) {
  const r = await client.post(path, body);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { id: string; version: number };
}

/** Mon 2027-01-04: A (16 h) → B (8 h) → milestone M; C (4 h) on its own. */
async function smallProgram(client: Client, name: string) {
  const program = await created(client, '/api/programs', { name, startDate: '2027-01-04' });
  const task = (n: string, estimateHours: number) =>
    created(client, `/api/programs/${program.id}/tasks`, { name: n, estimateHours });
  const a = await task('A', 16);
  const b = await task('B', 8);
  const c = await task('C', 4);
  const m = await created(client, `/api/programs/${program.id}/milestones`, {
    name: 'M',
    dueDate: '2027-01-08',
  });
  await created(client, '/api/dependencies', { predecessorId: a.id, successorId: b.id });
  await created(client, '/api/dependencies', { predecessorId: b.id, successorId: m.id });
  return { program, a, b, c, m };
}

const byName = (items: Item[]) => Object.fromEntries(items.map((i) => [i.name, i]));

describe('GET /api/programs/:id/schedule', () => {
  it('schedules an FS chain and a milestone on the standard calendar, with exact dates', async () => {
    const tpm = await server.signIn('tpm');
    const { program, a, b } = await smallProgram(tpm, 'Schedule exact');
    const r = await tpm.get(`/api/programs/${program.id}/schedule`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      programId: program.id,
      start: '2027-01-04T08:00:00',
      finish: '2027-01-06T17:00:00',
      diagnostics: [],
      version: 1,
    });
    const items = byName(r.body.items);
    expect(items.A).toMatchObject({
      kind: 'task',
      earlyStart: '2027-01-04T08:00:00',
      earlyFinish: '2027-01-05T17:00:00',
      lateStart: '2027-01-04T08:00:00',
      lateFinish: '2027-01-05T17:00:00',
      totalSlackMinutes: 0,
      critical: true,
    });
    expect(items.B).toMatchObject({
      earlyStart: '2027-01-06T08:00:00',
      earlyFinish: '2027-01-06T17:00:00',
      critical: true,
      drivingPredecessorIds: [a.id],
    });
    expect(items.M).toMatchObject({
      kind: 'milestone',
      earlyStart: '2027-01-06T17:00:00',
      earlyFinish: '2027-01-06T17:00:00',
      critical: true,
      drivingPredecessorIds: [b.id],
    });
    // C: Mon 08:00–12:00, free until Wed 17:00 = 4 + 8 + 8 working hours of float.
    expect(items.C).toMatchObject({
      earlyStart: '2027-01-04T08:00:00',
      earlyFinish: '2027-01-04T12:00:00',
      lateFinish: '2027-01-06T17:00:00',
      totalSlackMinutes: 1200,
      critical: false,
    });
  });

  it('stores the result once and serves it until an input changes, then recomputes', async () => {
    const tpm = await server.signIn('tpm');
    const { program, a } = await smallProgram(tpm, 'Schedule recompute');
    const first = await tpm.get(`/api/programs/${program.id}/schedule`);
    const again = await tpm.get(`/api/programs/${program.id}/schedule`);
    expect(again.body).toEqual(first.body);
    const stored = await server.db.query(
      'SELECT version, input_hash FROM program_schedules WHERE program_id = $1',
      [program.id],
    );
    expect(stored.rows).toEqual([{ version: 1, input_hash: first.body.inputHash }]);

    // A grows from 16 h to 24 h: B and M move one working day later.
    expect(
      (await tpm.patch(`/api/tasks/${a.id}`, { version: a.version, estimateHours: 24 })).status,
    ).toBe(200);
    const after = await tpm.get(`/api/programs/${program.id}/schedule`);
    expect(after.body.version).toBe(2);
    expect(after.body.inputHash).not.toBe(first.body.inputHash);
    expect(after.body.finish).toBe('2027-01-07T17:00:00');
    const items = byName(after.body.items);
    expect(items.A!.earlyFinish).toBe('2027-01-06T17:00:00');
    expect(items.B).toMatchObject({
      earlyStart: '2027-01-07T08:00:00',
      earlyFinish: '2027-01-07T17:00:00',
    });
  });

  it('recomputes on POST even when nothing changed', async () => {
    const tpm = await server.signIn('tpm');
    const { program } = await smallProgram(tpm, 'Schedule post');
    const first = await tpm.get(`/api/programs/${program.id}/schedule`);
    const audits = await server.countRows('audit_events');
    const r = await tpm.post(`/api/programs/${program.id}/schedule`, undefined);
    expect(r.status).toBe(200);
    expect(r.body.version).toBe(first.body.version + 1);
    expect(r.body.items).toEqual(first.body.items);
    // Derived data: computing a schedule is not an audited write.
    expect(await server.countRows('audit_events')).toBe(audits);
  });

  it('moves a program when an item of another program it depends on moves', async () => {
    const tpm = await server.signIn('tpm');
    const upstream = await created(tpm, '/api/programs', {
      name: 'Platform',
      startDate: '2027-01-04',
    });
    const api = await created(tpm, `/api/programs/${upstream.id}/tasks`, {
      name: 'Build API',
      estimateHours: 24,
    });
    const { program, a } = await smallProgram(tpm, 'Consumer');
    const before = await tpm.get(`/api/programs/${program.id}/schedule`);
    expect(byName(before.body.items).A!.earlyStart).toBe('2027-01-04T08:00:00');

    await created(tpm, '/api/dependencies', { predecessorId: api.id, successorId: a.id });
    const after = await tpm.get(`/api/programs/${program.id}/schedule`);
    const items = byName(after.body.items);
    // Build API takes Mon–Wed; A starts Thursday and finishes Friday; B the Monday after.
    expect(items.A).toMatchObject({
      earlyStart: '2027-01-07T08:00:00',
      earlyFinish: '2027-01-08T17:00:00',
      drivingPredecessorIds: [api.id],
    });
    expect(items.B!.earlyFinish).toBe('2027-01-11T17:00:00');
    expect(after.body.finish).toBe('2027-01-11T17:00:00');
    // The other program's item drives but is not listed; the missed due date is reported.
    expect(after.body.items.map((i: Item) => i.id)).not.toContain(api.id);
    expect(after.body.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'deadline_missed', itemIds: [expect.any(String)] }),
    );

    // The upstream program's own schedule is unaffected by its consumer.
    const own = await tpm.get(`/api/programs/${upstream.id}/schedule`);
    expect(own.body.finish).toBe('2027-01-06T17:00:00');
  });

  it('answers 404 for an unknown program, and lets a stakeholder read but not recompute', async () => {
    const tpm = await server.signIn('tpm');
    const missing = await tpm.get('/api/programs/00000000-0000-4000-8000-000000000000/schedule');
    expect(missing.status).toBe(404);
    const { program } = await smallProgram(tpm, 'Schedule roles');
    const stakeholder = await server.signIn('stakeholder');
    expect((await stakeholder.get(`/api/programs/${program.id}/schedule`)).status).toBe(200);
    expect((await stakeholder.post(`/api/programs/${program.id}/schedule`, undefined)).status).toBe(
      403,
    );
  });
});

describe('task constraints', () => {
  it('schedules a task on its own constraint, and clears the date with the type', async () => {
    const tpm = await server.signIn('tpm');
    const { program, c } = await smallProgram(tpm, 'Constraints');
    const mso = await tpm.patch(`/api/tasks/${c.id}`, {
      version: c.version,
      constraintType: 'MSO',
      constraintDate: '2027-01-07T13:00:00',
    });
    expect(mso.status, JSON.stringify(mso.body)).toBe(200);
    expect(mso.body).toMatchObject({
      constraintType: 'MSO',
      constraintDate: '2027-01-07T13:00:00',
    });
    let items = byName((await tpm.get(`/api/programs/${program.id}/schedule`)).body.items);
    expect([items.C!.earlyStart, items.C!.earlyFinish]).toEqual([
      '2027-01-07T13:00:00',
      '2027-01-07T17:00:00',
    ]);

    const cleared = await tpm.patch(`/api/tasks/${c.id}`, {
      version: mso.body.version,
      constraintType: null,
    });
    expect(cleared.body).toMatchObject({ constraintType: null, constraintDate: null });
    items = byName((await tpm.get(`/api/programs/${program.id}/schedule`)).body.items);
    expect(items.C!.earlyStart).toBe('2027-01-04T08:00:00');
  });

  it('refuses a constraint without its date, a date without a type, or a date that does not exist, writing nothing', async () => {
    const tpm = await server.signIn('tpm');
    const { program } = await smallProgram(tpm, 'Constraint errors');
    const before = await server.countRows('tasks');
    const cases: [Record<string, unknown>, string][] = [
      [{ constraintType: 'MFO' }, 'body.constraintDate'],
      [{ constraintDate: '2027-01-07T13:00:00' }, 'body.constraintType'],
      [{ constraintType: 'ALAP', constraintDate: '2027-01-07T13:00:00' }, 'body.constraintType'],
      [{ constraintType: 'SNET', constraintDate: '2027-02-30T08:00:00' }, 'body.constraintDate'],
      [{ constraintType: 'SOON', constraintDate: '2027-01-07T13:00:00' }, 'body.constraintType'],
    ];
    for (const [body, path] of cases) {
      const r = await tpm.post(`/api/programs/${program.id}/tasks`, { name: 'X', ...body });
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error.issues.map((i: { path: string }) => i.path)).toContain(path);
    }
    expect(await server.countRows('tasks')).toBe(before);
  });
});
