import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { created } from '../../../tests/support/api-steps.js';
import { tableChecksums } from '../../../tests/support/table-checksums.js';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

type Client = Awaited<ReturnType<TestServer['signIn']>>;

/** The plan's own tables: what approving writes and rejecting must leave alone. */
const PLAN_TABLES = [
  'public.programs',
  'public.tasks',
  'public.milestones',
  'public.dependencies',
  'public.success_criteria',
  'public.baselines',
];

/**
 * Design → Build → Test, all in milestone "Launch"; Docs on the side.
 * Starts Monday 1 Mar 2027, before any actuals, so dates do not depend on today.
 */
async function plan(client: Client) {
  const program = await created(client, '/api/programs', {
    name: `Change control ${Math.random()}`,
    startDate: '2027-03-01',
    targetDate: '2027-04-30',
    budgetCents: 5_000_000,
  });
  const id = program.id;
  const launch = await created(client, `/api/programs/${id}/milestones`, {
    name: 'Launch',
    dueDate: '2027-04-09',
    criteria: [{ description: 'Signed off' }],
  });
  const task = async (name: string, estimateHours: number, extra: object = {}) =>
    (
      await created(client, `/api/programs/${id}/tasks`, {
        name,
        estimateHours,
        milestoneId: launch.id,
        costPerHour: 100,
        ...extra,
      })
    ).id;
  const design = await task('Design', 40, { estimatePessimisticHours: 60 });
  const build = await task('Build', 80);
  const test = await task('Test', 24);
  const docs = (
    await created(client, `/api/programs/${id}/tasks`, { name: 'Docs', estimateHours: 16 })
  ).id;
  const link = async (from: string, to: string) =>
    (await created(client, '/api/dependencies', { predecessorId: from, successorId: to })).id;
  const designToBuild = await link(design, build);
  await link(build, test);
  const milestone = (await client.get(`/api/milestones/${launch.id}`)).body;
  return {
    programId: id,
    launch: launch.id,
    criterionId: milestone.criteria[0].id as string,
    design,
    build,
    test,
    docs,
    designToBuild,
  };
}
type Plan = Awaited<ReturnType<typeof plan>>;

