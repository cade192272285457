import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../support/api-client.js';
import { created } from '../../support/api-steps.js';
import { startTestServer, type TestServer } from '../../support/test-server.js';

/**
 * Lists that span programs show only the programs the caller may see (issue 14):
 * a members-only program leaves no id and no name for a non-member, while a
 * person's hours and the headcount demand still add up.
 */
let server: TestServer;
type Client = ApiClient & { user: { id: string } };
let secretOwner: Client;
let memberStakeholder: Client;
let tpmOutsider: Client;
let stakeholderOutsider: Client;
let manager: Client;
let admin: Client;
let person: Client;
let secret: string;
let open: string;
let request: string;
let secretTask: string;
let feedUrl: string;
const SECRET_NAME = 'Secret Falcon';

/** Neither the members-only program's id nor its name, anywhere in the answer. */
const expectNoTrace = (body: unknown, who: string) => {
  const text = JSON.stringify(body);
  expect(text, who).not.toContain(secret);
  expect(text, who).not.toContain('Falcon');
};
const expectTrace = (body: unknown, who: string) => {
  expect(JSON.stringify(body), who).toContain(secret);
};
const outsiders = (): [string, ApiClient][] => [
  ['a tpm non-member', tpmOutsider],
  ['a stakeholder non-member', stakeholderOutsider],
];
const insiders = (): [string, ApiClient][] => [
  ['a stakeholder viewer', memberStakeholder],
  ['a tpm_manager', manager],
  ['the owner', secretOwner],
];

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.signIn('admin');
  secretOwner = await server.signIn('tpm');
  memberStakeholder = await server.signIn('stakeholder');
  tpmOutsider = await server.signIn('tpm');
  stakeholderOutsider = await server.signIn('stakeholder');
  manager = await server.signIn('tpm_manager');
  person = await server.signIn('tpm', { name: 'Pat Person' });
  secret = (
    await created(secretOwner, '/api/programs', {
      name: SECRET_NAME,
      visibility: 'members',
      startDate: '2026-11-16',
    })
  ).id;
  open = (
    await created(secretOwner, '/api/programs', { name: 'Open Harbor', startDate: '2026-11-16' })
  ).id;
  const added = await secretOwner.post(`/api/programs/${secret}/members`, {
    userId: memberStakeholder.user.id,
    role: 'viewer',
  });
  expect(added.status, JSON.stringify(added.body)).toBe(201);

  // Pat owns a task under each program's milestone, and is booked on both.
  const secretMilestone = (
    await created(secretOwner, `/api/programs/${secret}/milestones`, {
      name: 'Falcon launch',
      dueDate: '2027-02-01',
    })
  ).id;
  const openMilestone = (
    await created(secretOwner, `/api/programs/${open}/milestones`, {
      name: 'Harbor opening',
      dueDate: '2027-02-02',
    })
  ).id;
  secretTask = (
    await created(secretOwner, `/api/programs/${secret}/tasks`, {
      name: 'Falcon wiring',
      estimateHours: 16,
      ownerId: person.user.id,
      milestoneId: secretMilestone,
    })
  ).id;
  const openTask = (
    await created(secretOwner, `/api/programs/${open}/tasks`, {
      name: 'Harbor wiring',
      estimateHours: 16,
      ownerId: person.user.id,
      milestoneId: openMilestone,
    })
  ).id;
  await created(secretOwner, '/api/dependencies', {
    predecessorId: secretTask,
    successorId: openTask,
  });
  await created(secretOwner, `/api/tasks/${openTask}/assignments`, {
    userId: person.user.id,
    confirmOverAllocation: true,
  });
  for (const [programId, percent] of [
    [secret, 50],
    [open, 30],
  ] as const)
    await created(admin, '/api/allocations', {
      personId: person.user.id,
      programId,
      percent,
      from: '2026-11-16',
      note: `for ${programId === secret ? 'Falcon' : 'Harbor'}`,
      confirmOverAllocation: true,
    });
  await created(admin, '/api/headcount/needs', {
    quarter: 'FY2027-Q4',
    source: 'program',
    programId: secret,
    fte: 2,
    description: 'Falcon hires',
  });
  const asked = await created(stakeholderOutsider, '/api/requests', { title: 'A new dashboard' });
  request = asked.id;
  const accepted = await admin.post(`/api/requests/${request}/triage`, {
    action: 'accept',
    programId: secret,
    version: asked.version,
  });
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
  for (const programIds of [[open], [secret, open]]) {
    const run = await admin.post('/api/portfolio/forecasts', { programIds, iterations: 100 });
    expect(run.status, JSON.stringify(run.body)).toBe(202);
  }
  const feed = await person.post('/api/me/calendar-feed', undefined);
  expect(feed.status, JSON.stringify(feed.body)).toBe(201);
  feedUrl = feed.body.url;
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('dependencies', () => {
  it('leave out links to a program one may not see, in every list', async () => {
    for (const [who, client] of outsiders()) {
      const all = await client.get('/api/dependencies');
      expect(all.status, who).toBe(200);
      expectNoTrace(all.body, who);
      const ofOpen = await client.get(`/api/dependencies?programId=${open}`);
      expect(ofOpen.body.items, who).toEqual([]);
      const plan = await client.get(`/api/programs/${open}/plan`);
      expect(
        plan.body.tasks.map((t: { name: string }) => t.name),
        who,
      ).toEqual(['Harbor wiring']);
      expectNoTrace(plan.body, who);
    }
    for (const [who, client] of insiders()) {
      const all = await client.get(`/api/dependencies?programId=${open}`);
      expect(all.body.items, who).toHaveLength(1);
      expect(all.body.items[0].predecessor, who).toMatchObject({ programId: secret });
    }
  });
});

