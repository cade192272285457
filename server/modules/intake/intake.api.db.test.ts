import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

type Client = Awaited<ReturnType<TestServer['signIn']>>;

async function submit(client: Client, body: Record<string, unknown> = {}) {
  const r = await client.post('/api/requests', { title: 'Unify the billing migration', ...body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { id: string; version: number; number: number };
}

describe('submitting and seeing requests', () => {
  it('anyone with an account submits; the SLA clocks start; the requester sees it, other requesters do not', async () => {
    const requester = await server.signIn('stakeholder');
    const created = await requester.post('/api/requests', {
      title: 'Launch in the EU region',
      problem: 'Five teams have to move together',
      desiredOutcome: 'Customers in the EU can sign up',
      teams: ['Platform', 'Legal'],
      tags: ['infrastructure'],
      links: ['https://gitlab.example.test/org/epic/1'],
      deadline: '2027-06-30',
      sizeGuess: 'l',
      source: 'web',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      state: 'new',
      source: 'web',
      requesterId: requester.user.id,
      firstResponse: { targetHours: 24, breached: false },
      triage: { targetHours: 40 },
      waitingOnRequester: false,
    });
    expect(['on_track', 'due_soon']).toContain(created.body.firstResponse.state);
    expect(Date.parse(created.body.firstResponse.dueAt)).toBeGreaterThan(
      Date.parse(created.body.createdAt),
    );
    expect(await server.auditActions('intake_request', created.body.id)).toEqual(['create']);

    const mine = await requester.get('/api/requests');
    expect(mine.body.items.map((r: { id: string }) => r.id)).toEqual([created.body.id]);
    expect((await requester.get('/api/requests?scope=queue')).status).toBe(403);
    const detail = await requester.get(`/api/requests/${created.body.id}`);
    expect(detail.body.events.map((e: { kind: string }) => e.kind)).toEqual(['submitted']);

    const stranger = await server.signIn('stakeholder');
    expect((await stranger.get(`/api/requests/${created.body.id}`)).status).toBe(404);
    const tpm = await server.signIn('tpm');
    const queue = await tpm.get('/api/requests');
    expect(queue.body.items.map((r: { id: string }) => r.id)).toContain(created.body.id);
  });

  it('bad input names every field and stores nothing', async () => {
    const requester = await server.signIn('tpm');
    const before = await server.countRows('intake_requests');
    const r = await requester.post('/api/requests', {
      title: '',
      links: ['not a url'],
      sizeGuess: 'huge',
      colour: 'red',
    });
    expect(r.status).toBe(400);
    const paths = r.body.error.issues.map((i: { path: string }) => i.path).sort();
    expect(paths).toEqual(
      expect.arrayContaining(['body.colour', 'body.links[0]', 'body.sizeGuess', 'body.title']),
    );
    expect(await server.countRows('intake_requests')).toBe(before);
  });
});

describe('triage', () => {
  it('acknowledge is the first response; decline needs a reason; every change is audited and in the history', async () => {
    const requester = await server.signIn('stakeholder');
    const tpm = await server.signIn('tpm', { name: 'Triage Tpm' });
    const req = await submit(requester);

    const ack = await tpm.post(`/api/requests/${req.id}/triage`, {
      action: 'acknowledge',
      version: req.version,
    });
    expect(ack.status, JSON.stringify(ack.body)).toBe(200);
    expect(ack.body).toMatchObject({
      state: 'acknowledged',
      firstResponse: { state: 'met', breached: false },
    });
    expect(ack.body.firstResponseAt).not.toBeNull();

    const refused = await tpm.post(`/api/requests/${req.id}/triage`, {
      action: 'decline',
      version: ack.body.version,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues).toEqual([
      expect.objectContaining({ path: 'body.reason', code: 'required' }),
    ]);

    const stale = await tpm.post(`/api/requests/${req.id}/triage`, {
      action: 'decline',
      reason: 'Out of scope',
      version: req.version,
    });
    expect(stale.status).toBe(409);

    const declined = await tpm.post(`/api/requests/${req.id}/triage`, {
      action: 'decline',
      reason: 'Out of scope',
      version: ack.body.version,
    });
    expect(declined.body).toMatchObject({
      state: 'declined',
      stateReason: 'Out of scope',
      triage: { state: 'met' },
    });
    expect(await server.auditActions('intake_request', req.id)).toEqual([
      'create',
      'update',
      'update',
    ]);

    const seen = await requester.get(`/api/requests/${req.id}`);
    expect(seen.body.events.map((e: { kind: string; note: string }) => [e.kind, e.note])).toEqual([
      ['submitted', 'via api'],
      ['acknowledge', ''],
      ['decline', 'Out of scope'],
    ]);
    const notes = await requester.get('/api/notifications');
    expect(notes.body.items.map((n: { kind: string }) => n.kind)).toEqual([
      'request_declined',
      'request_acknowledged',
    ]);
  });

  it('defer needs a reason and a future date; duplicate needs another request; accept creates or joins a program', async () => {
    const tpm = await server.signIn('tpm');
    const a = await submit(tpm, { title: 'Original' });
    const b = await submit(tpm, { title: 'Copy' });
    const defer = await tpm.post(`/api/requests/${a.id}/triage`, {
      action: 'defer',
      deferredUntil: '2020-01-01',
      version: 1,
    });
    expect(defer.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      'body.deferredUntil',
      'body.reason',
    ]);
    const self = await tpm.post(`/api/requests/${b.id}/triage`, {
      action: 'duplicate',
      duplicateOfId: b.id,
      version: 1,
    });
    expect(self.body.error.issues[0].path).toBe('body.duplicateOfId');
    const dup = await tpm.post(`/api/requests/${b.id}/triage`, {
      action: 'duplicate',
      duplicateOfId: a.id,
      version: 1,
    });
    expect(dup.body).toMatchObject({ state: 'duplicate', duplicateOfId: a.id });
    const again = await tpm.post(`/api/requests/${b.id}/triage`, {
      action: 'accept',
      version: dup.body.version,
    });
    expect(again.body.error.issues[0]).toMatchObject({
      path: 'body.action',
      code: 'invalid_transition',
    });

    const programs = await server.countRows('programs');
    const accepted = await tpm.post(`/api/requests/${a.id}/triage`, {
      action: 'accept',
      version: 1,
    });
    expect(accepted.body.state).toBe('accepted');
    expect(await server.countRows('programs')).toBe(programs + 1);
    const program = await tpm.get(`/api/programs/${accepted.body.programId}`);
    expect(program.body.name).toBe('Original');
  });

  it('waiting on the requester pauses the clocks and resuming restarts them', async () => {
    const tpm = await server.signIn('tpm');
    const req = await submit(tpm);
    const waiting = await tpm.post(`/api/requests/${req.id}/waiting`, {
      waiting: true,
      note: 'Which teams?',
      version: 1,
    });
    expect(waiting.body).toMatchObject({
      waitingOnRequester: true,
      firstResponse: { state: 'paused', dueAt: null },
    });
    const twice = await tpm.post(`/api/requests/${req.id}/waiting`, {
      waiting: true,
      version: waiting.body.version,
    });
    expect(twice.body.error.issues[0].path).toBe('body.waiting');
    const resumed = await tpm.post(`/api/requests/${req.id}/waiting`, {
      waiting: false,
      version: waiting.body.version,
    });
    expect(resumed.body.waitingOnRequester).toBe(false);
    expect(resumed.body.firstResponse.dueAt).not.toBeNull();
  });
});

describe('routing and assignment', () => {
  it('ranks TPMs with reasons, the manager assigns with one click, and the choice is kept with its rank', async () => {
    const team = await server.db.query<{ id: string }>(
      "INSERT INTO teams (name) VALUES ('Payments') RETURNING id",
    );
    const fit = await server.signIn('tpm', { name: 'Aa Payments Tpm' });
    await server.db.query('UPDATE users SET team_id = $1 WHERE id = $2', [
      team.rows[0]!.id,
      fit.user.id,
    ]);
    await server.signIn('tpm', { name: 'Zz Other Tpm' });
    const manager = await server.signIn('tpm_manager');
    const req = await submit(manager, { teams: ['Payments'] });

    const suggestion = await manager.post(`/api/requests/${req.id}/routing-suggestions`, undefined);
    expect(suggestion.status, JSON.stringify(suggestion.body)).toBe(201);
    expect(await server.auditActions('routing_suggestion', suggestion.body.id)).toEqual(['create']);
    const top = suggestion.body.candidates[0];
    expect(top).toMatchObject({ personId: fit.user.id });
    expect(top.reasons.map((r: { factor: string }) => r.factor)).toEqual([
      'fit',
      'bandwidth',
      'time_zone',
      'queue',
    ]);
    expect(top.reasons[0]).toMatchObject({ score: 1, detail: 'matches payments' });

    // A TPM's domains include the teams of the programs they run; their assigned tasks use up bandwidth.
    const other = suggestion.body.candidates.find(
      (c: { name: string }) => c.name === 'Zz Other Tpm',
    );
    expect(other.reasons[0].detail).toBe('no matching teams or skills');
    // The first whole Monday–Friday after the server's today: 5 days of 8 h, whatever the date.
    const now = server.container.clock().getTime();
    const daysToMonday = (8 - new Date(now).getUTCDay()) % 7 || 7;
    const monday = new Date(now + daysToMonday * 86_400_000).toISOString().slice(0, 10);
    const friday = new Date(now + (daysToMonday + 4) * 86_400_000).toISOString().slice(0, 10);
    const otherId = other.personId as string;
    const program = await server.db.query<{ id: string }>(
      "INSERT INTO programs (name, owner_id) VALUES ('Ledger', $1) RETURNING id",
      [otherId],
    );
    const task = await server.db.query<{ id: string }>(
      `INSERT INTO tasks (program_id, name, owner_id, team_id, start_date, due_date)
       VALUES ($1, 'Reconcile', $2, $3, $4, $5) RETURNING id`,
      [program.rows[0]!.id, otherId, team.rows[0]!.id, monday, friday],
    );
    await server.db.query('INSERT INTO task_assignments (task_id, user_id) VALUES ($1, $2)', [
      task.rows[0]!.id,
      otherId,
    ]);
    const again = await manager.post(`/api/requests/${req.id}/routing-suggestions`, undefined);
    const otherAgain = again.body.candidates.find(
      (c: { personId: string }) => c.personId === otherId,
    );
    expect(otherAgain.reasons[0].detail).toBe('matches payments');
    expect(otherAgain.reasons[1].detail).toMatch(/^40 of \d+ h allocated over the horizon$/);

    const tpm = await server.signIn('tpm');
    expect(
      (await tpm.post(`/api/requests/${req.id}/assign`, { assigneeId: fit.user.id, version: 1 }))
        .status,
    ).toBe(403);
    const assigned = await manager.post(`/api/requests/${req.id}/assign`, {
      assigneeId: fit.user.id,
      suggestionId: again.body.id,
      version: 1,
    });
    expect(assigned.body).toMatchObject({
      assigneeId: fit.user.id,
      assigneeName: 'Aa Payments Tpm',
    });
    const detail = await manager.get(`/api/requests/${req.id}`);
    expect(detail.body.routing).toMatchObject({
      id: again.body.id,
      chosenUserId: fit.user.id,
      chosenRank: 1,
    });
    const inbox = await fit.get('/api/notifications');
    expect(inbox.body.items[0]).toMatchObject({ kind: 'request_assigned', requestId: req.id });
    expect(
      (await fit.post(`/api/notifications/${inbox.body.items[0].id}/read`, undefined)).status,
    ).toBe(204);
  });
});

describe('routing by skills', () => {
  it("counts a TPM's skills and domains from their profile as fit", async () => {
    const manager = await server.signIn('tpm_manager');
    const skilled = await server.signIn('tpm', { name: 'Kube Skilled Tpm' });
    const person = (await manager.get(`/api/people/${skilled.user.id}`)).body;
    const put = await manager.put(`/api/people/${skilled.user.id}/skills`, {
      version: person.version,
      skills: [{ kind: 'skill', name: 'Kubernetes', proficiency: 4 }],
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const req = await submit(manager, { tags: ['kubernetes'] });
    const suggestion = await manager.post(`/api/requests/${req.id}/routing-suggestions`, undefined);
    const mine = suggestion.body.candidates.find(
      (c: { personId: string }) => c.personId === skilled.user.id,
    );
    expect(mine.reasons[0]).toMatchObject({
      factor: 'fit',
      score: 1,
      detail: 'matches kubernetes',
    });
    expect(suggestion.body.candidates[0].personId).toBe(skilled.user.id);
  });
});

describe('request template', () => {
  it('has defaults; a TPM manager changes it; a TPM may not', async () => {
    const manager = await server.signIn('tpm_manager');
    const template = await manager.get('/api/request-template');
    expect(template.body).toMatchObject({
      firstResponseHours: 24,
      gitlabLabel: 'tpm-request',
      calendar: { timeZone: 'America/Los_Angeles', workingHoursStart: 480, workingHoursEnd: 960 },
    });
    expect(template.body.fields.map((f: { key: string }) => f.key)).toContain('businessValue');
    const tpm = await server.signIn('tpm');
    expect(
      (
        await tpm.request('PUT', '/api/request-template', {
          firstResponseHours: 8,
          version: template.body.version,
        })
      ).status,
    ).toBe(403);
    const noTitle = await manager.request('PUT', '/api/request-template', {
      fields: [{ key: 'problem', label: 'P', help: '' }],
      version: template.body.version,
    });
    expect(noTitle.body.error.issues[0].path).toBe('body.fields');
    const changed = await manager.request('PUT', '/api/request-template', {
      firstResponseHours: 16,
      version: template.body.version,
    });
    expect(changed.body).toMatchObject({
      firstResponseHours: 16,
      version: template.body.version + 1,
    });

    // The clocks can run on a team's calendar; an unknown team or an unusable zone is refused.
    const missing = await manager.request('PUT', '/api/request-template', {
      calendarTeamId: '00000000-0000-4000-8000-000000000000',
      version: changed.body.version,
    });
    expect(missing.status).toBe(404);
    expect(missing.body.error.issues[0].path).toBe('body.calendarTeamId');
    const berlin = await server.db.query<{ id: string }>(
      "INSERT INTO teams (name, time_zone, working_hours_start, working_hours_end) VALUES ('Berlin TPM', 'Europe/Berlin', 540, 1020) RETURNING id",
    );
    const mars = await server.db.query<{ id: string }>(
      "INSERT INTO teams (name, time_zone) VALUES ('Mars TPM', 'Mars/Olympus') RETURNING id",
    );
    const bad = await manager.request('PUT', '/api/request-template', {
      calendarTeamId: mars.rows[0]!.id,
      version: changed.body.version,
    });
    expect(bad.body.error.issues[0]).toMatchObject({
      path: 'body.calendarTeamId',
      code: 'invalid_calendar',
    });
    const onBerlin = await manager.request('PUT', '/api/request-template', {
      calendarTeamId: berlin.rows[0]!.id,
      firstResponseHours: 24,
      version: changed.body.version,
    });
    expect(onBerlin.body.calendar).toEqual({
      timeZone: 'Europe/Berlin',
      workingHoursStart: 540,
      workingHoursEnd: 1020,
      workingDays: [1, 2, 3, 4, 5],
    });
    await manager.request('PUT', '/api/request-template', {
      calendarTeamId: null,
      version: onBerlin.body.version,
    });
  });
});
