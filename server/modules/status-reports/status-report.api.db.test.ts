import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { created } from '../../../tests/support/api-steps.js';
import { startSmtpInbox, type SmtpInbox } from '../../../tests/support/smtp-inbox.js';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

/*
 * Status reports through HTTP. The clock is pinned at TEST_CLOCK_START (Monday
 * 16 November 2026); the plans start that day, so every date below is fixed.
 */
let server: TestServer;
let inbox: SmtpInbox;
beforeAll(async () => {
  inbox = await startSmtpInbox();
  server = await startTestServer({
    mail: { smtpUrl: inbox.url, from: '"Waymark Test" <waymark@example.test>' },
  });
});
afterAll(async () => {
  await server?.close();
  await inbox?.close();
});

type Client = Awaited<ReturnType<TestServer['signIn']>>;

/** Build (40 h) → milestone Beta; Polish (16 h) → milestone GA. */
async function plan(client: Client, betaName = 'Beta') {
  const program = await created(client, '/api/programs', {
    name: `Reported ${Math.random().toString(36).slice(2, 8)}`,
    startDate: '2026-11-16',
    targetDate: '2027-01-29',
  });
  const id = program.id;
  const beta = await created(client, `/api/programs/${id}/milestones`, { name: betaName });
  const ga = await created(client, `/api/programs/${id}/milestones`, { name: 'GA' });
  const build = await created(client, `/api/programs/${id}/tasks`, {
    name: 'Build',
    estimateHours: 40,
    milestoneId: beta.id,
  });
  const polish = await created(client, `/api/programs/${id}/tasks`, {
    name: 'Polish',
    estimateHours: 16,
    milestoneId: ga.id,
  });
  await created(client, '/api/dependencies', { predecessorId: build.id, successorId: polish.id });
  return { programId: id, beta: beta.id, ga: ga.id, build: build.id };
}

