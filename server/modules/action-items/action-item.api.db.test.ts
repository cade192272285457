import http from 'node:http';
import type net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpInbox, type SmtpInbox } from '../../../tests/support/smtp-inbox.js';
import { TEST_CLOCK_START } from '../../../tests/support/test-clock.js';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';
import { runActionItemSweep } from '../../jobs/action-item-sweep.job.js';

/*
 * Action items and their notifications through HTTP. The server's clock starts at
 * TEST_CLOCK_START (Monday 16 November 2026, 08:00 in Los Angeles, the programs'
 * zone), so an item due on the 13th is overdue and one due on the 20th is not.
 * The sweep is run with a pinned instant, as its cron job would with the clock.
 */
let server: TestServer;
let inbox: SmtpInbox;
beforeAll(async () => {
  inbox = await startSmtpInbox();
  server = await startTestServer({
    now: TEST_CLOCK_START,
    runJobs: true,
    mail: { smtpUrl: inbox.url, from: 'Waymark Test <waymark@example.test>' },
  });
}, 60_000);
afterAll(async () => {
  await server?.close();
  await inbox?.close();
});

type Client = Awaited<ReturnType<TestServer['signIn']>>;

async function program(client: Client, body: Record<string, unknown> = {}): Promise<string> {
  const r = await client.post('/api/programs', { name: 'Actionable', ...body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.id;
}
async function item(client: Client, body: Record<string, unknown>) {
  const r = await client.post('/api/action-items', body);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}
const ids = (r: { body: { items: { id: string }[] } }) => r.body.items.map((i) => i.id);
const paths = (r: { body: { error: { issues: { path: string }[] } } }) =>
  r.body.error.issues.map((i) => i.path);

async function eventually<T>(read: () => Promise<T>, done: (v: T) => boolean, ms = 20_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (done(v)) return v;
    if (Date.now() > deadline) throw new Error(`still not done: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('action items', () => {
  it('are listed by state: open, done, cancelled and overdue', async () => {
    const tpm = await server.signIn('tpm');
    const programId = await program(tpm);
    const late = await item(tpm, { title: 'Send the notes', programId, dueDate: '2026-11-13' });
    const later = await item(tpm, { title: 'Book the room', programId, dueDate: '2026-11-20' });
    const finished = await item(tpm, { title: 'Draft agenda', programId });
    const dropped = await item(tpm, { title: 'Old idea', programId });
    expect(late).toMatchObject({
      ownerId: tpm.user.id,
      status: 'open',
      overdue: true,
      sourceKind: 'manual',
      sourceId: null,
      completedAt: null,
      version: 1,
    });
    expect(later.overdue).toBe(false);
    const done = await tpm.patch(`/api/action-items/${finished.id}`, {
      version: 1,
      status: 'done',
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.completedAt).toMatch(/^2026-11-16T/);
    await tpm.patch(`/api/action-items/${dropped.id}`, { version: 1, status: 'cancelled' });

    const list = (state: string) =>
      tpm.get(`/api/programs/${programId}/action-items?state=${state}`);
    // Open ones soonest due first, so the overdue lead.
    expect(ids(await list('open'))).toEqual([late.id, later.id]);
    expect(ids(await list('overdue'))).toEqual([late.id]);
    expect(ids(await list('done'))).toEqual([finished.id]);
    expect(ids(await list('cancelled'))).toEqual([dropped.id]);
    const page = await tpm.get(`/api/action-items?programId=${programId}&limit=2`);
    expect(page.body).toMatchObject({ total: 4, limit: 2, offset: 0 });
    expect(page.body.items).toHaveLength(2);
    // Reopening clears completedAt; every change is audited.
    const reopened = await tpm.patch(`/api/action-items/${finished.id}`, {
      version: 2,
      status: 'open',
    });
    expect(reopened.body.completedAt).toBeNull();
    expect(await server.auditActions('action_item', finished.id)).toEqual([
      'create',
      'update',
      'update',
    ]);
  });

  it('checks the owner and the source: a risk must be one of the program', async () => {
    const tpm = await server.signIn('tpm');
    const programId = await program(tpm);
    const otherId = await program(tpm, { name: 'Elsewhere' });
    const risk = await tpm.post(`/api/programs/${otherId}/risks`, { title: 'Vendor slips' });
    expect(risk.status).toBe(201);
    const wrong = await tpm.post('/api/action-items', {
      title: 'Mitigate',
      programId,
      sourceKind: 'risk',
      sourceId: risk.body.id,
    });
    expect(wrong.status).toBe(400);
    expect(paths(wrong)).toEqual(['body.sourceId']);
    const right = await item(tpm, {
      title: 'Mitigate',
      programId: otherId,
      sourceKind: 'risk',
      sourceId: risk.body.id,
    });
    expect(right).toMatchObject({ sourceKind: 'risk', sourceId: risk.body.id });
    const bySource = await tpm.get(`/api/action-items?sourceKind=risk&sourceId=${risk.body.id}`);
    expect(ids(bySource)).toEqual([right.id]);
    const missing = await tpm.post('/api/action-items', { title: 'X', sourceKind: 'review' });
    expect(paths(missing)).toEqual(['body.sourceId']);

    const secret = await program(tpm, { name: 'Secret', visibility: 'members' });
    const outsider = await server.signIn('tpm');
    const notVisible = await tpm.post('/api/action-items', {
      title: 'Read the plan',
      programId: secret,
      ownerId: outsider.user.id,
    });
    expect(notVisible.status).toBe(400);
    expect(paths(notVisible)).toEqual(['body.ownerId']);
  });

  it('lets the owner mark their own item done, but not change the rest of it', async () => {
    const lead = await server.signIn('tpm');
    const owner = await server.signIn('tpm');
    const bystander = await server.signIn('tpm');
    const programId = await program(lead);
    const it1 = await item(lead, { title: 'Call the vendor', programId, ownerId: owner.user.id });
    const retitle = await owner.patch(`/api/action-items/${it1.id}`, { version: 1, title: 'No' });
    expect(retitle.status).toBe(403);
    const other = await bystander.patch(`/api/action-items/${it1.id}`, {
      version: 1,
      status: 'done',
    });
    expect(other.status).toBe(403);
    const done = await owner.patch(`/api/action-items/${it1.id}`, { version: 1, status: 'done' });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.status).toBe('done');
  });

  it('never shows the items of a program the caller cannot see', async () => {
    const owner = await server.signIn('tpm');
    const outsider = await server.signIn('tpm');
    const secret = await program(owner, { name: 'Hidden', visibility: 'members' });
    const hidden = await item(owner, { title: 'Secret step', programId: secret });
    const portfolio = await item(owner, { title: 'Portfolio step' });
    const seen = ids(await outsider.get('/api/action-items?limit=500'));
    expect(seen).not.toContain(hidden.id);
    expect(seen).toContain(portfolio.id);
    expect(ids(await outsider.get(`/api/action-items?ownerId=${owner.user.id}`))).toEqual([
      portfolio.id,
    ]);
    expect((await outsider.get(`/api/action-items/${hidden.id}`)).status).toBe(404);
    expect((await outsider.get(`/api/programs/${secret}/action-items`)).status).toBe(404);
    const manager = await server.signIn('tpm_manager');
    expect(ids(await manager.get(`/api/action-items?ownerId=${owner.user.id}`))).toContain(
      hidden.id,
    );
  });
});

describe('notifications', () => {
  it('tell someone given an action item, in the bell, until read', async () => {
    const lead = await server.signIn('tpm', { name: 'Lee Lead' });
    const owner = await server.signIn('tpm');
    await item(lead, { title: 'Write the brief', ownerId: owner.user.id });
    await item(owner, { title: 'My own note' }); // one's own items notify nobody
    const bell = await owner.get('/api/notifications?unread=true');
    expect(bell.body.unreadCount).toBe(1);
    expect(bell.body.items[0]).toMatchObject({
      kind: 'assigned',
      subjectKind: 'action_item',
      link: '/action-items',
      readAt: null,
    });
    expect(bell.body.items[0].message).toContain('Lee Lead');
    expect((await lead.get('/api/notifications')).body.total).toBe(0);
    const all = await owner.post('/api/notifications/read-all', undefined);
    expect(all.body).toEqual({ marked: 1 });
    const after = await owner.get('/api/notifications?unread=true');
    expect(after.body).toMatchObject({ unreadCount: 0, total: 0, items: [] });
  });

  it('tell the decider that a decision is needed from them', async () => {
    const lead = await server.signIn('tpm');
    const decider = await server.signIn('tpm_manager');
    const programId = await program(lead);
    const d = await lead.post(`/api/programs/${programId}/decisions`, {
      title: 'Which region?',
      decidedById: decider.user.id,
      neededBy: '2026-11-30',
    });
    expect(d.status, JSON.stringify(d.body)).toBe(201);
    const bell = await decider.get('/api/notifications');
    expect(bell.body.items.map((n: { kind: string }) => n.kind)).toEqual(['decision_needed']);
    expect(bell.body.items[0]).toMatchObject({ subjectId: d.body.id, programId });
  });

  it('an overdue item notifies its owner once, in the app and by e-mail', async () => {
    const owner = await server.signIn('tpm', { email: 'owner-overdue@example.test' });
    const overdue = await item(owner, { title: 'Renew the licence', dueDate: '2026-11-18' });
    // Two days past the due date, in Los Angeles.
    const result = await runActionItemSweep(server.db, new Date('2026-11-20T18:00:00Z'));
    expect(result.reminded).toContainEqual({ itemId: overdue.id, kind: 'action_overdue' });
    const again = await runActionItemSweep(server.db, new Date('2026-11-21T18:00:00Z'));
    expect(again.reminded.map((r) => r.itemId)).not.toContain(overdue.id);
    const bell = await owner.get('/api/notifications');
    expect(bell.body.items.map((n: { kind: string }) => n.kind)).toEqual(['action_overdue']);
    const mail = await eventually(
      async () => inbox.mails.find((m) => m.subject?.includes('Renew the licence')),
      (m) => m !== undefined,
    );
    expect(mail!.to && 'text' in mail!.to ? mail!.to.text : '').toContain(
      'owner-overdue@example.test',
    );
    expect(mail!.text).toContain('is overdue: it was due 2026-11-18');
    const emailed = await eventually(
      () => owner.get('/api/notifications'),
      (r) => r.body.items[0].emailedAt !== null,
    );
    expect(emailed.body.items[0].emailedAt).not.toBeNull();
  });

  it('sends no e-mail once the owner turns e-mail off for that kind', async () => {
    const owner = await server.signIn('tpm', { email: 'quiet-owner@example.test' });
    const prefs = await owner.put('/api/me/notification-preferences', {
      action_overdue: { email: false },
    });
    expect(prefs.status, JSON.stringify(prefs.body)).toBe(200);
    expect(prefs.body.action_overdue).toEqual({ in_app: true, email: false });
    expect(prefs.body.assigned).toEqual({ in_app: true, email: true });
    const quiet = await item(owner, { title: 'Quiet reminder', dueDate: '2026-11-18' });
    // Someone who kept e-mail on, swept in the same run: their mail shows the mail flows.
    const loud = await server.signIn('tpm');
    await item(loud, { title: 'Loud reminder', dueDate: '2026-11-18' });
    await runActionItemSweep(server.db, new Date('2026-11-20T18:00:00Z'));
    await eventually(
      async () => inbox.mails.some((m) => m.subject?.includes('Loud reminder')),
      (found) => found,
    );
    const bell = await owner.get('/api/notifications');
    expect(bell.body.items[0]).toMatchObject({ kind: 'action_overdue', subjectId: quiet.id });
    expect(bell.body.items[0].emailedAt).toBeNull();
    await new Promise((r) => setTimeout(r, 1000));
    expect(inbox.mails.some((m) => m.subject?.includes('Quiet reminder'))).toBe(false);
  });

  it("posts a program's overdue items to its Slack webhook", async () => {
    const received: string[] = [];
    const hooks: string[] = [];
    const hook = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push(body);
        hooks.push(req.url ?? '');
        res.end('ok');
      });
    });
    await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
    try {
      const port = (hook.address() as net.AddressInfo).port;
      const tpm = await server.signIn('tpm');
      const programId = await program(tpm, { name: 'Loud' });
      const set = await tpm.put(`/api/programs/${programId}/notification-settings`, {
        slackWebhookUrl: `http://127.0.0.1:${port}/hook`,
      });
      expect(set.status, JSON.stringify(set.body)).toBe(200);
      const reader = await server.signIn('stakeholder');
      expect(
        (
          await reader.put(`/api/programs/${programId}/notification-settings`, {
            slackWebhookUrl: null,
          })
        ).status,
      ).toBe(403);
      await item(tpm, { title: 'Ship the fix', programId, dueDate: '2026-11-18' });
      await runActionItemSweep(server.db, new Date('2026-11-20T18:00:00Z'));
      await eventually(
        async () => received.length,
        (n) => n > 0,
      );
      const text = JSON.parse(received[0]!).text as string;
      expect(text).toContain('Ship the fix');
      expect(text).toContain('(Loud)');

      // A team's webhook hears of decisions needed from its members (managers set it).
      const manager = await server.signIn('tpm_manager');
      const team = await manager.post('/api/teams', { name: 'Slack team' });
      const teamHook = `http://127.0.0.1:${port}/team-hook`;
      expect(
        (
          await tpm.put(`/api/teams/${team.body.id}/notification-settings`, {
            slackWebhookUrl: teamHook,
          })
        ).status,
      ).toBe(403);
      const setTeam = await manager.put(`/api/teams/${team.body.id}/notification-settings`, {
        slackWebhookUrl: teamHook,
      });
      expect(setTeam.body).toEqual({ slackWebhookUrl: teamHook });
      const decider = await server.signIn('tpm', { name: 'Dana Decider' });
      await server.db.query('UPDATE users SET team_id = $1 WHERE id = $2', [
        team.body.id,
        decider.user.id,
      ]);
      const before = received.length;
      const d = await tpm.post(`/api/decisions`, {
        title: 'Which datacentre?',
        decidedById: decider.user.id,
      });
      expect(d.status).toBe(403); // portfolio decisions are the managers'
      const programDecision = await tpm.post(`/api/programs/${programId}/decisions`, {
        title: 'Which datacentre?',
        decidedById: decider.user.id,
      });
      expect(programDecision.status).toBe(201);
      // Posted to the program's webhook and to the decider's team's.
      await eventually(
        async () => received.length - before,
        (n) => n >= 2,
      );
      const posts = received.slice(before).map((b) => JSON.parse(b).text as string);
      expect(posts.every((t) => t.includes('Decision needed (Loud): "Which datacentre?"'))).toBe(
        true,
      );
      expect(posts.every((t) => t.includes('Dana Decider'))).toBe(true);
      expect(hooks.slice(before).sort()).toEqual(['/hook', '/team-hook']);
    } finally {
      await new Promise((r) => hook.close(r));
    }
  });
});
