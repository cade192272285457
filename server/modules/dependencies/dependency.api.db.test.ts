import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../tests/support/api-client.js';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
let tpm: ApiClient;
beforeAll(async () => {
  server = await startTestServer();
  tpm = await server.signIn('tpm');
});
afterAll(async () => server?.close());

const count = (table: string) => server.countRows(table);
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

async function program(name: string) {
  return (await tpm.post('/api/programs', { name })).body as { id: string };
}
async function task(programId: string, name: string) {
  return (await tpm.post(`/api/programs/${programId}/tasks`, { name })).body as {
    id: string;
    name: string;
  };
}
async function link(
  predecessorId: string,
  successorId: string,
  extra: Record<string, unknown> = {},
) {
  return tpm.post('/api/dependencies', { predecessorId, successorId, ...extra });
}

describe('dependencies', () => {
  it('links a task to a milestone, reads, updates and deletes it, one audit row per write', async () => {
    const p = await program('Deps CRUD');
    const build = await task(p.id, 'Build');
    const { body: ga } = await tpm.post(`/api/programs/${p.id}/milestones`, { name: 'GA' });
    const created = await link(build.id, ga.id, { type: 'FF', lagMinutes: 480 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      predecessor: { kind: 'task', id: build.id, name: 'Build', programId: p.id },
      successor: { kind: 'milestone', id: ga.id, name: 'GA', programId: p.id },
      type: 'FF',
      lagMinutes: 480,
      crossProgram: false,
      version: 1,
    });
    const id = created.body.id;
    expect((await tpm.get(`/api/dependencies/${id}`)).body).toEqual(created.body);
    expect(
      (await tpm.get(`/api/dependencies?itemId=${ga.id}`)).body.items.map(
        (d: { id: string }) => d.id,
      ),
    ).toEqual([id]);

    const updated = await tpm.patch(`/api/dependencies/${id}`, {
      version: 1,
      type: 'FS',
      lagMinutes: -60,
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ type: 'FS', lagMinutes: -60, version: 2 });
    const stale = await tpm.patch(`/api/dependencies/${id}`, { version: 1, lagMinutes: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');

    expect((await tpm.delete(`/api/dependencies/${id}`, 2)).status).toBe(204);
    expect((await tpm.get(`/api/dependencies/${id}`)).status).toBe(404);
    const audit = await server.db.query(
      `SELECT action FROM audit_events WHERE entity_type = 'dependency' AND entity_id = $1 ORDER BY id`,
      [id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['create', 'update', 'delete']);
  });

  it('refuses the link that would close a cycle with 409, names it in order, and writes nothing', async () => {
    const p = await program('Cycle');
    const design = await task(p.id, 'Design');
    const build = await task(p.id, 'Build');
    const test = await task(p.id, 'Test');
    expect((await link(design.id, build.id)).status).toBe(201);
    expect((await link(build.id, test.id)).status).toBe(201);
    const before = [await count('dependencies'), await count('audit_events')];

    const r = await link(test.id, design.id);
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('dependency_cycle');
    expect(r.body.error.issues[0]).toMatchObject({
      path: 'body.successorId',
      code: 'dependency_cycle',
    });
    expect(r.body.error.details.cycle).toEqual([
      { kind: 'task', id: design.id, name: 'Design', programId: p.id },
      { kind: 'task', id: build.id, name: 'Build', programId: p.id },
      { kind: 'task', id: test.id, name: 'Test', programId: p.id },
      { kind: 'task', id: design.id, name: 'Design', programId: p.id },
    ]);
    expect(r.body.error.message).toContain('Design → Build → Test → Design');
    expect([await count('dependencies'), await count('audit_events')]).toEqual(before);
  });

  it('links across programs, flags it, and finds cycles that pass through another program', async () => {
    const platform = await program('Platform');
    const mobile = await program('Mobile');
    const api = await task(platform.id, 'Ship API');
    const app = await task(mobile.id, 'Ship app');
    const { body: launch } = await tpm.post(`/api/programs/${platform.id}/milestones`, {
      name: 'Joint launch',
    });
    const cross = await link(api.id, app.id);
    expect(cross.status).toBe(201);
    expect(cross.body.crossProgram).toBe(true);
    expect(cross.body.successor.programId).toBe(mobile.id);
    expect((await link(app.id, launch.id)).body.crossProgram).toBe(true);

    const r = await link(launch.id, api.id);
    expect(r.status).toBe(409);
    expect(r.body.error.details.cycle.map((i: { name: string }) => i.name)).toEqual([
      'Ship API',
      'Ship app',
      'Joint launch',
      'Ship API',
    ]);
    expect(r.body.error.details.cycle.map((i: { programId: string }) => i.programId)).toEqual([
      platform.id,
      mobile.id,
      platform.id,
      platform.id,
    ]);

    const listed = await tpm.get(`/api/dependencies?programId=${mobile.id}`);
    expect(listed.body.items).toHaveLength(2);
  });

  it('refuses self-links, duplicates and unknown ends, naming the field', async () => {
    const p = await program('Link errors');
    const a = await task(p.id, 'A');
    const b = await task(p.id, 'B');
    const before = await count('dependencies');
    const self = await link(a.id, a.id);
    expect(self.status).toBe(400);
    expect(self.body.error.issues[0]).toMatchObject({
      path: 'body.successorId',
      code: 'self_link',
    });

    const unknown = await link(UNKNOWN, b.id);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.issues).toEqual([
      expect.objectContaining({ path: 'body.predecessorId', code: 'not_found' }),
    ]);
    const bothUnknown = await link(UNKNOWN, '00000000-0000-4000-8000-000000000001');
    expect(bothUnknown.body.error.issues.map((i: { path: string }) => i.path)).toEqual([
      'body.predecessorId',
      'body.successorId',
    ]);
    expect(await count('dependencies')).toBe(before);

    expect((await link(a.id, b.id)).status).toBe(201);
    const duplicate = await link(a.id, b.id, { type: 'SS' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.code).toBe('duplicate');
    expect(duplicate.body.error.issues[0].path).toBe('body.successorId');
    expect(await count('dependencies')).toBe(before + 1);
  });

  it('names wrong types and unknown properties', async () => {
    const r = await tpm.post('/api/dependencies', {
      predecessorId: 'not-a-uuid',
      successorId: UNKNOWN,
      type: 'XX',
      lag: 5,
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining(['body.predecessorId', 'body.type', 'body.lag']),
    );
    const huge = await tpm.post('/api/dependencies', {
      predecessorId: UNKNOWN,
      successorId: UNKNOWN,
      lagMinutes: 1e9,
    });
    expect(huge.body.error.issues[0].path).toBe('body.lagMinutes');
  });

  it('goes away with its task', async () => {
    const p = await program('Cascade');
    const a = await task(p.id, 'A');
    const b = await task(p.id, 'B');
    const { body: d } = await link(a.id, b.id);
    expect((await tpm.delete(`/api/tasks/${a.id}`, 1)).status).toBe(204);
    expect((await tpm.get(`/api/dependencies/${d.id}`)).status).toBe(404);
  });

  it('never lets concurrent inserts close a cycle together', async () => {
    // A ring of n tasks with every link but one is acyclic; sending all n links at
    // once, at most n-1 can win, whatever the interleaving.
    const p = await program('Race');
    const n = 6;
    const ring: Array<{ id: string }> = [];
    for (let i = 0; i < n; i++) ring.push(await task(p.id, `R${i}`));
    const results = await Promise.all(ring.map((t, i) => link(t.id, ring[(i + 1) % n]!.id)));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(n - 1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(1);
    expect((await tpm.get(`/api/dependencies?programId=${p.id}`)).body.items).toHaveLength(n - 1);
  });
});
