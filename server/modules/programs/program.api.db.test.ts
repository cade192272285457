import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const count = (table: string) => server.countRows(table);

describe('POST /api/programs', () => {
  it('needs only a name, and fills the rest with defaults', async () => {
    const tpm = await server.signIn('tpm');
    const r = await tpm.post('/api/programs', { name: 'Search relaunch' });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      name: 'Search relaunch',
      status: 'proposed',
      health: 'green',
      version: 1,
      currency: 'USD',
    });
  });

  it('names the field of a wrong type, and writes nothing', async () => {
    const tpm = await server.signIn('tpm');
    const [programs, audits] = [await count('programs'), await count('audit_events')];
    const r = await tpm.post('/api/programs', { name: 5 });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('validation_failed');
    expect(r.body.error.issues[0].path).toBe('body.name');
    expect([await count('programs'), await count('audit_events')]).toEqual([programs, audits]);
  });

  it('rejects an unknown property by name instead of dropping it', async () => {
    const tpm = await server.signIn('tpm');
    const before = await count('programs');
    const r = await tpm.post('/api/programs', { name: 'Typo', sponser: 'Someone' });
    expect(r.status).toBe(400);
    expect(r.body.error.issues).toContainEqual(
      expect.objectContaining({ path: 'body.sponser', code: 'unknown_property' }),
    );
    expect(await count('programs')).toBe(before);
  });

  it('reports every issue at once', async () => {
    const tpm = await server.signIn('tpm');
    const r = await tpm.post('/api/programs', { status: 'someday', budgetCents: -1 });
    expect(r.status).toBe(400);
    const paths = r.body.error.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['body.name', 'body.status', 'body.budgetCents']));
  });

  it('maps a database constraint to the field it guards', async () => {
    const tpm = await server.signIn('tpm');
    const r = await tpm.post('/api/programs', {
      name: 'Backwards',
      startDate: '2027-03-01',
      targetDate: '2027-01-01',
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues[0]).toMatchObject({ path: 'body.targetDate' });
  });
});

describe('PATCH /api/programs/:id', () => {
  it('changes only the name when only the name is sent (status and health are kept)', async () => {
    const tpm = await server.signIn('tpm');
    const created = await tpm.post('/api/programs', {
      name: 'Partial update',
      summary: 'kept',
      sponsor: 'Ada',
      status: 'active',
      health: 'red',
      startDate: '2027-01-04',
      targetDate: '2027-06-30',
      budgetCents: 125_000,
      currency: 'EUR',
      timeZone: 'Europe/Berlin',
      levelling: 'within_slack',
    });
    expect(created.status).toBe(201);
    const before = (await tpm.get(`/api/programs/${created.body.id}`)).body;
    const r = await tpm.patch(`/api/programs/${created.body.id}`, {
      version: before.version,
      name: 'Renamed',
    });
    expect(r.status).toBe(200);
    const after = (await tpm.get(`/api/programs/${created.body.id}`)).body;
    expect(after).toMatchObject({ name: 'Renamed', status: 'active', health: 'red' });
    const { name: _n, version: _v, updatedAt: _u, ...kept } = before;
    expect(after).toMatchObject(kept);
    expect(after.version).toBe(before.version + 1);
  });
});

describe('trust', () => {
  it('refuses a request without credentials with 401', async () => {
    const r = await server.anonymous().get('/api/programs');
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('unauthenticated');
  });

  it('lets a stakeholder read but not write (403), and writes nothing', async () => {
    const stakeholder = await server.signIn('stakeholder');
    expect((await stakeholder.get('/api/programs')).status).toBe(200);
    const before = await count('programs');
    const r = await stakeholder.post('/api/programs', { name: 'Not allowed' });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('forbidden');
    expect(await count('programs')).toBe(before);
  });

  it('leaves exactly one audit row per write, with before and after', async () => {
    const tpm = await server.signIn('tpm');
    const created = await tpm.post('/api/programs', { name: 'Audited' });
    const id = created.body.id;
    const updated = await tpm.patch(`/api/programs/${id}`, { version: 1, health: 'amber' });
    expect(updated.status).toBe(200);
    const rows = await server.db.query(
      `SELECT action, before, after, actor_id FROM audit_events WHERE entity_type = 'program' AND entity_id = $1 ORDER BY id`,
      [id],
    );
    expect(rows.rows.map((r) => r.action)).toEqual(['create', 'update']);
    expect(rows.rows[1].before.health).toBe('green');
    expect(rows.rows[1].after.health).toBe('amber');
    expect(rows.rows[1].actor_id).toBe(tpm.user.id);
  });

  it('does not let anyone change or delete audit rows', async () => {
    await expect(server.db.query(`UPDATE audit_events SET action = 'x'`)).rejects.toThrow();
    await expect(server.db.query(`DELETE FROM audit_events`)).rejects.toThrow();
  });
});

describe('optimistic concurrency', () => {
  it('answers a stale version with 409 and leaves the row unchanged', async () => {
    const tpm = await server.signIn('tpm');
    const { body: p } = await tpm.post('/api/programs', { name: 'Contended' });
    expect(
      (await tpm.patch(`/api/programs/${p.id}`, { version: 1, name: 'First edit' })).status,
    ).toBe(200);
    const stale = await tpm.patch(`/api/programs/${p.id}`, { version: 1, name: 'Second edit' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');
    const now = await tpm.get(`/api/programs/${p.id}`);
    expect(now.body).toMatchObject({ name: 'First edit', version: 2 });
  });

  it('takes the version from If-Match too, and requires one', async () => {
    const tpm = await server.signIn('tpm');
    const { body: p } = await tpm.post('/api/programs', { name: 'Header' });
    const missing = await tpm.patch(`/api/programs/${p.id}`, { name: 'No version' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.issues[0].path).toBe('body.version');
    const ok = await tpm.request(
      'PATCH',
      `/api/programs/${p.id}`,
      { name: 'With header' },
      { 'if-match': '"1"' },
    );
    expect(ok.status).toBe(200);
    expect(ok.body.version).toBe(2);
  });

  it('answers 404 not_found for an unknown id', async () => {
    const tpm = await server.signIn('tpm');
    const r = await tpm.get('/api/programs/00000000-0000-4000-8000-000000000000');
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('not_found');
  });
});

describe('GET /api/programs', () => {
  it('filters, sorts and paginates', async () => {
    const tpm = await server.signIn('tpm');
    for (const [name, status] of [
      ['Zeta', 'active'],
      ['Alpha', 'active'],
      ['Mu', 'on_hold'],
    ] as const) {
      await tpm.post('/api/programs', {
        name: `List ${name}`,
        status,
        summary: 'pagination check',
      });
    }
    const page1 = await tpm.get('/api/programs?q=pagination&status=active&sort=-name&limit=1');
    expect(page1.body.total).toBe(2);
    expect(page1.body.items.map((p: { name: string }) => p.name)).toEqual(['List Zeta']);
    const page2 = await tpm.get(
      '/api/programs?q=pagination&status=active&sort=-name&limit=1&offset=1',
    );
    expect(page2.body.items.map((p: { name: string }) => p.name)).toEqual(['List Alpha']);
  });
});
