import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

describe('GET /api/programs/:id/plan', () => {
  it('returns the program with its workstreams, milestones with criteria, tasks and dependencies (also cross-program)', async () => {
    const tpm = await server.signIn('tpm');
    const { body: program } = await tpm.post('/api/programs', { name: 'Planned' });
    const { body: other } = await tpm.post('/api/programs', { name: 'Neighbour' });
    const { body: ws } = await tpm.post(`/api/programs/${program.id}/workstreams`, {
      name: 'Core',
    });
    const { body: ms } = await tpm.post(`/api/programs/${program.id}/milestones`, {
      name: 'Done',
      workstreamId: ws.id,
      criteria: [{ description: 'Signed off' }],
    });
    const { body: t1 } = await tpm.post(`/api/programs/${program.id}/tasks`, {
      name: 'First',
      workstreamId: ws.id,
      milestoneId: ms.id,
      dueDate: '2027-01-01',
    });
    const { body: t2 } = await tpm.post(`/api/programs/${program.id}/tasks`, {
      name: 'Second',
      dueDate: '2027-02-01',
    });
    const { body: outside } = await tpm.post(`/api/programs/${other.id}/tasks`, {
      name: 'Outside',
    });
    const { body: unrelated } = await tpm.post(`/api/programs/${other.id}/tasks`, {
      name: 'Unrelated',
    });
    const { body: d1 } = await tpm.post('/api/dependencies', {
      predecessorId: t1.id,
      successorId: t2.id,
    });
    const { body: d2 } = await tpm.post('/api/dependencies', {
      predecessorId: t2.id,
      successorId: ms.id,
    });
    const { body: d3 } = await tpm.post('/api/dependencies', {
      predecessorId: outside.id,
      successorId: t1.id,
    });
    await tpm.post('/api/dependencies', { predecessorId: outside.id, successorId: unrelated.id });

    const r = await tpm.get(`/api/programs/${program.id}/plan`);
    expect(r.status).toBe(200);
    expect(r.body.program).toMatchObject({ id: program.id, name: 'Planned' });
    expect(r.body.workstreams).toEqual([ws]);
    expect(r.body.milestones).toEqual([
      expect.objectContaining({
        id: ms.id,
        criteria: [expect.objectContaining({ description: 'Signed off' })],
      }),
    ]);
    expect(r.body.tasks.map((t: { id: string }) => t.id)).toEqual([t1.id, t2.id]);
    expect(r.body.dependencies.map((d: { id: string }) => d.id)).toEqual([d1.id, d2.id, d3.id]);
    expect(r.body.dependencies[2]).toMatchObject({
      crossProgram: true,
      predecessor: { programId: other.id },
    });
  });

  it('answers 404 for an unknown program', async () => {
    const tpm = await server.signIn('tpm');
    const r = await tpm.get('/api/programs/00000000-0000-4000-8000-000000000000/plan');
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('not_found');
  });
});