async function propose(client: Client, programId: string, changes: unknown[], extra: object = {}) {
  const r = await client.post(`/api/programs/${programId}/change-requests`, {
    title: 'Scope change',
    reason: 'The customer asked for it',
    changes,
    ...extra,
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

async function approve(client: Client, cr: { id: string; version: number }) {
  return client.post(`/api/change-requests/${cr.id}/decision`, {
    version: cr.version,
    outcome: 'approved',
    reason: 'Worth it',
  });
}

/** Proposes, approves, and checks the stored schedule is the impact's `after`. */
async function impactMatchesApproval(client: Client, p: Plan, changes: unknown[]) {
  const cr = await propose(client, p.programId, changes);
  const approved = await approve(client, cr);
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  expect(approved.body.status).toBe('approved');
  const schedule = (await client.get(`/api/programs/${p.programId}/schedule`)).body;
  expect(schedule.finish).toBe(cr.impact.finish.after);
  for (const m of cr.impact.milestones) {
    const item = schedule.items.find((i: { id: string }) => i.id === m.id);
    expect(item.earlyFinish, m.name).toBe(m.after);
  }
  return { cr, schedule };
}

describe('a change request’s impact equals what approving it yields', () => {
  it('update_task: a longer estimate moves the milestone and the finish', async () => {
    const tpm = await server.signIn('tpm');
    const p = await plan(tpm);
    const { cr } = await impactMatchesApproval(tpm, p, [
      { kind: 'update_task', taskId: p.build, estimateHours: 120 },
    ]);
    expect(cr.label).toBe('CR-1');
    expect(cr.impact.finishDeltaWorkingDays).toBe(5);
    expect(cr.impact.milestones[0]).toMatchObject({ name: 'Launch', deltaWorkingDays: 5 });
    expect(cr.impact.cost.after - cr.impact.cost.before).toBe(4000);
    expect(cr.impact.p80.after > cr.impact.p80.before).toBe(true);
    expect(cr.impact.targetProbability.after).toBeLessThanOrEqual(
      cr.impact.targetProbability.before,
    );
    expect((await tpm.get(`/api/tasks/${p.build}`)).body.estimateHours).toBe(120);
  });

  it('add_task: new work in the milestone', async () => {
    const tpm = await server.signIn('tpm');
    const p = await plan(tpm);
    const { cr } = await impactMatchesApproval(tpm, p, [
      { kind: 'add_task', name: 'Security review', estimateHours: 200, milestoneId: p.launch },
    ]);
    expect(cr.impact.finish.after > cr.impact.finish.before).toBe(true);
    expect(cr.impact.newlyCritical.map((t: { name: string }) => t.name)).toContain(
      'Security review',
    );
  });

  it('remove_task: the milestone comes earlier', async () => {
    const tpm = await server.signIn('tpm');
    const p = await plan(tpm);
    const { cr } = await impactMatchesApproval(tpm, p, [{ kind: 'remove_task', taskId: p.test }]);
    expect(cr.impact.milestones[0].deltaWorkingDays).toBe(-3);
    expect((await tpm.get(`/api/tasks/${p.test}`)).status).toBe(404);
  });

  it('add_dependency and remove_dependency', async () => {
    const tpm = await server.signIn('tpm');
    const p = await plan(tpm);
    const added = await impactMatchesApproval(tpm, p, [
      { kind: 'add_dependency', predecessorId: p.test, successorId: p.docs, lagMinutes: 480 },
    ]);
    expect(added.cr.impact.finishDeltaWorkingDays).toBe(3);
    const removed = await impactMatchesApproval(tpm, p, [
      { kind: 'remove_dependency', dependencyId: p.designToBuild },
    ]);
    expect(removed.cr.label).toBe('CR-2');
    expect(removed.cr.impact.finish.after < removed.cr.impact.finish.before).toBe(true);
  });

  it('move_milestone, change_budget, add_criterion and remove_criterion', async () => {
    const tpm = await server.signIn('tpm');
    const p = await plan(tpm);
    const { cr } = await impactMatchesApproval(tpm, p, [
      { kind: 'move_milestone', milestoneId: p.launch, date: '2027-05-14' },
      { kind: 'change_budget', budgetCents: 7_500_000 },
      { kind: 'add_criterion', milestoneId: p.launch, description: 'Load tested' },
      { kind: 'remove_criterion', criterionId: p.criterionId },
    ]);
    expect(cr.impact.finishDeltaWorkingDays).toBe(0);
    expect(cr.impact.budget).toEqual({ before: 5_000_000, after: 7_500_000 });
    expect(cr.impact.cost.after).toBe(cr.impact.cost.before);
    const program = (await tpm.get(`/api/programs/${p.programId}`)).body;
    expect(program.budgetCents).toBe(cr.impact.budget.after);
    const milestone = (await tpm.get(`/api/milestones/${p.launch}`)).body;
    expect(milestone.dueDate).toBe('2027-05-14');
    expect(milestone.criteria.map((c: { description: string }) => c.description)).toEqual([
      'Load tested',
    ]);
  });

  it('approval saves the baseline "before CR-n" and audits every edit under the request', async () => {
    const tpm = await server.signIn('tpm');
    const p = await plan(tpm);
    const { cr } = await impactMatchesApproval(tpm, p, [
      { kind: 'update_task', taskId: p.design, estimateHours: 48 },
      { kind: 'update_task', taskId: p.test, estimateHours: 32 },
    ]);
    const after = (await tpm.get(`/api/change-requests/${cr.id}`)).body;
    expect(after.decision).toMatchObject({ outcome: 'approved', reason: 'Worth it' });
    const baseline = (await tpm.get(`/api/baselines/${after.baselineId}`)).body;
    expect(baseline.name).toBe('before CR-1');
    expect(baseline.schedule.finish).toBe(cr.impact.finish.before);
    const groups = await server.db.query<{ request_id: string; n: number }>(
      `SELECT request_id, count(*)::int AS n FROM audit_events
        WHERE entity_id = ANY($1::text[]) AND action = 'update' GROUP BY request_id`,
      [[p.design, p.test, cr.id]],
    );
    expect(groups.rows).toEqual([{ request_id: expect.any(String), n: 3 }]);
  });
});

describe('deciding', () => {
  it('a rejected or deferred request leaves the plan as it was', async () => {
    const tpm = await server.signIn('tpm');
    const p = await plan(tpm);
    const cr = await propose(tpm, p.programId, [
      { kind: 'update_task', taskId: p.build, estimateHours: 400 },
      { kind: 'remove_task', taskId: p.docs },
      { kind: 'change_budget', budgetCents: 1 },
    ]);
    const before = await tableChecksums(server.db, PLAN_TABLES);
    const deferred = await tpm.post(`/api/change-requests/${cr.id}/decision`, {
      version: cr.version,
      outcome: 'deferred',
      reason: 'Next quarter',
      deferredUntil: '2027-06-01',
    });
    expect(deferred.status, JSON.stringify(deferred.body)).toBe(200);
    expect(deferred.body.decision).toMatchObject({ deferredUntil: '2027-06-01' });
    // A deferred request is decided again later.
    const rejected = await tpm.post(`/api/change-requests/${cr.id}/decision`, {
      version: deferred.body.version,
      outcome: 'rejected',
      reason: 'Out of scope',
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body.status).toBe('rejected');
    expect(await tableChecksums(server.db, PLAN_TABLES)).toEqual(before);
    const again = await tpm.post(`/api/change-requests/${cr.id}/decision`, {
      version: rejected.body.version,
      outcome: 'approved',
      reason: 'Changed my mind',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('change_request_closed');
  });

  it('a stale approval gets 409 impact_stale with nothing applied; after a read it goes through', async () => {
    const tpm = await server.signIn('tpm');
    const p = await plan(tpm);
    const cr = await propose(tpm, p.programId, [
      { kind: 'update_task', taskId: p.build, estimateHours: 120 },
    ]);
    const task = (await tpm.get(`/api/tasks/${p.design}`)).body;
    await tpm.patch(`/api/tasks/${p.design}`, { version: task.version, estimateHours: 64 });
    const before = await tableChecksums(server.db, [
      ...PLAN_TABLES,
      'public.change_requests',
      'public.audit_events',
    ]);
    const stale = await approve(tpm, cr);
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('impact_stale');
    expect(
      await tableChecksums(server.db, [
        ...PLAN_TABLES,
        'public.change_requests',
        'public.audit_events',
      ]),
    ).toEqual(before);
    const reread = (await tpm.get(`/api/change-requests/${cr.id}`)).body;
    expect(reread.impact.planHash).not.toBe(cr.impact.planHash);
    expect(reread.impact.finish.before).not.toBe(cr.impact.finish.before);
    const approved = await approve(tpm, reread);
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    const schedule = (await tpm.get(`/api/programs/${p.programId}/schedule`)).body;
    expect(schedule.finish).toBe(reread.impact.finish.after);
  });

  it('needs a reason, and a date to defer until', async () => {
    const tpm = await server.signIn('tpm');
    const p = await plan(tpm);
    const cr = await propose(tpm, p.programId, []);
    const noReason = await tpm.post(`/api/change-requests/${cr.id}/decision`, {
      version: 1,
      outcome: 'rejected',
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.issues.map((i: { path: string }) => i.path)).toEqual([
      'body.reason',
    ]);
    const noDate = await tpm.post(`/api/change-requests/${cr.id}/decision`, {
      version: 1,
      outcome: 'deferred',
      reason: 'Later',
    });
    expect(noDate.status).toBe(400);
    expect(noDate.body.error.issues[0].path).toBe('body.deferredUntil');
  });
});

describe('a change request’s life', () => {
  it('draft → edited → submitted; listed with a status filter; only open ones are deleted', async () => {
    const tpm = await server.signIn('tpm');
    const p = await plan(tpm);
    const draft = await propose(tpm, p.programId, [], { draft: true });
    expect(draft).toMatchObject({ status: 'draft', requestedById: tpm.user.id, version: 1 });
    expect(draft.impact.finishDeltaWorkingDays).toBe(0);
    const edited = await tpm.patch(`/api/change-requests/${draft.id}`, {
      version: 1,
      title: 'Bigger build',
      changes: [{ kind: 'update_task', taskId: p.build, estimateHours: 160 }],
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({ title: 'Bigger build', version: 2 });
    expect(edited.body.impact.finishDeltaWorkingDays).toBe(10);
    const submitted = await tpm.post(`/api/change-requests/${draft.id}/submit`, { version: 2 });
    expect(submitted.body.status).toBe('submitted');
    const other = await propose(tpm, p.programId, []);
    expect(other.number).toBe(2);
    const list = await tpm.get(`/api/programs/${p.programId}/change-requests?status=submitted`);
    expect(list.body.items.map((c: { label: string }) => c.label)).toEqual(['CR-2', 'CR-1']);
    await tpm.post(`/api/change-requests/${other.id}/decision`, {
      version: 1,
      outcome: 'rejected',
      reason: 'No',
    });
    const refused = await tpm.delete(`/api/change-requests/${other.id}?version=2`);
    expect(refused.status).toBe(409);
    const deleted = await tpm.delete(`/api/change-requests/${draft.id}?version=3`);
    expect(deleted.status).toBe(204);
    expect(await server.auditActions('change_request', draft.id)).toEqual([
      'create',
      'update',
      'update',
      'delete',
    ]);
  });
});

describe('invalid changes name their fields', () => {
  it('schema errors: one issue per bad field of the branch `kind` names', async () => {
    const tpm = await server.signIn('tpm');
    const p = await plan(tpm);
    const r = await tpm.post(`/api/programs/${p.programId}/change-requests`, {
      title: 'Bad',
      reason: 'Testing',
      changes: [
        { kind: 'explode', taskId: p.build },
        { kind: 'update_task', taskId: p.build, estimateHours: -5 },
        { kind: 'move_milestone', milestoneId: p.launch },
      ],
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      'body.changes[0].kind',
      'body.changes[1].estimateHours',
      'body.changes[2].date',
    ]);
    const kind = r.body.error.issues.find(
      (i: { path: string }) => i.path === 'body.changes[0].kind',
    );
    expect(kind).toMatchObject({ code: 'enum' });
    expect(kind.message).toContain('update_task');
    const noKind = await tpm.post(`/api/programs/${p.programId}/change-requests`, {
      title: 'Bad',
      reason: 'Testing',
      changes: [{ taskId: p.build }],
    });
    expect(noKind.body.error.issues).toEqual([
      expect.objectContaining({ path: 'body.changes[0].kind', code: 'required' }),
    ]);
  });

  it('domain errors: checked as the direct edit, named under the change', async () => {
    const tpm = await server.signIn('tpm');
    const p = await plan(tpm);
    const elsewhere = await plan(tpm);
    const before = await tableChecksums(server.db, [...PLAN_TABLES, 'public.change_requests']);
    const foreign = await tpm.post(`/api/programs/${p.programId}/change-requests`, {
      title: 'Bad',
      reason: 'Testing',
      changes: [
        { kind: 'update_task', taskId: p.build, estimateHours: 90 },
        { kind: 'update_task', taskId: elsewhere.build, estimateHours: 90 },
      ],
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.issues.map((i: { path: string }) => i.path)).toEqual([
      'body.changes[1].taskId',
    ]);
    const cycle = await tpm.post(`/api/programs/${p.programId}/change-requests`, {
      title: 'Bad',
      reason: 'Testing',
      changes: [{ kind: 'add_dependency', predecessorId: p.test, successorId: p.design }],
    });
    expect(cycle.status).toBe(409);
    expect(cycle.body.error.code).toBe('dependency_cycle');
    expect(cycle.body.error.issues[0].path).toBe('body.changes[0].successorId');
    const badDate = await tpm.post(`/api/programs/${p.programId}/change-requests`, {
      title: 'Bad',
      reason: 'Testing',
      changes: [
        {
          kind: 'update_task',
          taskId: p.build,
          constraintType: 'SNET',
          constraintDate: '2027-02-30T08:00:00',
        },
      ],
    });
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.issues[0].path).toBe('body.changes[0].constraintDate');
    // The validation runs were rolled back: not a row written.
    expect(await tableChecksums(server.db, [...PLAN_TABLES, 'public.change_requests'])).toEqual(
      before,
    );
  });
});
