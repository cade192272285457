import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../support/api-client.js';
import { created, forecastFinished } from '../../support/api-steps.js';
import { startTestServer, type TestServer } from '../../support/test-server.js';

/**
 * Budgets and costs are for a program's members, TPM managers and admins
 * (issue 14): everyone else reading an organization-visible program gets null.
 */
let server: TestServer;
type Client = ApiClient & { user: { id: string } };
let owner: Client;
let viewer: Client;
let tpmOutsider: Client;
let stakeholderOutsider: Client;
let manager: Client;
let program: string;
let task: string;
let forecast: string;
const BUDGET = 1_234_500;

const sees = () => [
  ['the owner (tpm)', owner],
  ['a stakeholder viewer', viewer],
  ['a tpm_manager', manager],
];
const doesNotSee = () => [
  ['a tpm non-member', tpmOutsider],
  ['a stakeholder non-member', stakeholderOutsider],
];

beforeAll(async () => {
  server = await startTestServer({ runJobs: true });
  owner = await server.signIn('tpm');
  viewer = await server.signIn('stakeholder');
  tpmOutsider = await server.signIn('tpm');
  stakeholderOutsider = await server.signIn('stakeholder');
  manager = await server.signIn('tpm_manager');
  program = (
    await created(owner, '/api/programs', {
      name: 'Open books',
      startDate: '2026-11-16',
      budgetCents: BUDGET,
    })
  ).id;
  const member = await owner.post(`/api/programs/${program}/members`, {
    userId: viewer.user.id,
    role: 'viewer',
  });
  expect(member.status, JSON.stringify(member.body)).toBe(201);
  task = (
    await created(owner, `/api/programs/${program}/tasks`, {
      name: 'Build',
      estimateHours: 16,
      estimateOptimisticHours: 8,
      estimatePessimisticHours: 40,
      fixedCost: 5000,
      costPerHour: 120,
    })
  ).id;
  await created(owner, `/api/programs/${program}/risks`, {
    title: 'Vendor late',
    probability: 0.3,
    delayHours: 16,
    cost: 7500,
    taskIds: [task],
  });
  const run = await owner.post(`/api/programs/${program}/forecasts`, {
    iterations: 300,
    seed: 7,
  });
  expect(run.status, JSON.stringify(run.body)).toBe(202);
  forecast = run.body.id;
  const done = await forecastFinished(owner, forecast);
  expect(done.status, JSON.stringify(done.error)).toBe('succeeded');
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('a program’s budget', () => {
  it('is shown to members, managers and admins, null to other readers (one program)', async () => {
    for (const [who, client] of sees()) {
      const r = await (client as ApiClient).get(`/api/programs/${program}`);
      expect(r.status, who as string).toBe(200);
      expect(r.body.budgetCents, who as string).toBe(BUDGET);
    }
    for (const [who, client] of doesNotSee()) {
      const r = await (client as ApiClient).get(`/api/programs/${program}`);
      expect(r.status, who as string).toBe(200);
      expect(r.body.name, who as string).toBe('Open books');
      expect(r.body.budgetCents, who as string).toBeNull();
    }
  });

  it('is hidden the same way in the program list and the plan', async () => {
    const listed = async (client: ApiClient) =>
      (await client.get('/api/programs?q=Open%20books')).body.items[0];
    expect((await listed(viewer)).budgetCents).toBe(BUDGET);
    expect((await listed(tpmOutsider)).budgetCents).toBeNull();
    const plan = (await tpmOutsider.get(`/api/programs/${program}/plan`)).body;
    expect(plan.program.budgetCents).toBeNull();
    expect(plan.tasks[0]).toMatchObject({ name: 'Build', fixedCost: null, costPerHour: null });
    const memberPlan = (await viewer.get(`/api/programs/${program}/plan`)).body;
    expect(memberPlan.program.budgetCents).toBe(BUDGET);
    expect(memberPlan.tasks[0]).toMatchObject({ fixedCost: 5000, costPerHour: 120 });
  });
});

describe('task and risk costs', () => {
  it('are shown to members and managers, null to other readers', async () => {
    for (const [who, client] of sees()) {
      const one = await (client as ApiClient).get(`/api/tasks/${task}`);
      expect(one.body, who as string).toMatchObject({ fixedCost: 5000, costPerHour: 120 });
      const list = await (client as ApiClient).get(`/api/programs/${program}/tasks`);
      expect(list.body.items[0], who as string).toMatchObject({ fixedCost: 5000 });
      const risks = await (client as ApiClient).get(`/api/programs/${program}/risks`);
      expect(risks.body.items[0].cost, who as string).toBe(7500);
    }
    for (const [who, client] of doesNotSee()) {
      const one = await (client as ApiClient).get(`/api/tasks/${task}`);
      expect(one.status, who as string).toBe(200);
      expect(one.body, who as string).toMatchObject({
        name: 'Build',
        estimateHours: 16,
        fixedCost: null,
        costPerHour: null,
      });
      const list = await (client as ApiClient).get(`/api/programs/${program}/tasks`);
      expect(list.body.items[0], who as string).toMatchObject({ fixedCost: null });
      const risks = await (client as ApiClient).get(`/api/programs/${program}/risks`);
      expect(risks.body.items[0], who as string).toMatchObject({
        title: 'Vendor late',
        cost: null,
      });
    }
  });
});

describe('forecast costs', () => {
  it('show the cost distribution to members only; others keep the dates', async () => {
    const mine = (await viewer.get(`/api/forecasts/${forecast}`)).body;
    expect(mine.result.cost.mean).toBeGreaterThan(5000);
    expect(mine.result.jointConfidence.length).toBeGreaterThan(0);
    for (const [who, client] of doesNotSee()) {
      const theirs = (await (client as ApiClient).get(`/api/forecasts/${forecast}`)).body;
      expect(theirs.result.cost, who as string).toBeNull();
      expect(theirs.result.jointConfidence, who as string).toEqual([]);
      expect(theirs.result.finish, who as string).toEqual(mine.result.finish);
    }
  });

  it('hide a portfolio’s cost from whoever may not see every program in it', async () => {
    const other = (await created(manager, '/api/programs', { name: 'Other books' })).id;
    await created(manager, `/api/programs/${other}/tasks`, {
      name: 'Elsewhere',
      estimateHours: 8,
      fixedCost: 100,
    });
    const run = await owner.post('/api/portfolio/forecasts', {
      programIds: [program, other],
      iterations: 200,
      seed: 3,
    });
    expect(run.status, JSON.stringify(run.body)).toBe(202);
    const done = await forecastFinished(manager, run.body.id);
    expect(done.status, JSON.stringify(done.error)).toBe('succeeded');
    expect(done.result.cost).not.toBeNull();
    // The owner is a member of one program of the two: the total includes the other's costs.
    const ownerView = (await owner.get(`/api/forecasts/${run.body.id}`)).body;
    expect(ownerView.result.cost).toBeNull();
    expect(ownerView.result.programs.map((p: { name: string }) => p.name).sort()).toEqual([
      'Open books',
      'Other books',
    ]);
  });
});

describe('the plan export', () => {
  it('leaves costs out of a non-member’s file and keeps them in a member’s', async () => {
    const file = async (client: ApiClient) => {
      const r = await client.get(`/api/programs/${program}/export?format=yaml`);
      expect(r.status).toBe(200);
      return String(r.body);
    };
    const member = await file(viewer);
    expect(member).toContain('perHour: 120');
    expect(member).toContain('cost: 7500');
    for (const client of [tpmOutsider, stakeholderOutsider]) {
      const outsider = await file(client);
      expect(outsider).toContain('Build');
      expect(outsider).toContain('Vendor late');
      expect(outsider).not.toMatch(/perHour|fixed:|cost:/);
    }
  });
});

describe('forecast accuracy across programs', () => {
  it('scores a members-only program’s milestones only for those who may see it', async () => {
    const hidden = await created(owner, '/api/programs', {
      name: 'Hidden Heron',
      visibility: 'members',
      startDate: '2026-11-16',
    });
    const a = await created(owner, `/api/programs/${hidden.id}/tasks`, {
      name: 'Heron work',
      estimateHours: 8,
    });
    const m = await created(owner, `/api/programs/${hidden.id}/milestones`, {
      name: 'Heron landing',
    });
    await created(owner, '/api/dependencies', { predecessorId: a.id, successorId: m.id });
    const run = await owner.post(`/api/programs/${hidden.id}/forecasts`, {
      iterations: 200,
      seed: 5,
    });
    await forecastFinished(owner, run.body.id);
    // Made a month before the milestone was achieved, so it is scored.
    await server.db.query(
      `UPDATE forecasts SET requested_at = $2::timestamptz - interval '30 days' WHERE id = $1`,
      [run.body.id, server.container.clock()],
    );
    const achieved = await owner.patch(`/api/milestones/${m.id}`, {
      version: m.version,
      state: 'achieved',
    });
    expect(achieved.status, JSON.stringify(achieved.body)).toBe(200);
    const scoredItems = async (client: ApiClient) => {
      const r = await client.get('/api/forecast-accuracy');
      expect(r.status).toBe(200);
      return r.body.scored.map((s: { itemId: string }) => s.itemId);
    };
    expect(await scoredItems(owner)).toContain(m.id);
    expect(await scoredItems(manager)).toContain(m.id);
    for (const [who, client] of doesNotSee()) {
      const r = await (client as ApiClient).get('/api/forecast-accuracy');
      expect(r.status, who as string).toBe(200);
      expect(JSON.stringify(r.body), who as string).not.toMatch(/Heron/);
      expect(JSON.stringify(r.body), who as string).not.toContain(hidden.id);
    }
  });
});
