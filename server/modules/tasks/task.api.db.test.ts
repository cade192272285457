import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const count = (table: string) => server.countRows(table);
const auditActions = (id: string) => server.auditActions('task', id);
async function queuedRollups(programId: string): Promise<number> {
  const r = await server.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'program_rollup' AND key = $1`,
    [`program_rollup:${programId}`],
  );
  return r.rows[0]!.n;
}
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('tasks', () => {
  it('creates, reads, updates and deletes a task; owner name joined; one audit row and a queued rollup per write', async () => {
    const tpm = await server.signIn('tpm', { name: 'Robin Planner' });
    const { body: program } = await tpm.post('/api/programs', { name: 'Tasks' });
    const { body: team } = await tpm.post('/api/teams', { name: 'Task team' });
    const created = await tpm.post(`/api/programs/${program.id}/tasks`, {
      name: 'Write the migration',
      ownerId: tpm.user.id,
      teamId: team.id,
      estimateHours: 12.5,
      startDate: '2027-01-04',
      dueDate: '2027-01-08',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      programId: program.id,
      name: 'Write the migration',
      ownerId: tpm.user.id,
      ownerName: 'Robin Planner',
      teamId: team.id,
      estimateHours: 12.5,
      state: 'todo',
      version: 1,
    });
    const id = created.body.id;
    expect(await queuedRollups(program.id)).toBe(1);
    expect((await tpm.get(`/api/tasks/${id}`)).body).toEqual(created.body);

    const updated = await tpm.patch(`/api/tasks/${id}`, {
      version: 1,
      state: 'done',
      ownerId: null,
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      state: 'done',
      ownerId: null,
      ownerName: null,
      version: 2,
    });

    expect((await tpm.delete(`/api/tasks/${id}`, 2)).status).toBe(204);
    expect((await tpm.get(`/api/tasks/${id}`)).status).toBe(404);
    expect(await auditActions(id)).toEqual(['create', 'update', 'delete']);
    // The job key folds the burst into one pending rollup.
    expect(await queuedRollups(program.id)).toBe(1);
  });

  it('refuses a workstream or milestone of another program, naming the field, and writes nothing', async () => {
    const tpm = await server.signIn('tpm');
    const { body: program } = await tpm.post('/api/programs', { name: 'Home' });
    const { body: other } = await tpm.post('/api/programs', { name: 'Other' });
    const { body: ws } = await tpm.post(`/api/programs/${other.id}/workstreams`, {
      name: 'Foreign ws',
    });
    const { body: ms } = await tpm.post(`/api/programs/${other.id}/milestones`, {
      name: 'Foreign ms',
    });
    const before = [
      await count('tasks'),
      await count('audit_events'),
      await queuedRollups(program.id),
    ];
    const r1 = await tpm.post(`/api/programs/${program.id}/tasks`, {
      name: 'x',
      workstreamId: ws.id,
    });
    expect(r1.status).toBe(400);
    expect(r1.body.error.issues[0]).toMatchObject({
      path: 'body.workstreamId',
      code: 'other_program',
    });
    const r2 = await tpm.post(`/api/programs/${program.id}/tasks`, {
      name: 'x',
      milestoneId: ms.id,
    });
    expect(r2.status).toBe(400);
    expect(r2.body.error.issues[0]).toMatchObject({
      path: 'body.milestoneId',
      code: 'other_program',
    });
    const r3 = await tpm.post(`/api/programs/${program.id}/tasks`, {
      name: 'x',
      milestoneId: UNKNOWN,
    });
    expect(r3.body.error.issues[0]).toMatchObject({ path: 'body.milestoneId', code: 'not_found' });
    const r4 = await tpm.post(`/api/programs/${program.id}/tasks`, { name: 'x', ownerId: UNKNOWN });
    expect(r4.body.error.issues[0]).toMatchObject({ path: 'body.ownerId', code: 'not_found' });
    const r5 = await tpm.post(`/api/programs/${program.id}/tasks`, { name: 'x', teamId: UNKNOWN });
    expect(r5.body.error.issues[0]).toMatchObject({ path: 'body.teamId', code: 'not_found' });
    expect([
      await count('tasks'),
      await count('audit_events'),
      await queuedRollups(program.id),
    ]).toEqual(before);

    const { body: task } = await tpm.post(`/api/programs/${program.id}/tasks`, { name: 'Placed' });
    const move = await tpm.patch(`/api/tasks/${task.id}`, { version: 1, milestoneId: ms.id });
    expect(move.status).toBe(400);
    expect(move.body.error.issues[0].path).toBe('body.milestoneId');
    expect((await tpm.get(`/api/tasks/${task.id}`)).body).toMatchObject({
      milestoneId: null,
      version: 1,
    });
  });

  it('names wrong types, unknown properties and date order, and writes nothing', async () => {
    const tpm = await server.signIn('tpm');
    const { body: program } = await tpm.post('/api/programs', { name: 'Task validation' });
    const before = await count('tasks');
    const wrong = await tpm.post(`/api/programs/${program.id}/tasks`, {
      name: 'x',
      estimateHours: 'lots',
      state: 'finished',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining(['body.estimateHours', 'body.state']),
    );
    const unknown = await tpm.post(`/api/programs/${program.id}/tasks`, {
      name: 'x',
      assignee: 'me',
    });
    expect(unknown.body.error.issues).toContainEqual(
      expect.objectContaining({ path: 'body.assignee', code: 'unknown_property' }),
    );
    const backwards = await tpm.post(`/api/programs/${program.id}/tasks`, {
      name: 'x',
      startDate: '2027-02-01',
      dueDate: '2027-01-01',
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.issues[0].path).toBe('body.dueDate');
    expect(await count('tasks')).toBe(before);
  });

  it('answers a stale version with 409 and leaves the task unchanged; 404 for unknown ids', async () => {
    const tpm = await server.signIn('tpm');
    const { body: program } = await tpm.post('/api/programs', { name: 'Task stale' });
    const { body: task } = await tpm.post(`/api/programs/${program.id}/tasks`, {
      name: 'Contended',
    });
    expect(
      (await tpm.patch(`/api/tasks/${task.id}`, { version: 1, state: 'in_progress' })).status,
    ).toBe(200);
    const stale = await tpm.patch(`/api/tasks/${task.id}`, { version: 1, state: 'blocked' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');
    expect((await tpm.delete(`/api/tasks/${task.id}`, 1)).status).toBe(409);
    expect((await tpm.get(`/api/tasks/${task.id}`)).body).toMatchObject({
      state: 'in_progress',
      version: 2,
    });
    expect(await auditActions(task.id)).toEqual(['create', 'update']);
    expect((await tpm.get(`/api/tasks/${UNKNOWN}`)).status).toBe(404);
    expect((await tpm.get(`/api/programs/${UNKNOWN}/tasks`)).status).toBe(404);
    expect((await tpm.post(`/api/programs/${UNKNOWN}/tasks`, { name: 'x' })).status).toBe(404);
  });
});

describe('GET /api/programs/:id/tasks', () => {
  it('filters by state, owner, team, workstream, milestone and text; sorts; paginates', async () => {
    const tpm = await server.signIn('tpm');
    const other = await server.signIn('tpm');
    const { body: program } = await tpm.post('/api/programs', { name: 'Listing' });
    const { body: team } = await tpm.post('/api/teams', { name: 'Listing team' });
    const { body: ws } = await tpm.post(`/api/programs/${program.id}/workstreams`, { name: 'WS' });
    const { body: ms } = await tpm.post(`/api/programs/${program.id}/milestones`, { name: 'MS' });
    const make = (body: Record<string, unknown>) =>
      tpm.post(`/api/programs/${program.id}/tasks`, body);
    await make({
      name: 'Alpha review',
      dueDate: '2027-03-01',
      state: 'done',
      ownerId: tpm.user.id,
      teamId: team.id,
    });
    await make({
      name: 'Beta rollout',
      dueDate: '2027-01-01',
      ownerId: other.user.id,
      workstreamId: ws.id,
      description: 'canary first',
    });
    await make({ name: 'Gamma cleanup', milestoneId: ms.id, state: 'blocked' });
    await make({
      name: 'Delta review',
      dueDate: '2027-02-01',
      ownerId: tpm.user.id,
      workstreamId: ws.id,
      milestoneId: ms.id,
    });
    const { body: elsewhere } = await tpm.post('/api/programs', { name: 'Not listed' });
    await tpm.post(`/api/programs/${elsewhere.id}/tasks`, { name: 'Alpha elsewhere' });

    const names = async (query: string) => {
      const r = await tpm.get(`/api/programs/${program.id}/tasks${query}`);
      expect(r.status).toBe(200);
      return r.body.items.map((t: { name: string }) => t.name);
    };
    expect(await names('')).toEqual([
      'Beta rollout',
      'Delta review',
      'Alpha review',
      'Gamma cleanup',
    ]);
    expect(await names('?sort=-name')).toEqual([
      'Gamma cleanup',
      'Delta review',
      'Beta rollout',
      'Alpha review',
    ]);
    expect(await names('?sort=state')).toEqual([
      'Beta rollout',
      'Delta review',
      'Gamma cleanup',
      'Alpha review',
    ]);
    expect(await names('?state=done')).toEqual(['Alpha review']);
    expect(await names(`?ownerId=${tpm.user.id}`)).toEqual(['Delta review', 'Alpha review']);
    expect(await names(`?teamId=${team.id}`)).toEqual(['Alpha review']);
    expect(await names(`?workstreamId=${ws.id}`)).toEqual(['Beta rollout', 'Delta review']);
    expect(await names(`?milestoneId=${ms.id}&workstreamId=${ws.id}`)).toEqual(['Delta review']);
    expect(await names('?q=REVIEW')).toEqual(['Delta review', 'Alpha review']);
    expect(await names('?q=canary')).toEqual(['Beta rollout']);
    expect(await names('?q=100%25')).toEqual([]);

    const page = await tpm.get(`/api/programs/${program.id}/tasks?sort=name&limit=2&offset=1`);
    expect(page.body).toMatchObject({ total: 4, limit: 2, offset: 1 });
    expect(page.body.items.map((t: { name: string }) => t.name)).toEqual([
      'Beta rollout',
      'Delta review',
    ]);
  });

  it('names a bad query parameter', async () => {
    const tpm = await server.signIn('tpm');
    const { body: program } = await tpm.post('/api/programs', { name: 'Bad query' });
    const r = await tpm.get(`/api/programs/${program.id}/tasks?state=finished&limit=0&colour=red`);
    expect(r.status).toBe(400);
    expect(r.body.error.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining(['query.state', 'query.limit', 'query.colour']),
    );
  });
});

describe('dates the pattern admits but the calendar does not', () => {
  it('a task deadline or a milestone constraint on 30 February is a 400 naming the field', async () => {
    const tpm = await server.signIn('tpm');
    const { body: program } = await tpm.post('/api/programs', { name: 'Calendar dates' });
    const task = await tpm.post(`/api/programs/${program.id}/tasks`, {
      name: 'Build',
      deadline: '2027-02-30T17:00:00',
    });
    expect(task.status).toBe(400);
    expect(task.body.error.issues[0]).toMatchObject({ path: 'body.deadline', code: 'invalid' });
    const milestone = await tpm.post(`/api/programs/${program.id}/milestones`, {
      name: 'Launch',
      constraintType: 'MFO',
      constraintDate: '2027-02-30T17:00:00',
    });
    expect(milestone.status).toBe(400);
    expect(milestone.body.error.issues[0]).toMatchObject({ path: 'body.constraintDate' });
    expect((await tpm.get(`/api/programs/${program.id}/plan`)).body.tasks).toEqual([]);
  });
});
