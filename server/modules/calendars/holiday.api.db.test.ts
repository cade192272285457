import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

describe('editing a holiday', () => {
  it('renames and moves a holiday, changing only the fields named, one audit row per write', async () => {
    const tpm = await server.signIn('tpm');
    const { body: holiday } = await tpm.post('/api/holidays', {
      day: '2027-12-25',
      name: 'Xmas',
    });
    const renamed = await tpm.patch(`/api/holidays/${holiday.id}`, {
      version: 1,
      name: 'Christmas Day',
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ day: '2027-12-25', name: 'Christmas Day', version: 2 });
    const moved = await tpm.patch(`/api/holidays/${holiday.id}`, { version: 2, day: '2027-12-24' });
    expect(moved.body).toMatchObject({ day: '2027-12-24', name: 'Christmas Day', version: 3 });
    const list = (await tpm.get('/api/holidays')).body.items;
    expect(list.find((h: { id: string }) => h.id === holiday.id)).toEqual(moved.body);
    expect(await server.auditActions('holiday', holiday.id)).toEqual([
      'create',
      'update',
      'update',
    ]);
    expect((await tpm.delete(`/api/holidays/${holiday.id}`, 3)).status).toBe(204);
  });

  it('refuses a day taken by another holiday, a stale version and an unknown field, writing nothing', async () => {
    const tpm = await server.signIn('tpm');
    await tpm.post('/api/holidays', { day: '2028-01-01', name: 'New Year' });
    const { body: holiday } = await tpm.post('/api/holidays', {
      day: '2028-05-01',
      name: 'Labour Day',
    });

    const taken = await tpm.patch(`/api/holidays/${holiday.id}`, {
      version: 1,
      name: 'Renamed too?',
      day: '2028-01-01',
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error).toMatchObject({
      code: 'duplicate',
      issues: [expect.objectContaining({ path: 'body.day' })],
    });
    const stale = await tpm.patch(`/api/holidays/${holiday.id}`, { version: 5, name: 'x' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_conflict');
    const unknown = await tpm.patch(`/api/holidays/${holiday.id}`, { version: 1, region: 'EU' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.issues).toContainEqual(
      expect.objectContaining({ path: 'body.region', code: 'unknown_property' }),
    );

    const now = (await tpm.get('/api/holidays')).body.items.find(
      (h: { id: string }) => h.id === holiday.id,
    );
    expect(now).toMatchObject({ day: '2028-05-01', name: 'Labour Day', version: 1 });
    expect(await server.auditActions('holiday', holiday.id)).toEqual(['create']);
  });

  it('refuses a stakeholder', async () => {
    const tpm = await server.signIn('tpm');
    const { body: holiday } = await tpm.post('/api/holidays', {
      day: '2029-07-04',
      name: 'July 4',
    });
    const stakeholder = await server.signIn('stakeholder');
    const refused = await stakeholder.patch(`/api/holidays/${holiday.id}`, {
      version: 1,
      name: 'x',
    });
    expect(refused.status).toBe(403);
  });
});
