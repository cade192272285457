import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clockStartingAt } from '../../clock/clock.js';
import { TEST_CLOCK_START } from '../../../tests/support/test-clock.js';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';
import { createObjectiveService } from './objective.service.js';

/*
 * OKRs through HTTP. The clock is pinned at TEST_CLOCK_START (16 November 2026):
 * the current quarter is FY2027-Q4 (Nov 2026–Jan 2027); FY2027-Q3 ended on 31 October.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ now: TEST_CLOCK_START });
});
afterAll(async () => server?.close());

type Client = Awaited<ReturnType<TestServer['signIn']>>;

async function objective(client: Client, body: Record<string, unknown>) {
  const r = await client.post('/api/objectives', { ownerKind: 'organization', ...body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}
async function keyResult(client: Client, objectiveId: string, body: Record<string, unknown>) {
  const r = await client.post(`/api/objectives/${objectiveId}/key-results`, body);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

describe('scoring', () => {
  it('scores key results as the distance travelled, decreasing targets included, and the objective as their mean', async () => {
    const manager = await server.signIn('tpm_manager');
    const o = await objective(manager, { period: '2027-Q4', title: 'Ship faster' });
    expect(o).toMatchObject({
      period: 'FY2027-Q4',
      from: '2026-11-01',
      to: '2027-01-31',
      ownerKind: 'organization',
      state: 'draft',
      score: null,
      keyResults: [],
      programIds: [],
      childIds: [],
      parentId: null,
    });
    // (30 − 10) / (50 − 10) = 0.5.
    const up = await keyResult(manager, o.id, {
      title: 'Releases per quarter',
      startValue: 10,
      targetValue: 50,
      currentValue: 30,
    });
    expect(up.score).toBe(0.5);
    // Cycle time 20 → 5 days, now 11: (11 − 20) / (5 − 20) = 0.6.
    const down = await keyResult(manager, o.id, {
      title: 'Cycle time in days',
      startValue: 20,
      targetValue: 5,
      currentValue: 11,
      unit: 'days',
    });
    expect(down.score).toBeCloseTo(0.6, 9);
    const got = (await manager.get(`/api/objectives/${o.id}`)).body;
    expect(got.keyResults.map((k: { id: string }) => k.id)).toEqual([up.id, down.id]);
    expect(got.score).toBeCloseTo(0.55, 9);

    // Overshooting a decreasing target scores 1, not more.
    const patched = await manager.patch(`/api/key-results/${down.id}`, {
      version: down.version,
      currentValue: 2,
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body.score).toBe(1);
    expect((await manager.get(`/api/objectives/${o.id}`)).body.score).toBeCloseTo(0.75, 9);
  });

  it('updates the current value from a check-in in the same write, and keeps the history', async () => {
    const manager = await server.signIn('tpm_manager');
    const o = await objective(manager, { period: 'FY2027-Q4', title: 'Answer faster' });
    const kr = await keyResult(manager, o.id, { title: 'Answered', startValue: 0, targetValue: 4 });
    expect(kr).toMatchObject({ currentValue: null, score: 0, confidence: null });
    const first = await manager.post(`/api/key-results/${kr.id}/check-ins`, {
      value: 3,
      confidence: 7,
      note: 'Three of four.',
    });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ value: 3, confidence: 7, note: 'Three of four.' });
    await manager.post(`/api/key-results/${kr.id}/check-ins`, { confidence: 4 });
    const after = (await manager.get(`/api/objectives/${o.id}`)).body.keyResults[0];
    expect(after).toMatchObject({ currentValue: 3, score: 0.75, confidence: 4, version: 2 });
    const history = (await manager.get(`/api/key-results/${kr.id}/check-ins`)).body.items;
    expect(history.map((c: { confidence: number }) => c.confidence)).toEqual([4, 7]);
    const bad = await manager.post(`/api/key-results/${kr.id}/check-ins`, { confidence: 11 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toBe('body.confidence');
  });

  it('scores a milestone-bound key result as the share achieved', async () => {
    const manager = await server.signIn('tpm_manager');
    const program = (await manager.post('/api/programs', { name: 'Milestoned' })).body;
    const ids: string[] = [];
    for (const name of ['A', 'B', 'C', 'D'])
      ids.push(
        (await manager.post(`/api/programs/${program.id}/milestones`, { name })).body.id as string,
      );
    for (const id of ids.slice(0, 3))
      await manager.patch(`/api/milestones/${id}`, { version: 1, state: 'achieved' });
    const o = await objective(manager, { period: '2027-Q4', title: 'Deliver' });
    const kr = await keyResult(manager, o.id, {
      title: 'Milestones met',
      binding: 'milestones',
      milestoneIds: ids,
    });
    expect(kr).toMatchObject({ binding: 'milestones', currentValue: 0.75, score: 0.75 });
    const refused = await manager.post(`/api/key-results/${kr.id}/check-ins`, {
      value: 1,
      confidence: 5,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues[0].path).toBe('body.value');
  });

  it('reads a KPI-bound key result through the injected KPI function over the period and programs', async () => {
    const manager = await server.signIn('tpm_manager');
    const program = (await manager.post('/api/programs', { name: 'Measured' })).body;
    const o = await objective(manager, { period: '2027-Q4', title: 'Keep promises' });
    await keyResult(manager, o.id, {
      title: 'On time',
      binding: 'kpi',
      kpiId: 'completion_on_time_on_budget',
      startValue: 0.5,
      targetValue: 0.9,
    });
    await manager.post(`/api/objectives/${o.id}/programs`, { programId: program.id });
    const calls: unknown[] = [];
    const withKpis = createObjectiveService(
      server.db,
      clockStartingAt(new Date(TEST_CLOCK_START)),
      async (kpiId, range) => {
        calls.push({ kpiId, ...range });
        return 0.8;
      },
    );
    const got = await withKpis.read(server.db, o.id);
    expect(calls).toEqual([
      {
        kpiId: 'completion_on_time_on_budget',
        from: '2026-11-01',
        to: '2027-01-31',
        programIds: [program.id],
      },
    ]);
    // (0.8 − 0.5) / (0.9 − 0.5) = 0.75.
    expect(got.keyResults[0]).toMatchObject({ currentValue: 0.8 });
    expect(got.keyResults[0]!.score).toBeCloseTo(0.75, 9);
    const noKpi = await manager.post(`/api/objectives/${o.id}/key-results`, {
      title: 'Unbound',
      binding: 'kpi',
    });
    expect(noKpi.status).toBe(400);
    expect(noKpi.body.error.issues[0].path).toBe('body.kpiId');
  });
});

describe('the cascade', () => {
  it('lists children and the parent, refuses another period and cycles, and deletes children with the parent', async () => {
    const manager = await server.signIn('tpm_manager');
    const top = await objective(manager, { period: '2027-Q4', title: 'Top' });
    const child = await objective(manager, { period: '2027-Q4', title: 'Child', parentId: top.id });
    const grandchild = await objective(manager, {
      period: '2027-Q4',
      title: 'Grandchild',
      parentId: child.id,
    });
    expect(child.parent).toEqual({ id: top.id, title: 'Top' });
    expect((await manager.get(`/api/objectives/${top.id}`)).body.childIds).toEqual([child.id]);

    const otherPeriod = await manager.post('/api/objectives', {
      ownerKind: 'organization',
      period: '2027-Q3',
      title: 'Elsewhere',
      parentId: top.id,
    });
    expect(otherPeriod.status).toBe(400);
    expect(otherPeriod.body.error.issues[0]).toMatchObject({
      path: 'body.parentId',
      code: 'period_mismatch',
    });

    const cycle = await manager.patch(`/api/objectives/${top.id}`, {
      version: top.version,
      parentId: grandchild.id,
    });
    expect(cycle.status).toBe(400);
    expect(cycle.body.error.issues[0]).toMatchObject({ path: 'body.parentId', code: 'cycle' });

    expect((await manager.delete(`/api/objectives/${top.id}`, top.version)).status).toBe(204);
    expect((await manager.get(`/api/objectives/${grandchild.id}`)).status).toBe(404);
  });
});

describe('alignment', () => {
  it('links programs, lists them, filters by program, and shows unaligned programs', async () => {
    const tpm = await server.signIn('tpm');
    const manager = await server.signIn('tpm_manager');
    const aligned = (await tpm.post('/api/programs', { name: 'Aligned' })).body;
    const loose = (await tpm.post('/api/programs', { name: 'Loose' })).body;
    const o = await objective(manager, { period: '2027-Q4', title: 'Grow' });
    // A TPM who writes the program aligns it to an organization objective.
    const linked = await tpm.post(`/api/objectives/${o.id}/programs`, { programId: aligned.id });
    expect(linked.status, JSON.stringify(linked.body)).toBe(200);
    expect(linked.body).toEqual({ programIds: [aligned.id] });
    expect((await tpm.get(`/api/objectives/${o.id}`)).body.programIds).toEqual([aligned.id]);
    const serving = (await tpm.get(`/api/objectives?programId=${aligned.id}`)).body.items;
    expect(serving.map((x: { id: string }) => x.id)).toEqual([o.id]);

    const unaligned = (await tpm.get('/api/objectives/unaligned-programs?period=2027-Q4')).body;
    expect(unaligned.period).toBe('FY2027-Q4');
    const names = unaligned.items.map((p: { name: string }) => p.name);
    expect(names).toContain('Loose');
    expect(names).not.toContain('Aligned');
    // By default, the current quarter: the same one here.
    expect((await tpm.get('/api/objectives/unaligned-programs')).body.period).toBe('FY2027-Q4');

    expect((await tpm.delete(`/api/objectives/${o.id}/programs/${aligned.id}`)).status).toBe(204);
    expect((await tpm.get(`/api/objectives/${o.id}`)).body.programIds).toEqual([]);
    expect((await tpm.delete(`/api/objectives/${o.id}/programs/${loose.id}`)).status).toBe(404);
  });
});

describe('states', () => {
  it('commits a draft once, refuses grading before the period ends, and freezes a graded objective', async () => {
    const manager = await server.signIn('tpm_manager');
    const current = await objective(manager, { period: '2027-Q4', title: 'Now' });
    const committed = await manager.post(`/api/objectives/${current.id}/commit`, {});
    expect(committed.status).toBe(200);
    expect(committed.body.state).toBe('committed');
    expect((await manager.post(`/api/objectives/${current.id}/commit`, {})).status).toBe(409);
    const early = await manager.post(`/api/objectives/${current.id}/grade`, {});
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('objective_state');
    expect(early.body.error.message).toBe(
      'The objective cannot be graded before its period ends on 2027-01-31.',
    );

    const past = await objective(manager, { period: '2027-Q3', title: 'Last quarter' });
    const kr = await keyResult(manager, past.id, {
      title: 'Done',
      startValue: 0,
      targetValue: 10,
      currentValue: 7,
    });
    const graded = await manager.post(`/api/objectives/${past.id}/grade`, {});
    expect(graded.status, JSON.stringify(graded.body)).toBe(200);
    expect(graded.body).toMatchObject({ state: 'graded', grade: 0.7, score: 0.7 });
    expect(graded.body.gradedAt).not.toBeNull();
    for (const attempt of [
      manager.patch(`/api/objectives/${past.id}`, { version: graded.body.version, title: 'X' }),
      manager.patch(`/api/key-results/${kr.id}`, { version: kr.version, currentValue: 9 }),
      manager.post(`/api/key-results/${kr.id}/check-ins`, { value: 9, confidence: 9 }),
      manager.post(`/api/objectives/${past.id}/key-results`, { title: 'More' }),
      manager.delete(`/api/objectives/${past.id}`, graded.body.version),
    ]) {
      const r = await attempt;
      expect(r.status, JSON.stringify(r.body)).toBe(409);
      expect(r.body.error.code).toBe('objective_graded');
    }
    expect(await server.auditActions('objective', past.id)).toEqual(['create', 'grade']);
  });
});

describe('permissions', () => {
  it('lets managers write organization and team objectives and a person their own', async () => {
    const tpm = await server.signIn('tpm');
    const other = await server.signIn('tpm');
    const stakeholder = await server.signIn('stakeholder');
    const org = await tpm.post('/api/objectives', {
      ownerKind: 'organization',
      period: '2027-Q4',
      title: 'Mine?',
    });
    expect(org.status).toBe(403);
    expect(org.body.error.code).toBe('forbidden');
    const team = (await (await server.signIn('admin')).post('/api/teams', { name: 'OKR team' }))
      .body;
    const teamObjective = await tpm.post('/api/objectives', {
      ownerKind: 'team',
      teamId: team.id,
      period: '2027-Q4',
      title: 'Team',
    });
    expect(teamObjective.status).toBe(403);

    const mine = await objective(tpm, { ownerKind: 'person', period: '2027-Q4', title: 'Learn' });
    expect(mine).toMatchObject({ personId: tpm.user.id, personName: tpm.user.name });
    const theirs = await other.patch(`/api/objectives/${mine.id}`, {
      version: mine.version,
      title: 'Mine now',
    });
    expect(theirs.status).toBe(403);
    expect((await stakeholder.get(`/api/objectives/${mine.id}`)).status).toBe(200);
    expect(
      (await stakeholder.post(`/api/objectives/${mine.id}/key-results`, { title: 'x' })).status,
    ).toBe(403);
    const forSomeoneElse = await tpm.post('/api/objectives', {
      ownerKind: 'person',
      personId: other.user.id,
      period: '2027-Q4',
      title: 'Yours',
    });
    expect(forSomeoneElse.status).toBe(403);
    const mineByMe = (await tpm.get('/api/objectives?personId=me')).body.items;
    expect(mineByMe.map((x: { id: string }) => x.id)).toEqual([mine.id]);
  });

  it('needs write on a program to align it', async () => {
    const owner = await server.signIn('tpm');
    const outsider = await server.signIn('tpm');
    const manager = await server.signIn('tpm_manager');
    const program = (await owner.post('/api/programs', { name: 'Guarded', visibility: 'members' }))
      .body;
    const o = await objective(manager, { period: '2027-Q4', title: 'Guard' });
    const r = await outsider.post(`/api/objectives/${o.id}/programs`, { programId: program.id });
    expect([403, 404]).toContain(r.status);
    expect((await manager.get(`/api/objectives/${o.id}`)).body.programIds).toEqual([]);
  });
});
