import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const count = (table: string) => server.countRows(table);
const auditActions = (id: string) => server.auditActions('workstream', id);
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('workstreams', () => {
  it('creates, lists, reads, updates and deletes a workstream, one audit row per write', async () => {
    const tpm = await server.signIn('tpm');
    const { body: program } = await tpm.post('/api/programs', { name: 'Checkout' });
    const created = await tpm.post(`/api/programs/${program.id}/workstreams`, {
      name: 'Payments',
      leadId: tpm.user.id,
      sortOrder: 2,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      programId: program.id,
      name: 'Payments',
      description: '',
      leadId: tpm.user.id,
      sortOrder: 2,
      version: 1,
    });
    const id = created.body.id;
    await tpm.post(`/api/programs/${program.id}/workstreams`, { name: 'Fraud', sortOrder: 1 });

    const list = await tpm.get(`/api/programs/${program.id}/workstreams`);
    expect(list.body.items.map((w: { name: string }) => w.name)).toEqual(['Fraud', 'Payments']);
    expect((await tpm.get(`/api/workstreams/${id}`)).body).toEqual(created.body);

    const updated = await tpm.patch(`/api/workstreams/${id}`, {
      version: 1,
      description: 'Card and wallet',
      leadId: null,
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      description: 'Card and wallet',
      leadId: null,
      version: 2,
    });

    expect((await tpm.delete(`/api/workstreams/${id}`, 2)).status).toBe(204);
    expect((await tpm.get(`/api/workstreams/${id}`)).status).toBe(404);
    expect(await auditActions(id)).toEqual(['create', 'update', 'delete']);
  });

  it('answers 404 for the workstreams of an unknown program', async () => {
    const tpm = await server.signIn('tpm');
    expect((await tpm.get(`/api/programs/${UNKNOWN}/workstreams`)).status).toBe(404);
    const create = await tpm.post(`/api/programs/${UNKNOWN}/workstreams`, { name: 'Orphan' });
    expect(create.status).toBe(404);
    expect(create.body.error.code).toBe('not_found');
  });

  it('names the wrong field and the unknown property, and writes nothing', async () => {
    const tpm = await server.signIn('tpm');
    const { body: program } = await tpm.post('/api/programs', { name: 'Validation' });
    const before = [await count('workstreams'), await count('audit_events')];
    const wrongType = await tpm.post(`/api/programs/${program.id}/workstreams`, {
      name: 'Ok',
      sortOrder: 'first',
    });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.issues[0].path).toBe('body.sortOrder');
    const unknown = await tpm.post(`/api/programs/${program.id}/workstreams`, {
      name: 'Ok',
      owner: 'me',
    });
    expect(unknown.body.error.issues).toContainEqual(
      expect.objectContaining({ path: 'body.owner', code: 'unknown_property' }),
    );
    const noLead = await tpm.post(`/api/programs/${program.id}/workstreams`, {
      name: 'Ok',
      leadId: UNKNOWN,
    });
    expect(noLead.status).toBe(400);
    expect(noLead.body.error.issues[0]).toMatchObject({ path: 'body.leadId', code: 'not_found' });
    expect([await count('workstreams'), await count('audit_events')]).toEqual(before);
  });

  it('refuses a second workstream of the same name in one program, but not in another', async () => {
    const tpm = await server.signIn('tpm');
    const { body: a } = await tpm.post('/api/programs', { name: 'A' });
    const { body: b } = await tpm.post('/api/programs', { name: 'B' });
    expect((await tpm.post(`/api/programs/${a.id}/workstreams`, { name: 'Infra' })).status).toBe(
      201,
    );
    const duplicate = await tpm.post(`/api/programs/${a.id}/workstreams`, { name: 'Infra' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.issues[0].path).toBe('body.name');
    expect((await tpm.post(`/api/programs/${b.id}/workstreams`, { name: 'Infra' })).status).toBe(
      201,
    );
  });

  it('answers a stale version with 409 and leaves the row unchanged', async () => {
    const tpm = await server.signIn('tpm');
    const { body: program } = await tpm.post('/api/programs', { name: 'Concurrency' });
    const { body: ws } = await tpm.post(`/api/programs/${program.id}/workstreams`, {
      name: 'Edited twice',
    });
    expect(
      (await tpm.patch(`/api/workstreams/${ws.id}`, { version: 1, name: 'First' })).status,
    ).toBe(200);
    const stale = await tpm.patch(`/api/workstreams/${ws.id}`, { version: 1, name: 'Second' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');
    expect((await tpm.get(`/api/workstreams/${ws.id}`)).body).toMatchObject({
      name: 'First',
      version: 2,
    });
  });

  it('keeps milestones and tasks of a deleted workstream in the program', async () => {
    const tpm = await server.signIn('tpm');
    const { body: program } = await tpm.post('/api/programs', { name: 'Keeps items' });
    const { body: ws } = await tpm.post(`/api/programs/${program.id}/workstreams`, {
      name: 'Going away',
    });
    const { body: milestone } = await tpm.post(`/api/programs/${program.id}/milestones`, {
      name: 'M',
      workstreamId: ws.id,
    });
    const { body: task } = await tpm.post(`/api/programs/${program.id}/tasks`, {
      name: 'T',
      workstreamId: ws.id,
    });
    expect((await tpm.delete(`/api/workstreams/${ws.id}`, 1)).status).toBe(204);
    expect((await tpm.get(`/api/milestones/${milestone.id}`)).body.workstreamId).toBeNull();
    expect((await tpm.get(`/api/tasks/${task.id}`)).body.workstreamId).toBeNull();
  });
});