describe('the schedule of a program driven by a hidden one', () => {
  it('does not name the hidden program’s items among the drivers', async () => {
    const drivers = async (client: ApiClient) => {
      const r = await client.get(`/api/programs/${open}/schedule`);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      return r.body.items.find((i: { name: string }) => i.name === 'Harbor wiring')
        .drivingPredecessorIds;
    };
    expect(await drivers(memberStakeholder)).toContain(secretTask);
    for (const [who, client] of outsiders()) {
      expect(await drivers(client), who).not.toContain(secretTask);
      expectNoTrace((await client.get(`/api/programs/${open}/schedule`)).body, who);
    }
  });

  it('nor does a baseline of it', async () => {
    const baseline = await created(secretOwner, `/api/programs/${open}/baselines`, { name: 'B' });
    const drivers = async (client: ApiClient) => {
      const r = await client.get(`/api/baselines/${baseline.id}`);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      return r.body.schedule.items.find((i: { name: string }) => i.name === 'Harbor wiring')
        .drivingPredecessorIds;
    };
    expect(await drivers(manager)).toContain(secretTask);
    for (const [who, client] of outsiders())
      expect(await drivers(client), who).not.toContain(secretTask);
  });
});

describe('capacity', () => {
  it('keeps a person’s hours on a hidden program, without its id or name', async () => {
    const allocations = await tpmOutsider.get(`/api/allocations?personId=${person.user.id}`);
    expect(allocations.status).toBe(200);
    expectNoTrace(allocations.body, 'allocations');
    expect(
      allocations.body.items
        .map((a: { programName: string; percent: number }) => [a.programName, a.percent])
        .sort(),
    ).toEqual([
      ['Members-only program', 50],
      ['Open Harbor', 30],
    ]);
    expectTrace(
      (await memberStakeholder.get(`/api/allocations?personId=${person.user.id}`)).body,
      'member',
    );
  });

  it('shows the same load in the heatmap and the person’s weeks, the hidden program unnamed', async () => {
    const week = async (client: ApiClient, path: string) => {
      const r = await client.get(path);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      return r.body;
    };
    const heatmapPath = '/api/capacity/heatmap?from=2026-11-16&weeks=2';
    const personPath = `/api/people/${person.user.id}/capacity?from=2026-11-16&weeks=2`;
    const full = await week(manager, personPath);
    const programsSeen = full.cells[0].programs.map((p: { programName: string }) => p.programName);
    expect(programsSeen.sort()).toEqual(['Open Harbor', SECRET_NAME]);
    for (const [who, client] of outsiders()) {
      const heatmap = await week(client, heatmapPath);
      expectNoTrace(heatmap, who);
      const own = await week(client, personPath);
      expectNoTrace(own, who);
      expect(
        own.cells.map((c: { loadHours: number }) => c.loadHours),
        who,
      ).toEqual(full.cells.map((c: { loadHours: number }) => c.loadHours));
      const hidden = own.cells[0].programs.find(
        (p: { programName: string }) => p.programName === 'Members-only program',
      );
      expect(hidden, who).toMatchObject({ programId: null, allocatedHours: 20 });
      const row = heatmap.people.find((p: { personId: string }) => p.personId === person.user.id);
      expect(row.cells[0].loadHours, who).toBe(full.cells[0].loadHours);
    }
    expectTrace(await week(memberStakeholder, heatmapPath), 'member');
  });

  it('names no hidden program in another program’s resource load', async () => {
    for (const [who, client] of outsiders()) {
      const r = await client.get(`/api/programs/${open}/resource-load`);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expectNoTrace(r.body, who);
      expect(JSON.stringify(r.body), who).toContain('Members-only program');
    }
    const member = await memberStakeholder.get(`/api/programs/${open}/resource-load`);
    expect(JSON.stringify(member.body)).toContain(SECRET_NAME);
  });

  it('counts a hidden program’s staffing need in the headcount plan, unnamed', async () => {
    const full = (await manager.get('/api/headcount?fiscalYear=FY2027')).body;
    expectTrace(full, 'manager');
    for (const [who, client] of outsiders()) {
      const plan = await client.get('/api/headcount?fiscalYear=FY2027');
      expect(plan.status, who).toBe(200);
      expectNoTrace(plan.body, who);
      expect(plan.body.needs, who).toEqual([
        expect.objectContaining({ programId: null, programName: 'Members-only program', fte: 2 }),
      ]);
      expect(plan.body.quarters, who).toEqual(full.quarters);
    }
  });
});

