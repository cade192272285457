import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

type Client = Awaited<ReturnType<TestServer['signIn']>>;
const program = async (client: Client, name: string, visibility = 'organization') =>
  (await client.post('/api/programs', { name, visibility })).body.id as string;

describe('assumptions of the RAID log', () => {
  it('takes only a statement, defaults the rest, stamps validatedAt and audits each write', async () => {
    const tpm = await server.signIn('tpm');
    const programId = await program(tpm, 'Assumed');
    const made = await tpm.post(`/api/programs/${programId}/assumptions`, {
      statement: 'The vendor API stays stable',
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      programId,
      programName: 'Assumed',
      statement: 'The vendor API stays stable',
      description: '',
      ownerId: null,
      validateBy: null,
      status: 'unvalidated',
      validatedAt: null,
      note: '',
      overdue: false,
      version: 1,
    });
    const id = made.body.id;
    expect((await tpm.get(`/api/assumptions/${id}`)).body).toEqual(made.body);

    const owned = await tpm.patch(`/api/assumptions/${id}`, {
      version: 1,
      ownerId: tpm.user.id,
      validateBy: '2026-11-01',
    });
    expect(owned.body).toMatchObject({
      statement: 'The vendor API stays stable',
      ownerId: tpm.user.id,
      ownerName: tpm.user.name,
      validateBy: '2026-11-01',
      // The test clock stands on 2026-11-16: unvalidated past its day.
      overdue: true,
    });
    const invalid = await tpm.patch(`/api/assumptions/${id}`, {
      version: 2,
      status: 'invalid',
      note: 'They announced a breaking change',
    });
    expect(invalid.body).toMatchObject({
      status: 'invalid',
      overdue: false,
      validateBy: '2026-11-01',
    });
    expect(invalid.body.validatedAt.slice(0, 10)).toBe('2026-11-16');
    const reopened = await tpm.patch(`/api/assumptions/${id}`, {
      version: 3,
      status: 'unvalidated',
    });
    expect(reopened.body).toMatchObject({ validatedAt: null, overdue: true });

    expect((await tpm.delete(`/api/assumptions/${id}?version=4`)).status).toBe(204);
    expect((await tpm.get(`/api/assumptions/${id}`)).status).toBe(404);
    expect(await server.auditActions('program_assumption', id)).toEqual([
      'create',
      'update',
      'update',
      'update',
      'delete',
    ]);
  });

  it('filters by status and owner, and refuses an inactive owner naming the field', async () => {
    const tpm = await server.signIn('tpm');
    const other = await server.signIn('tpm');
    const programId = await program(tpm, 'Filtered');
    const path = `/api/programs/${programId}/assumptions`;
    await tpm.post(path, { statement: 'One', ownerId: tpm.user.id });
    await tpm.post(path, { statement: 'Two', ownerId: other.user.id, status: 'valid' });
    await tpm.post(path, { statement: 'Three', status: 'valid' });
    const statements = async (query: string) =>
      ((await tpm.get(`${path}${query}`)).body.items as { statement: string }[]).map(
        (a) => a.statement,
      );
    expect((await statements('')).sort()).toEqual(['One', 'Three', 'Two']);
    expect((await statements('?status=valid')).sort()).toEqual(['Three', 'Two']);
    expect(await statements(`?ownerId=${other.user.id}`)).toEqual(['Two']);
    expect(await statements(`?status=valid&ownerId=${tpm.user.id}`)).toEqual([]);

    await server.db.query('UPDATE users SET active = false WHERE id = $1', [other.user.id]);
    const before = await server.countRows('program_assumptions');
    const refused = await tpm.post(path, { statement: 'Four', ownerId: other.user.id });
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues).toEqual([
      expect.objectContaining({ path: 'body.ownerId', code: 'not_found' }),
    ]);
    const missing = await tpm.post(path, { description: 'no statement' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.issues[0].path).toBe('body.statement');
    const badStatus = await tpm.post(path, { statement: 'x', status: 'maybe' });
    expect(badStatus.body.error.issues[0].path).toBe('body.status');
    expect(await server.countRows('program_assumptions')).toBe(before);
  });

  it('lists the portfolio with program names, leaving out programs the caller cannot see', async () => {
    const owner = await server.signIn('tpm');
    const outsider = await server.signIn('tpm');
    const open = await program(owner, 'Open portfolio program');
    const hidden = await program(owner, 'Hidden portfolio program', 'members');
    await owner.post(`/api/programs/${open}/assumptions`, { statement: 'Seen by all' });
    await owner.post(`/api/programs/${hidden}/assumptions`, { statement: 'Members only' });
    const names = async (client: Client, query = '') =>
      ((await client.get(`/api/assumptions${query}`)).body.items as any[])
        .filter((a) => a.programId === open || a.programId === hidden)
        .map((a) => `${a.programName}: ${a.statement}`);
    expect(await names(owner)).toEqual([
      'Hidden portfolio program: Members only',
      'Open portfolio program: Seen by all',
    ]);
    expect(await names(outsider)).toEqual(['Open portfolio program: Seen by all']);
    expect(await names(outsider, `?programId=${hidden}`)).toEqual([]);
    expect((await outsider.get(`/api/programs/${hidden}/assumptions`)).status).toBe(404);
  });
});