async function draft(client: Client, programId: string, body: object = {}) {
  const r = await client.post(`/api/programs/${programId}/status-reports`, body);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

async function publish(client: Client, report: { id: string; version: number }) {
  const r = await client.post(`/api/status-reports/${report.id}/publish`, {
    version: report.version,
  });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body;
}

describe('drafting a status report', () => {
  it('drafts from {} with the default period and lists upcoming milestones', async () => {
    const tpm = await server.signIn('tpm');
    const p = await plan(tpm);
    const report = await draft(tpm, p.programId);
    expect(report).toMatchObject({
      programId: p.programId,
      status: 'draft',
      periodStart: '2026-11-16',
      periodEnd: '2026-11-16',
      publishedAt: null,
      version: 1,
    });
    expect(report.facts.milestones.upcoming.map((m: { name: string }) => m.name)).toEqual([
      'Beta',
      'GA',
    ]);
    expect(report.facts.milestones.upcoming[0]).toMatchObject({ id: p.beta, date: '2026-11-20' });
    expect(report.facts.milestones.slipped).toEqual([]);
    expect(report.summary).toContain('Coming up: Beta on 20 Nov 2026');
    expect(['green', 'amber', 'red']).toContain(report.health);
    expect(report.effectiveHealth).toBe(report.health);
    expect(report.facts.healthReasons.map((r: { rule: string }) => r.rule)).toContain('budget');
    expect(await server.auditActions('status_report', report.id)).toEqual(['create']);

    const list = await tpm.get(`/api/programs/${p.programId}/status-reports`);
    expect(list.body).toMatchObject({ total: 1, items: [{ id: report.id, status: 'draft' }] });
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    const tpm = await server.signIn('tpm');
    const p = await plan(tpm);
    const r = await tpm.post(`/api/programs/${p.programId}/status-reports`, {
      periodStart: '2026-12-01',
      periodEnd: '2026-11-20',
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['body.periodStart']);
  });

  it('lists a milestone under slipped after its task grew since the last published report', async () => {
    const tpm = await server.signIn('tpm');
    const p = await plan(tpm);
    const first = await publish(tpm, await draft(tpm, p.programId));
    const task = (await tpm.get(`/api/tasks/${p.build}`)).body;
    const grown = await tpm.patch(`/api/tasks/${p.build}`, {
      version: task.version,
      estimateHours: 80,
    });
    expect(grown.status, JSON.stringify(grown.body)).toBe(200);

    const second = await draft(tpm, p.programId);
    // The period runs on from the end of the last published report.
    expect(second.periodStart).toBe(first.periodEnd);
    const slipped = second.facts.milestones.slipped;
    expect(slipped.map((m: { name: string }) => m.name)).toEqual(['Beta', 'GA']);
    expect(slipped[0]).toMatchObject({
      id: p.beta,
      previousDate: '2026-11-20',
      date: '2026-11-27',
      slipWorkingDays: 5,
    });
    expect(second.summary).toContain('Beta by 5 working days');

    // The published report kept its snapshot.
    const kept = (await tpm.get(`/api/status-reports/${first.id}`)).body;
    expect(kept.facts).toEqual(first.facts);

    const diff = await tpm.get(`/api/status-reports/${second.id}/diff?against=${first.id}`);
    expect(diff.status, JSON.stringify(diff.body)).toBe(200);
    expect(diff.body.from.id).toBe(first.id);
    expect(diff.body.milestoneDates).toContainEqual({
      id: p.beta,
      name: 'Beta',
      from: '2026-11-20',
      to: '2026-11-27',
    });
    expect(diff.body.milestoneBuckets).toContainEqual({
      id: p.beta,
      name: 'Beta',
      from: ['upcoming'],
      to: ['slipped', 'upcoming'],
    });
  });

  it('refreshes a draft from live data, keeping the summary and asks', async () => {
    const tpm = await server.signIn('tpm');
    const p = await plan(tpm);
    const report = await draft(tpm, p.programId);
    const edited = await tpm.patch(`/api/status-reports/${report.id}`, {
      version: report.version,
      summary: 'All good.',
      asks: 'A second reviewer.',
      healthOverride: { health: 'amber', reason: 'Vendor is quiet.' },
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({
      summary: 'All good.',
      asks: 'A second reviewer.',
      healthOverride: { health: 'amber', reason: 'Vendor is quiet.' },
      effectiveHealth: 'amber',
      version: 2,
    });
    const task = (await tpm.get(`/api/tasks/${p.build}`)).body;
    await tpm.patch(`/api/tasks/${p.build}`, { version: task.version, estimateHours: 80 });
    const refreshed = await tpm.post(`/api/status-reports/${report.id}/refresh`, { version: 2 });
    expect(refreshed.status, JSON.stringify(refreshed.body)).toBe(200);
    expect(refreshed.body.facts.milestones.upcoming[0]).toMatchObject({ date: '2026-11-27' });
    expect(refreshed.body).toMatchObject({ summary: 'All good.', asks: 'A second reviewer.' });

    const blank = await tpm.patch(`/api/status-reports/${report.id}`, {
      version: 3,
      healthOverride: { health: 'red', reason: '   ' },
    });
    expect(blank.status).toBe(400);
    expect(blank.body.error.issues[0].path).toBe('body.healthOverride.reason');
    const cleared = await tpm.patch(`/api/status-reports/${report.id}`, {
      version: 3,
      healthOverride: null,
    });
    expect(cleared.body).toMatchObject({ healthOverride: null, summary: 'All good.' });
    expect(cleared.body.effectiveHealth).toBe(cleared.body.health);
  });
});

describe('a published report', () => {
  it('is immutable: PATCH, DELETE, refresh and publish again answer 409', async () => {
    const tpm = await server.signIn('tpm');
    const p = await plan(tpm);
    const report = await publish(tpm, await draft(tpm, p.programId));
    expect(report.publishedById).toBe(tpm.user.id);
    expect(report.publishedAt).toBeTruthy();
    const attempts = [
      await tpm.patch(`/api/status-reports/${report.id}`, {
        version: report.version,
        summary: 'x',
      }),
      await tpm.delete(`/api/status-reports/${report.id}`, report.version),
      await tpm.post(`/api/status-reports/${report.id}/publish`, { version: report.version }),
      await tpm.post(`/api/status-reports/${report.id}/refresh`, { version: report.version }),
    ];
    for (const r of attempts) {
      expect(r.status).toBe(409);
      expect(r.body.error.code).toBe('report_published');
      expect(r.body.error.message).toMatch(/published/);
    }
    expect((await tpm.get(`/api/status-reports/${report.id}`)).body).toEqual(report);
  });

  it('exports as Markdown naming the milestones, and as escaped HTML', async () => {
    const tpm = await server.signIn('tpm');
    const p = await plan(tpm, '<script>alert(1)</script> Beta');
    const report = await publish(tpm, await draft(tpm, p.programId));
    const md = await tpm.get(`/api/status-reports/${report.id}/export?format=markdown`);
    expect(md.status).toBe(200);
    expect(md.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect(md.body).toContain('## Upcoming milestones');
    expect(md.body).toContain('| GA | 2026-11-24 |');
    // Markdown renderers pass raw HTML through: the brackets are escaped there too.
    expect(md.body).toContain('\\<script\\>alert(1)\\</script\\> Beta');

    const html = await tpm.get(`/api/status-reports/${report.id}/export?format=html`);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html.body).toMatch(/^<!DOCTYPE html>/);
    expect(html.body).not.toContain('<script>');
    expect(html.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Beta');

    const bad = await tpm.get(`/api/status-reports/${report.id}/export?format=pdf`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toBe('query.format');
  });

  it('is read by a stakeholder of the program, who never sees a draft', async () => {
    const tpm = await server.signIn('tpm');
    const viewer = await server.signIn('stakeholder');
    const p = await plan(tpm);
    const published = await publish(tpm, await draft(tpm, p.programId));
    const pending = await draft(tpm, p.programId);
    expect((await viewer.get(`/api/status-reports/${published.id}`)).status).toBe(200);
    expect((await viewer.get(`/api/status-reports/${pending.id}`)).status).toBe(404);
    const list = await viewer.get(`/api/programs/${p.programId}/status-reports`);
    expect(list.body.items.map((r: { id: string }) => r.id)).toEqual([published.id]);
    expect((await tpm.get(`/api/programs/${p.programId}/status-reports`)).body.total).toBe(2);
    const write = await viewer.patch(`/api/status-reports/${pending.id}`, { version: 1 });
    expect(write.status).toBe(403);
  });
});

describe('delivery', () => {
  it('e-mails the report to the test SMTP server', async () => {
    const tpm = await server.signIn('tpm');
    const p = await plan(tpm);
    const report = await publish(tpm, await draft(tpm, p.programId));
    const r = await tpm.post(`/api/status-reports/${report.id}/deliver`, {
      email: ['sponsor@example.test'],
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toEqual({ email: ['sponsor@example.test'], slack: false });
    const mails = await inbox.waitForMails(1);
    const mail = mails.find((m) => m.subject?.startsWith(report.title))!;
    expect(mail).toBeDefined();
    expect(mail.to).toMatchObject({ value: [{ address: 'sponsor@example.test' }] });
    expect(mail.text).toContain('Upcoming milestones');
    expect(mail.text).toContain('Beta');
  });

  it("posts to the program's Slack webhook, and names the field when none is set", async () => {
    const tpm = await server.signIn('tpm');
    const p = await plan(tpm);
    const report = await publish(tpm, await draft(tpm, p.programId));
    const unset = await tpm.post(`/api/status-reports/${report.id}/deliver`, { slack: true });
    expect(unset.status).toBe(400);
    expect(unset.body.error.issues[0].path).toBe('body.slack');

    const received: string[] = [];
    const slack = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push(body);
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => slack.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(slack.address() as AddressInfo).port}/hook`;
      const set = await tpm.put(`/api/programs/${p.programId}/report-settings`, {
        slackWebhookUrl: url,
      });
      expect(set.status, JSON.stringify(set.body)).toBe(200);
      expect(set.body).toMatchObject({ slackWebhookUrl: url, version: 1 });
      const sent = await tpm.post(`/api/status-reports/${report.id}/deliver`, { slack: true });
      expect(sent.status, JSON.stringify(sent.body)).toBe(200);
      expect(received).toHaveLength(1);
      expect(JSON.parse(received[0]!).text).toContain(report.title);
    } finally {
      await new Promise((resolve) => slack.close(resolve));
    }
    // Slack is down now: the delivery says so with 503, not a 500.
    const down = await tpm.post(`/api/status-reports/${report.id}/deliver`, { slack: true });
    expect(down.status).toBe(503);
    expect(down.body.error.message).toMatch(/could not be delivered by Slack/);
  });

  it("falls back to the program's Slack channel for its events when the reports have none", async () => {
    const tpm = await server.signIn('tpm');
    const p = await plan(tpm);
    const report = await publish(tpm, await draft(tpm, p.programId));
    const received: string[] = [];
    const slack = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push(body);
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => slack.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(slack.address() as AddressInfo).port}/events`;
      const set = await tpm.put(`/api/programs/${p.programId}/notification-settings`, {
        slackWebhookUrl: url,
      });
      expect(set.status, JSON.stringify(set.body)).toBe(200);
      const sent = await tpm.post(`/api/status-reports/${report.id}/deliver`, { slack: true });
      expect(sent.status, JSON.stringify(sent.body)).toBe(200);
      expect(received).toHaveLength(1);
      expect(JSON.parse(received[0]!).text).toContain(report.title);
    } finally {
      await new Promise((resolve) => slack.close(resolve));
    }
  });
});
