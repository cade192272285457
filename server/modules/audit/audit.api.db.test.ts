import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../contracts/account.schema.js';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
let admin: Awaited<ReturnType<TestServer['signIn']>>;
let tpm: Awaited<ReturnType<TestServer['signIn']>>;
let programA: { id: string };
let programB: { id: string };
let criterionId: string;

/** Every event, newest first, read page by page with `before`. */
async function readAll(query = '', pageSize = 5): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  let before = '';
  for (;;) {
    const r = await admin.get(`/api/audit?limit=${pageSize}${query}${before}`);
    expect(r.status).toBe(200);
    events.push(...r.body.items);
    if (r.body.items.length < pageSize) return events;
    before = `&before=${r.body.items.at(-1).id}`;
  }
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.signIn('admin');
  tpm = await server.signIn('tpm');
  // Over ten events in two programs, so ids reach two digits (as text "9" > "12").
  programA = (await tpm.post('/api/programs', { name: 'Audit A' })).body;
  programB = (await tpm.post('/api/programs', { name: 'Audit B' })).body;
  for (let i = 0; i < 5; i++) {
    expect(
      (await tpm.post(`/api/programs/${programA.id}/workstreams`, { name: `A${i}` })).status,
    ).toBe(201);
    expect(
      (await tpm.post(`/api/programs/${programB.id}/workstreams`, { name: `B${i}` })).status,
    ).toBe(201);
  }
  expect((await admin.post('/api/programs', { name: 'Audit C' })).status).toBe(201);
  const milestone = await tpm.post(`/api/programs/${programA.id}/milestones`, {
    name: 'Beta',
    dueDate: '2027-05-03',
    criteria: [{ description: '100 beta users' }],
  });
  expect(milestone.status).toBe(201);
  criterionId = milestone.body.criteria[0].id;
  const criterion = await tpm.patch(`/api/criteria/${criterionId}`, {
    version: milestone.body.criteria[0].version,
    state: 'met',
  });
  expect(criterion.status).toBe(200);
});
afterAll(async () => server?.close());

describe('GET /api/audit', () => {
  it('lists newest first by the numeric sequence, across pages, each event once', async () => {
    const total = await server.countRows('audit_events');
    expect(total).toBeGreaterThan(10);
    const events = await readAll('', 4);
    expect(events).toHaveLength(total);
    const ids = events.map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(ids.length);
    // The first page starts at the newest event: the criterion just marked met.
    const first = await admin.get('/api/audit?limit=3');
    expect(first.body.items.map((e: AuditEvent) => Number(e.id))).toEqual(ids.slice(0, 3));
    expect(first.body.items[0]).toMatchObject({
      entityType: 'success_criterion',
      entityId: criterionId,
      action: 'update',
      actorId: tpm.user.id,
    });
  });

  it('filters by program: the program and everything under it', async () => {
    const events = await readAll(`&programId=${programA.id}`, 3);
    // The program, five workstreams, the milestone (with its criterion) and the criterion's update.
    expect(events.map((e) => e.entityType).sort()).toEqual(
      ['milestone', 'program', 'success_criterion', ...Array(5).fill('workstream')].sort(),
    );
    expect(events.every((e) => e.programId === programA.id)).toBe(true);
    const other = await readAll(`&programId=${programB.id}`);
    expect(other).toHaveLength(6);
    expect(other.some((e) => e.entityId === programB.id && e.entityType === 'program')).toBe(true);
  });

  it('filters by entity type and id, and by actor', async () => {
    const workstreams = await readAll('&entityType=workstream');
    expect(workstreams).toHaveLength(10);
    const program = await readAll(`&entityType=program&entityId=${programB.id}`);
    expect(program.map((e) => [e.entityId, e.action])).toEqual([[programB.id, 'create']]);
    const all = await readAll();
    const ids = (events: AuditEvent[]) => events.map((e) => e.id);
    const byTpm = await readAll(`&actorId=${tpm.user.id}`);
    expect(byTpm.length).toBeGreaterThan(10);
    expect(ids(byTpm)).toEqual(ids(all.filter((e) => e.actorId === tpm.user.id)));
    const byAdmin = await readAll(`&actorId=${admin.user.id}`);
    // Signing in is audited too.
    expect(byAdmin.map((e) => e.entityType)).toEqual(['program', 'session']);
  });

  it('filters by a time range: from inclusive, to exclusive', async () => {
    const all = await readAll();
    // Events of different requests are written at different instants (their transactions').
    const middle = all[Math.floor(all.length / 2)]!;
    const at = Date.parse(middle.at);
    const from = await readAll(`&from=${encodeURIComponent(middle.at)}`);
    expect(from.map((e) => e.id)).toEqual(
      all.filter((e) => Date.parse(e.at) >= at).map((e) => e.id),
    );
    expect(from.map((e) => e.id)).toContain(middle.id);
    const to = await readAll(`&to=${encodeURIComponent(middle.at)}`);
    expect(to.map((e) => e.id)).toEqual(all.filter((e) => Date.parse(e.at) < at).map((e) => e.id));
    expect(from.length + to.length).toBe(all.length);
    const both = await readAll(
      `&from=${encodeURIComponent(middle.at)}&to=${encodeURIComponent(middle.at)}`,
    );
    expect(both).toEqual([]);
  });

  it('names a malformed filter', async () => {
    for (const [query, path] of [
      ['programId=nope', 'query.programId'],
      ['from=yesterday', 'query.from'],
      ['to=2026-13-01T00:00:00Z', 'query.to'],
      ['before=9x', 'query.before'],
    ]) {
      const r = await admin.get(`/api/audit?${query}`);
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('validation_failed');
      expect(r.body.error.issues.map((i: { path: string }) => i.path)).toContain(path);
    }
  });

  it('is for admins only', async () => {
    for (const role of ['tpm_manager', 'tpm', 'stakeholder'] as const) {
      const r = await (await server.signIn(role)).get('/api/audit');
      expect(r.status).toBe(403);
      expect(r.body.error.code).toBe('forbidden');
    }
  });
});
