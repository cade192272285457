import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { created } from '../../../tests/support/api-steps.js';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
// The server's clock starts here and runs on: stamps fall within the test's minutes.
const START = '2026-11-20T09:00:00Z';
const stamped = expect.stringMatching(/^2026-11-20T09:0\d:/);
beforeAll(async () => {
  server = await startTestServer({ now: START });
});
afterAll(async () => server?.close());

const unknownId = '00000000-0000-4000-8000-000000000000';

describe('the risk register', () => {
  it('creates a risk from a title alone, with the defaults, a likelihood and a score', async () => {
    const tpm = await server.signIn('tpm');
    const program = await created(tpm, '/api/programs', { name: 'Register defaults' });
    const r = await tpm.post(`/api/programs/${program.id}/risks`, { title: 'Key person leaves' });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({
      title: 'Key person leaves',
      programName: 'Register defaults',
      probability: 0.5,
      delayHours: 0,
      taskIds: [],
      cost: null,
      description: null,
      ownerId: null,
      category: 'other',
      status: 'open',
      response: null,
      impact: 3,
      likelihood: 3,
      score: 9,
      delayOptimisticHours: null,
      delayPessimisticHours: null,
      occurredAt: null,
      closedAt: null,
      version: 1,
    });
  });

  it('keeps every register field, stamps occurred and closed from the clock and clears them when reopened', async () => {
    const tpm = await server.signIn('tpm');
    const owner = await server.signIn('tpm', { name: 'Risk Owner' });
    const program = await created(tpm, '/api/programs', { name: 'Register fields' });
    const risk = await created(tpm, `/api/programs/${program.id}/risks`, {
      title: 'Supplier insolvency',
      description: 'The only supplier of the boards is in trouble.',
      ownerId: owner.user.id,
      category: 'vendor',
      response: 'transfer',
      mitigation: 'Qualify a second supplier.',
      mitigationDueDate: '2026-12-15',
      contingency: 'Buy the remaining stock.',
      trigger: 'Late deliveries two weeks running.',
      proximityDate: '2027-02-01',
      probability: 0.8,
      impact: 4,
      delayHours: 40,
      delayOptimisticHours: 16,
      delayPessimisticHours: 120,
      reviewDate: '2026-12-01',
    });
    expect(risk).toMatchObject({
      ownerId: owner.user.id,
      ownerName: 'Risk Owner',
      category: 'vendor',
      response: 'transfer',
      mitigationDueDate: '2026-12-15',
      trigger: 'Late deliveries two weeks running.',
      proximityDate: '2027-02-01',
      likelihood: 5,
      score: 20,
      delayOptimisticHours: 16,
      delayPessimisticHours: 120,
      reviewDate: '2026-12-01',
    });

    const occurred = await tpm.patch(`/api/risks/${risk.id}`, { version: 1, status: 'occurred' });
    expect(occurred.body).toMatchObject({
      status: 'occurred',
      occurredAt: stamped,
      closedAt: null,
      mitigation: 'Qualify a second supplier.',
    });
    const closed = await tpm.patch(`/api/risks/${risk.id}`, { version: 2, status: 'closed' });
    expect(closed.body).toMatchObject({ occurredAt: occurred.body.occurredAt, closedAt: stamped });
    const reopened = await tpm.patch(`/api/risks/${risk.id}`, { version: 3, status: 'open' });
    expect(reopened.body).toMatchObject({ status: 'open', occurredAt: null, closedAt: null });
    const cleared = await tpm.patch(`/api/risks/${risk.id}`, {
      version: 4,
      ownerId: null,
      response: null,
      impact: 1,
    });
    expect(cleared.body).toMatchObject({
      ownerId: null,
      ownerName: null,
      response: null,
      score: 5,
    });
    expect(await server.auditActions('program_risk', risk.id)).toEqual([
      'create',
      'update',
      'update',
      'update',
      'update',
    ]);
  });

  it('refuses three points out of order, naming the field, and writes nothing', async () => {
    const tpm = await server.signIn('tpm');
    const program = await created(tpm, '/api/programs', { name: 'Register order' });
    const low = await tpm.post(`/api/programs/${program.id}/risks`, {
      title: 'Too low',
      delayHours: 8,
      delayOptimisticHours: 16,
    });
    expect(low.status).toBe(400);
    expect(low.body.error.issues).toEqual([
      expect.objectContaining({ path: 'body.delayOptimisticHours', code: 'invalid' }),
    ]);
    const high = await tpm.post(`/api/programs/${program.id}/risks`, {
      title: 'Too high',
      delayHours: 8,
      delayPessimisticHours: 4,
    });
    expect(high.status).toBe(400);
    expect(high.body.error.issues).toEqual([
      expect.objectContaining({ path: 'body.delayPessimisticHours', code: 'invalid' }),
    ]);
    const risk = await created(tpm, `/api/programs/${program.id}/risks`, {
      title: 'In order',
      delayHours: 8,
      delayOptimisticHours: 4,
      delayPessimisticHours: 16,
    });
    // Lowering the likely value below the optimistic one names the optimistic point.
    const patch = await tpm.patch(`/api/risks/${risk.id}`, { version: 1, delayHours: 2 });
    expect(patch.status).toBe(400);
    expect(patch.body.error.issues[0].path).toBe('body.delayOptimisticHours');
    expect((await tpm.get(`/api/risks/${risk.id}`)).body).toMatchObject({
      delayHours: 8,
      version: 1,
    });
    expect((await tpm.get(`/api/programs/${program.id}/risks`)).body.items).toHaveLength(1);
  });

  it('refuses an owner who is not an active user (400 body.ownerId)', async () => {
    const tpm = await server.signIn('tpm');
    const program = await created(tpm, '/api/programs', { name: 'Register owner' });
    const r = await tpm.post(`/api/programs/${program.id}/risks`, {
      title: 'Orphan',
      ownerId: unknownId,
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues).toEqual([
      expect.objectContaining({ path: 'body.ownerId', code: 'not_found' }),
    ]);
    const risk = await created(tpm, `/api/programs/${program.id}/risks`, { title: 'Owned later' });
    const p = await tpm.patch(`/api/risks/${risk.id}`, { version: 1, ownerId: unknownId });
    expect(p.status).toBe(400);
    expect(p.body.error.issues[0].path).toBe('body.ownerId');
  });

  it('filters a program’s list by status (one or several), owner and category', async () => {
    const tpm = await server.signIn('tpm');
    const owner = await server.signIn('tpm');
    const program = await created(tpm, '/api/programs', { name: 'Register filters' });
    const base = `/api/programs/${program.id}/risks`;
    const a = await created(tpm, base, { title: 'A', category: 'technical' });
    const b = await created(tpm, base, {
      title: 'B',
      status: 'mitigating',
      ownerId: owner.user.id,
    });
    const c = await created(tpm, base, { title: 'C', status: 'closed', category: 'technical' });
    expect(c).toMatchObject({ status: 'closed', closedAt: stamped });
    const titles = async (query: string) =>
      (await tpm.get(`${base}${query}`)).body.items.map((r: { title: string }) => r.title);
    expect(await titles('')).toEqual(['A', 'B', 'C']);
    expect(await titles('?status=open')).toEqual(['A']);
    expect(await titles('?status=open,mitigating')).toEqual(['A', 'B']);
    expect(await titles(`?ownerId=${owner.user.id}`)).toEqual(['B']);
    expect(await titles('?category=technical')).toEqual(['A', 'C']);
    expect(await titles('?category=technical&status=closed')).toEqual(['C']);
    const bad = await tpm.get(`${base}?status=pending`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toBe('query.status');
    expect([a.id, b.id]).toHaveLength(2);
  });

  it('lists risks across the programs the caller can see, with program names, never a members-only program to a non-member', async () => {
    const owner = await server.signIn('tpm');
    const outsider = await server.signIn('tpm');
    const open = await created(owner, '/api/programs', { name: 'Portfolio open' });
    const secret = await created(owner, '/api/programs', {
      name: 'Portfolio secret',
      visibility: 'members',
    });
    await created(owner, `/api/programs/${open.id}/risks`, {
      title: 'Visible risk',
      ownerId: outsider.user.id,
      category: 'scope',
    });
    await created(owner, `/api/programs/${secret.id}/risks`, {
      title: 'Hidden risk',
      ownerId: outsider.user.id,
      category: 'scope',
    });
    const mine = (client: typeof owner, q = '') =>
      client
        .get(`/api/risks?ownerId=${outsider.user.id}${q}`)
        .then((r) => r.body.items.map((x: { title: string; programName: string }) => x));

    expect(await mine(owner)).toEqual([
      expect.objectContaining({ title: 'Visible risk', programName: 'Portfolio open' }),
      expect.objectContaining({ title: 'Hidden risk', programName: 'Portfolio secret' }),
    ]);
    expect(await mine(outsider)).toEqual([
      expect.objectContaining({ title: 'Visible risk', programName: 'Portfolio open' }),
    ]);
    expect(await mine(owner, `&programId=${secret.id}`)).toEqual([
      expect.objectContaining({ title: 'Hidden risk' }),
    ]);
    expect(await mine(owner, '&status=closed')).toEqual([]);
    const refused = await outsider.get(`/api/risks?programId=${secret.id}`);
    expect([403, 404]).toContain(refused.status);
  });
});
