import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

type Client = Awaited<ReturnType<TestServer['signIn']>>;
interface Variance {
  id: string;
  name: string;
  presence: string;
  startVarianceMinutes: number | null;
  finishVarianceMinutes: number | null;
  durationVarianceMinutes: number | null;
  costVarianceHours: number | null;
}

async function created(client: Client, path: string, body: unknown) {
  const r = await client.post(path, body);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { id: string; version: number };
}

/** Mon 2027-01-04: A (16 h) → B (8 h) → milestone M (Wed 17:00); C (4 h) on its own. */
async function smallProgram(client: Client, name: string) {
  const program = await created(client, '/api/programs', { name, startDate: '2027-01-04' });
  const task = (n: string, estimateHours: number) =>
    created(client, `/api/programs/${program.id}/tasks`, { name: n, estimateHours });
  const a = await task('A', 16);
  const b = await task('B', 8);
  const c = await task('C', 4);
  const m = await created(client, `/api/programs/${program.id}/milestones`, { name: 'M' });
  await created(client, '/api/dependencies', { predecessorId: a.id, successorId: b.id });
  await created(client, '/api/dependencies', { predecessorId: b.id, successorId: m.id });
  return { program, a, b, c, m };
}

const byName = (items: Variance[]) => Object.fromEntries(items.map((i) => [i.name, i]));

