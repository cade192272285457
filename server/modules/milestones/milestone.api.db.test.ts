import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const count = (table: string) => server.countRows(table);
const auditActions = (entityType: string, id: string) => server.auditActions(entityType, id);
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

async function newProgram(name = 'Milestone program') {
  const tpm = await server.signIn('tpm');
  const { body: program } = await tpm.post('/api/programs', { name });
  return { tpm, program };
}

describe('milestones', () => {
  it('creates a milestone with its success criteria in one write, with one audit row', async () => {
    const { tpm, program } = await newProgram();
    const created = await tpm.post(`/api/programs/${program.id}/milestones`, {
      name: 'Beta launch',
      dueDate: '2027-05-03',
      criteria: [
        { description: '100 beta users' },
        { description: 'No sev-1 open', state: 'met', evidenceUrl: 'https://example.test/sev' },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      programId: program.id,
      name: 'Beta launch',
      dueDate: '2027-05-03',
      state: 'planned',
      workstreamId: null,
      version: 1,
    });
    expect(created.body.criteria).toMatchObject([
      {
        description: '100 beta users',
        state: 'pending',
        evidenceUrl: null,
        sortOrder: 0,
        milestoneId: created.body.id,
      },
      {
        description: 'No sev-1 open',
        state: 'met',
        evidenceUrl: 'https://example.test/sev',
        sortOrder: 1,
      },
    ]);
    expect(await auditActions('milestone', created.body.id)).toEqual(['create']);
    expect(await count(`audit_events WHERE entity_type = 'success_criterion'`)).toBe(0);
  });

  it('lists by due date with criteria, reads, updates and deletes (criteria go with it)', async () => {
    const { tpm, program } = await newProgram('Lifecycle');
    const { body: late } = await tpm.post(`/api/programs/${program.id}/milestones`, {
      name: 'GA',
      dueDate: '2027-09-01',
    });
    const { body: early } = await tpm.post(`/api/programs/${program.id}/milestones`, {
      name: 'Alpha',
      dueDate: '2027-02-01',
      criteria: [{ description: 'Demo works' }],
    });
    const list = await tpm.get(`/api/programs/${program.id}/milestones`);
    expect(list.body.items.map((m: { name: string }) => m.name)).toEqual(['Alpha', 'GA']);
    expect(list.body.items[0].criteria).toHaveLength(1);
    expect((await tpm.get(`/api/milestones/${early.id}`)).body).toEqual(early);

    const updated = await tpm.patch(`/api/milestones/${late.id}`, {
      version: 1,
      state: 'achieved',
      dueDate: null,
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      state: 'achieved',
      dueDate: null,
      version: 2,
      criteria: [],
    });

    expect((await tpm.delete(`/api/milestones/${early.id}`, 1)).status).toBe(204);
    expect((await tpm.get(`/api/milestones/${early.id}`)).status).toBe(404);
    expect(await count(`success_criteria WHERE milestone_id = '${early.id}'`)).toBe(0);
    expect(await auditActions('milestone', late.id)).toEqual(['create', 'update']);
    expect(await auditActions('milestone', early.id)).toEqual(['create', 'delete']);
  });

  it('refuses a workstream of another program, naming body.workstreamId, and writes nothing', async () => {
    const { tpm, program } = await newProgram('Home');
    const { body: other } = await tpm.post('/api/programs', { name: 'Elsewhere' });
    const { body: foreign } = await tpm.post(`/api/programs/${other.id}/workstreams`, {
      name: 'Foreign',
    });
    const { body: own } = await tpm.post(`/api/programs/${program.id}/workstreams`, {
      name: 'Own',
    });
    const before = [
      await count('milestones'),
      await count('success_criteria'),
      await count('audit_events'),
    ];
    for (const workstreamId of [foreign.id, UNKNOWN]) {
      const r = await tpm.post(`/api/programs/${program.id}/milestones`, {
        name: 'Misplaced',
        workstreamId,
        criteria: [{ description: 'x' }],
      });
      expect(r.status).toBe(400);
      expect(r.body.error.issues[0].path).toBe('body.workstreamId');
    }
    expect([
      await count('milestones'),
      await count('success_criteria'),
      await count('audit_events'),
    ]).toEqual(before);

    const { body: m } = await tpm.post(`/api/programs/${program.id}/milestones`, {
      name: 'Placed',
      workstreamId: own.id,
    });
    expect(m.workstreamId).toBe(own.id);
    const move = await tpm.patch(`/api/milestones/${m.id}`, {
      version: 1,
      workstreamId: foreign.id,
    });
    expect(move.status).toBe(400);
    expect(move.body.error.issues[0].path).toBe('body.workstreamId');
    expect((await tpm.get(`/api/milestones/${m.id}`)).body).toMatchObject({
      workstreamId: own.id,
      version: 1,
    });
  });

  it('names wrong types (also inside criteria) and unknown properties, and writes nothing', async () => {
    const { tpm, program } = await newProgram('Validation');
    const before = [await count('milestones'), await count('success_criteria')];
    const r = await tpm.post(`/api/programs/${program.id}/milestones`, {
      name: 'Bad',
      dueDate: 'next week',
      criteria: [{ description: 'fine' }, { description: 'bad url', evidenceUrl: 'not a url' }],
    });
    expect(r.status).toBe(400);
    const paths = r.body.error.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['body.dueDate', 'body.criteria[1].evidenceUrl']));
    const unknown = await tpm.post(`/api/programs/${program.id}/milestones`, {
      name: 'Typo',
      deadline: '2027-01-01',
    });
    expect(unknown.body.error.issues).toContainEqual(
      expect.objectContaining({ path: 'body.deadline', code: 'unknown_property' }),
    );
    const huge = await tpm.post(`/api/programs/${program.id}/milestones`, {
      name: 'Huge',
      criteria: [{ description: 'x', sortOrder: 2 ** 40 }],
    });
    expect(huge.status).toBe(400);
    expect(huge.body.error.issues[0].path).toBe('body.criteria[0].sortOrder');
    expect([await count('milestones'), await count('success_criteria')]).toEqual(before);
  });

  it('answers a stale version with 409 and 404 for unknown ids', async () => {
    const { tpm, program } = await newProgram('Stale');
    const { body: m } = await tpm.post(`/api/programs/${program.id}/milestones`, { name: 'Twice' });
    expect((await tpm.patch(`/api/milestones/${m.id}`, { version: 1, name: 'First' })).status).toBe(
      200,
    );
    const stale = await tpm.patch(`/api/milestones/${m.id}`, { version: 1, name: 'Second' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');
    expect((await tpm.delete(`/api/milestones/${m.id}`, 1)).status).toBe(409);
    expect((await tpm.get(`/api/milestones/${m.id}`)).body).toMatchObject({
      name: 'First',
      version: 2,
    });
    expect((await tpm.get(`/api/milestones/${UNKNOWN}`)).status).toBe(404);
    expect((await tpm.get(`/api/programs/${UNKNOWN}/milestones`)).status).toBe(404);
    expect((await tpm.post(`/api/programs/${UNKNOWN}/milestones`, { name: 'x' })).status).toBe(404);
  });
});

describe('success criteria', () => {
  it('adds, updates and deletes a criterion with its own version, one audit row each', async () => {
    const { tpm, program } = await newProgram('Criteria');
    const { body: m } = await tpm.post(`/api/programs/${program.id}/milestones`, {
      name: 'Launch',
      criteria: [{ description: 'first' }],
    });
    const added = await tpm.post(`/api/milestones/${m.id}/criteria`, {
      description: 'Docs published',
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      milestoneId: m.id,
      description: 'Docs published',
      state: 'pending',
      sortOrder: 1,
      version: 1,
    });
    const id = added.body.id;

    const met = await tpm.patch(`/api/criteria/${id}`, {
      version: 1,
      state: 'met',
      evidenceUrl: 'https://example.test/docs',
    });
    expect(met.status).toBe(200);
    expect(met.body).toMatchObject({
      state: 'met',
      evidenceUrl: 'https://example.test/docs',
      version: 2,
    });
    const milestone = (await tpm.get(`/api/milestones/${m.id}`)).body;
    expect(milestone.criteria.map((c: { description: string }) => c.description)).toEqual([
      'first',
      'Docs published',
    ]);
    expect(milestone.version).toBe(1);

    const stale = await tpm.patch(`/api/criteria/${id}`, { version: 1, state: 'not_met' });
    expect(stale.status).toBe(409);
    expect((await tpm.delete(`/api/criteria/${id}`, 2)).status).toBe(204);
    expect((await tpm.get(`/api/milestones/${m.id}`)).body.criteria).toHaveLength(1);
    expect(await auditActions('success_criterion', id)).toEqual(['create', 'update', 'delete']);
  });

  it('answers 404 for a criterion of an unknown milestone or an unknown criterion; 400 for bad fields', async () => {
    const { tpm, program } = await newProgram('Criteria errors');
    const r = await tpm.post(`/api/milestones/${UNKNOWN}/criteria`, { description: 'x' });
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('not_found');
    expect((await tpm.patch(`/api/criteria/${UNKNOWN}`, { version: 1, state: 'met' })).status).toBe(
      404,
    );
    const { body: m } = await tpm.post(`/api/programs/${program.id}/milestones`, { name: 'M' });
    const bad = await tpm.post(`/api/milestones/${m.id}/criteria`, {
      description: '',
      state: 'done',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining(['body.description', 'body.state']),
    );
  });
});

describe('reading one success criterion', () => {
  it('answers it with its milestone id and current version; 404 for an unknown id or a hidden program', async () => {
    const { tpm, program } = await newProgram('Criterion read');
    const { body: m } = await tpm.post(`/api/programs/${program.id}/milestones`, {
      name: 'Beta',
      criteria: [{ description: 'NPS above 30' }],
    });
    const id = m.criteria[0].id;
    await tpm.patch(`/api/criteria/${id}`, { version: 1, state: 'met' });
    const read = await tpm.get(`/api/criteria/${id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual((await tpm.get(`/api/milestones/${m.id}`)).body.criteria[0]);
    expect(read.body).toMatchObject({ milestoneId: m.id, state: 'met', version: 2 });

    const missing = await tpm.get(`/api/criteria/${UNKNOWN}`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
    const bad = await tpm.get('/api/criteria/not-an-id');
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toBe('params.id');

    await tpm.patch(`/api/programs/${program.id}`, { version: 1, visibility: 'members' });
    const outsider = await server.signIn('tpm');
    expect((await outsider.get(`/api/criteria/${id}`)).status).toBe(404);
  });
});