describe('portfolio forecasts', () => {
  it('list only runs whose programs one may all see', async () => {
    for (const [who, client] of outsiders()) {
      const r = await client.get('/api/portfolio/forecasts');
      expect(r.status, who).toBe(200);
      expectNoTrace(r.body, who);
      expect(
        r.body.items.map((f: { programIds: string[] }) => f.programIds),
        who,
      ).toEqual([[open]]);
    }
    for (const [who, client] of insiders()) {
      const r = await client.get('/api/portfolio/forecasts');
      expect(r.body.items, who).toHaveLength(2);
    }
  });
});

describe('intake requests', () => {
  it('do not say which hidden program they were accepted into', async () => {
    const mine = await stakeholderOutsider.get(`/api/requests/${request}`);
    expect(mine.status).toBe(200);
    expect(mine.body.request).toMatchObject({ state: 'accepted', programId: null });
    expectNoTrace(mine.body, 'requester');
    const queue = await tpmOutsider.get('/api/requests?scope=queue&state=all');
    expect(queue.status).toBe(200);
    expect(queue.body.items.map((r: { id: string }) => r.id)).toContain(request);
    expectNoTrace(queue.body, 'tpm non-member');
    const managers = await manager.get(`/api/requests/${request}`);
    expect(managers.body.request.programId).toBe(secret);
  });
});

describe('a person’s calendar feed', () => {
  const summaries = async () => {
    const response = await fetch(feedUrl);
    expect(response.status).toBe(200);
    return [...(await response.text()).matchAll(/^SUMMARY:(.*)$/gm)].map((m) => m[1]!.trim());
  };

  it('has milestones of hidden programs only once the person may see them', async () => {
    expect(await summaries()).toEqual(['Harbor opening']);
    const added = await secretOwner.post(`/api/programs/${secret}/members`, {
      userId: person.user.id,
      role: 'viewer',
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect((await summaries()).sort()).toEqual(['Falcon launch', 'Harbor opening']);
  });
});