describe('baselines', () => {
  it('saves, lists and reads a named snapshot of the current schedule, with one audit row', async () => {
    const tpm = await server.signIn('tpm');
    const { program } = await smallProgram(tpm, 'Baseline save');
    const saved = await tpm.post(`/api/programs/${program.id}/baselines`, {
      name: 'Plan of record',
    });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({
      programId: program.id,
      name: 'Plan of record',
      finish: '2027-01-06T17:00:00',
      itemCount: 4,
      createdById: tpm.user.id,
      version: 1,
    });
    expect(saved.body.schedule.items).toHaveLength(4);
    expect(await server.auditActions('baseline', saved.body.id)).toEqual(['create']);

    await created(tpm, `/api/programs/${program.id}/baselines`, { name: 'Second' });
    const list = await tpm.get(`/api/programs/${program.id}/baselines`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((b: { name: string }) => b.name)).toEqual([
      'Plan of record',
      'Second',
    ]);
    expect(list.body.items[0]).not.toHaveProperty('schedule');

    const one = await tpm.get(`/api/baselines/${saved.body.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(saved.body);
  });

  it('refuses a second baseline of the same name in a program with 409 on body.name, writing nothing', async () => {
    const tpm = await server.signIn('tpm');
    const { program } = await smallProgram(tpm, 'Baseline duplicate');
    const other = await created(tpm, '/api/programs', { name: 'Baseline duplicate 2' });
    await created(tpm, `/api/programs/${program.id}/baselines`, { name: 'Q1' });
    // The same name in another program is fine.
    await created(tpm, `/api/programs/${other.id}/baselines`, { name: 'Q1' });
    const [baselines, audits] = [
      await server.countRows('baselines'),
      await server.countRows('audit_events'),
    ];
    const r = await tpm.post(`/api/programs/${program.id}/baselines`, { name: 'Q1' });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('duplicate');
    expect(r.body.error.issues[0].path).toBe('body.name');
    expect([await server.countRows('baselines'), await server.countRows('audit_events')]).toEqual([
      baselines,
      audits,
    ]);
  });

  it('shows the variance after a task moves: start, finish, duration, cost and the program finish', async () => {
    const tpm = await server.signIn('tpm');
    const { program, a, c } = await smallProgram(tpm, 'Baseline variance');
    const baseline = await created(tpm, `/api/programs/${program.id}/baselines`, {
      name: 'Before',
    });
    // A grows by a day (B and M slip a day behind it); C moves to Tuesday.
    await tpm.patch(`/api/tasks/${a.id}`, { version: a.version, estimateHours: 24 });
    await tpm.patch(`/api/tasks/${c.id}`, { version: c.version, startDate: '2027-01-05' });
    const late = await created(tpm, `/api/programs/${program.id}/tasks`, { name: 'Late' });

    const r = await tpm.get(`/api/programs/${program.id}/baselines/compare`);
    expect(r.status).toBe(200);
    expect(r.body.from).toMatchObject({
      kind: 'baseline',
      baselineId: baseline.id,
      name: 'Before',
    });
    expect(r.body.to).toMatchObject({ kind: 'current', baselineId: null });
    expect(r.body.finishVarianceMinutes).toBe(480);
    const items = byName(r.body.items);
    expect(items.A).toMatchObject({
      presence: 'both',
      startVarianceMinutes: 0,
      finishVarianceMinutes: 480,
      durationVarianceMinutes: 480,
      costVarianceHours: 8,
    });
    expect(items.B).toMatchObject({
      startVarianceMinutes: 480,
      finishVarianceMinutes: 480,
      durationVarianceMinutes: 0,
      costVarianceHours: 0,
    });
    expect(items.M).toMatchObject({ finishVarianceMinutes: 480, costVarianceHours: null });
    expect(items.C).toMatchObject({ startVarianceMinutes: 480, finishVarianceMinutes: 480 });
    expect(items.Late).toMatchObject({
      id: late.id,
      presence: 'added',
      finishVarianceMinutes: null,
    });
    // Largest slip first; added items last.
    expect(r.body.items.at(-1).name).toBe('Late');

    // Two baselines, in either order: the signs flip.
    const after = await created(tpm, `/api/programs/${program.id}/baselines`, { name: 'After' });
    const between = await tpm.get(
      `/api/programs/${program.id}/baselines/compare?from=${after.id}&to=${baseline.id}`,
    );
    expect(between.status).toBe(200);
    expect(between.body.finishVarianceMinutes).toBe(-480);
    expect(byName(between.body.items).Late!.presence).toBe('removed');
    const same = await tpm.get(
      `/api/programs/${program.id}/baselines/compare?from=current&to=current`,
    );
    expect(same.body.finishVarianceMinutes).toBe(0);
  });

  it('names the query field when a side cannot be compared', async () => {
    const tpm = await server.signIn('tpm');
    const { program } = await smallProgram(tpm, 'Baseline compare errors');
    const none = await tpm.get(`/api/programs/${program.id}/baselines/compare`);
    expect(none.status).toBe(400);
    expect(none.body.error.issues[0].path).toBe('query.from');
    const unknown = await tpm.get(
      `/api/programs/${program.id}/baselines/compare?from=00000000-0000-4000-8000-000000000000`,
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.issues[0].path).toBe('query.from');
    const other = await smallProgram(tpm, 'Baseline compare other');
    const foreign = await created(tpm, `/api/programs/${other.program.id}/baselines`, {
      name: 'Theirs',
    });
    const r = await tpm.get(
      `/api/programs/${program.id}/baselines/compare?from=current&to=${foreign.id}`,
    );
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0]).toMatchObject({ path: 'query.to', code: 'other_program' });
    const bad = await tpm.get(`/api/programs/${program.id}/baselines/compare?from=latest`);
    expect(bad.status).toBe(400);
  });

  it('deletes a baseline at the version read, with one audit row', async () => {
    const tpm = await server.signIn('tpm');
    const { program } = await smallProgram(tpm, 'Baseline delete');
    const b = await created(tpm, `/api/programs/${program.id}/baselines`, { name: 'Gone' });
    expect((await tpm.delete(`/api/baselines/${b.id}`, 2)).status).toBe(409);
    expect((await tpm.delete(`/api/baselines/${b.id}`, 1)).status).toBe(204);
    expect((await tpm.get(`/api/baselines/${b.id}`)).status).toBe(404);
    expect(await server.auditActions('baseline', b.id)).toEqual(['create', 'delete']);
  });

  it('lets a stakeholder read baselines but not save or delete one (403, nothing written)', async () => {
    const tpm = await server.signIn('tpm');
    const { program } = await smallProgram(tpm, 'Baseline roles');
    const b = await created(tpm, `/api/programs/${program.id}/baselines`, { name: 'Mine' });
    const stakeholder = await server.signIn('stakeholder');
    const before = await server.countRows('baselines');
    const r = await stakeholder.post(`/api/programs/${program.id}/baselines`, { name: 'Theirs' });
    expect(r.status).toBe(403);
    expect((await stakeholder.delete(`/api/baselines/${b.id}`, 1)).status).toBe(403);
    expect(await server.countRows('baselines')).toBe(before);
    expect((await stakeholder.get(`/api/programs/${program.id}/baselines`)).status).toBe(200);
    expect((await stakeholder.get(`/api/programs/${program.id}/baselines/compare`)).status).toBe(
      200,
    );
  });
});

describe('renaming a baseline', () => {
  it('renames it, keeping its schedule; refuses a taken name, a stale version and a stakeholder', async () => {
    const tpm = await server.signIn('tpm');
    const { program } = await smallProgram(tpm, 'Renamed baselines');
    const first = await created(tpm, `/api/programs/${program.id}/baselines`, { name: 'Plan' });
    await created(tpm, `/api/programs/${program.id}/baselines`, { name: 'Replan' });
    const before = (await tpm.get(`/api/baselines/${first.id}`)).body;

    const renamed = await tpm.patch(`/api/baselines/${first.id}`, {
      version: 1,
      name: 'Approved plan',
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Approved plan', version: 2 });
    const after = (await tpm.get(`/api/baselines/${first.id}`)).body;
    expect(after.schedule).toEqual(before.schedule);
    expect(after.finish).toBe(before.finish);

    const taken = await tpm.patch(`/api/baselines/${first.id}`, { version: 2, name: 'Replan' });
    expect(taken.status).toBe(409);
    expect(taken.body.error).toMatchObject({
      code: 'duplicate',
      issues: [expect.objectContaining({ path: 'body.name' })],
    });
    expect((await tpm.patch(`/api/baselines/${first.id}`, { version: 1, name: 'x' })).status).toBe(
      409,
    );
    const noName = await tpm.patch(`/api/baselines/${first.id}`, { version: 2 });
    expect(noName.status).toBe(400);
    expect(noName.body.error.issues[0]).toMatchObject({ path: 'body.name' });
    const stakeholder = await server.signIn('stakeholder');
    expect(
      (await stakeholder.patch(`/api/baselines/${first.id}`, { version: 2, name: 'x' })).status,
    ).toBe(403);

    expect((await tpm.get(`/api/baselines/${first.id}`)).body.name).toBe('Approved plan');
    expect(await server.auditActions('baseline', first.id)).toEqual(['create', 'update']);
  });
});
