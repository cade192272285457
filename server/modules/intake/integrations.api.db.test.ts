import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';
import { runIntakeSlaSweep } from '../../jobs/intake-sla-sweep.job.js';
import { gitlabWebhookSignature } from './gitlab-webhook-signature.js';
import { slackSignature } from './slack-signature.js';

const SLACK_SECRET = 'test-slack-signing-secret';
const GITLAB_TOKEN = 'test-gitlab-token';

let server: TestServer;
// A stand-in for Slack's response_url endpoint on loopback.
let slackStub: Server;
let slackStubUrl = '';
const slackStubBodies: unknown[] = [];

// Test files share a worker process: the secrets are put back as they were afterwards.
const secretsBefore = {
  WAYMARK_SLACK_SIGNING_SECRET: process.env.WAYMARK_SLACK_SIGNING_SECRET,
  WAYMARK_GITLAB_WEBHOOK_TOKEN: process.env.WAYMARK_GITLAB_WEBHOOK_TOKEN,
  WAYMARK_GITLAB_WEBHOOK_SIGNING_TOKEN: process.env.WAYMARK_GITLAB_WEBHOOK_SIGNING_TOKEN,
};

beforeAll(async () => {
  process.env.WAYMARK_SLACK_SIGNING_SECRET = SLACK_SECRET;
  process.env.WAYMARK_GITLAB_WEBHOOK_TOKEN = GITLAB_TOKEN;
  delete process.env.WAYMARK_GITLAB_WEBHOOK_SIGNING_TOKEN;
  server = await startTestServer();
  slackStub = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      slackStubBodies.push(JSON.parse(body));
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => slackStub.listen(0, '127.0.0.1', resolve));
  const address = slackStub.address();
  slackStubUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/commands/T1/1/abc`;
});
afterAll(async () => {
  await server?.close();
  await new Promise((resolve) => slackStub?.close(resolve));
  for (const [name, value] of Object.entries(secretsBefore)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

function slackForm(text: string, extra: Record<string, string> = {}): string {
  return new URLSearchParams({
    token: 'legacy',
    team_id: 'T0001',
    channel_id: 'C0001',
    user_id: 'U0001',
    user_name: 'river.requester',
    command: '/tpm',
    text,
    response_url: slackStubUrl,
    trigger_id: `trigger-${Math.random().toString(36).slice(2)}`,
    ...extra,
  }).toString();
}

async function postSlack(
  body: string,
  options: { secret?: string; ageSeconds?: number; signature?: string } = {},
) {
  // Signed "now" on the server's clock, which the tests pin.
  const timestamp = String(
    Math.floor(server.container.clock().getTime() / 1000) - (options.ageSeconds ?? 0),
  );
  const signature =
    options.signature ?? slackSignature(options.secret ?? SLACK_SECRET, timestamp, body);
  const response = await fetch(`${server.url}/api/integrations/slack/commands`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': timestamp,
      'x-slack-signature': signature,
    },
    body,
  });
  return { status: response.status, body: (await response.json()) as any };
}

describe('Slack slash command', () => {
  it("Slack's published example, replayed today, is refused as stale even with its own secret", async () => {
    const previous = process.env.WAYMARK_SLACK_SIGNING_SECRET;
    process.env.WAYMARK_SLACK_SIGNING_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
    try {
      const before = await server.countRows('intake_requests');
      const body =
        'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
      const response = await fetch(`${server.url}/api/integrations/slack/commands`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-slack-request-timestamp': '1531420618',
          'x-slack-signature':
            'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
        },
        body,
      });
      expect(response.status).toBe(401);
      expect(((await response.json()) as any).error.message).toContain('more than 5 minutes');
      expect(await server.countRows('intake_requests')).toBe(before);
    } finally {
      process.env.WAYMARK_SLACK_SIGNING_SECRET = previous;
    }
  });

  it('a signed command files a request and answers ephemerally with its link; /tpm status answers its state', async () => {
    const before = await server.countRows('intake_requests');
    const started = Date.now();
    const r = await postSlack(slackForm('Coordinate the SSO rollout | Three teams, one deadline'));
    const elapsedMs = Date.now() - started;
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.response_type).toBe('ephemeral');
    const link = /\/intake\/requests\/([0-9a-f-]{36})/.exec(r.body.text);
    expect(link).not.toBeNull();
    expect(await server.countRows('intake_requests')).toBe(before + 1);
    console.info(`Slack command answered in ${elapsedMs} ms`);

    const manager = await server.signIn('tpm_manager');
    const queued = await manager.get(`/api/requests/${link![1]}`);
    expect(queued.body.request).toMatchObject({
      title: 'Coordinate the SSO rollout',
      problem: 'Three teams, one deadline',
      source: 'slack',
      requesterName: '@river.requester',
      state: 'new',
    });
    const status = await postSlack(slackForm(`status ${queued.body.request.number}`));
    expect(status.body.text).toContain(
      `#${queued.body.request.number} "Coordinate the SSO rollout" is new`,
    );
  });

  it.each([
    ['a wrong secret', { secret: 'not-the-secret' }],
    ['a stale timestamp', { ageSeconds: 6 * 60 }],
    ['a missing signature', { signature: '' }],
  ])('%s → 401 and nothing stored', async (_, options) => {
    const before = await server.countRows('intake_requests');
    const r = await postSlack(slackForm('Should never be filed'), options);
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('unauthenticated');
    expect(await server.countRows('intake_requests')).toBe(before);
  });
});

function issueEvent(over: {
  iid: number;
  labels?: string[];
  previous?: string[];
  action?: string;
  state?: string;
}) {
  return {
    object_kind: 'issue',
    event_type: 'issue',
    user: { name: 'Gale Author', username: 'gale.author' },
    project: { id: 42, path_with_namespace: 'acme/checkout' },
    object_attributes: {
      iid: over.iid,
      title: `Checkout needs a TPM (${over.iid})`,
      description: 'Several teams are blocked on each other.',
      url: `https://gitlab.example.test/acme/checkout/-/issues/${over.iid}`,
      state: over.state ?? 'opened',
      action: over.action ?? 'update',
    },
    labels: (over.labels ?? []).map((title) => ({ title })),
    ...(over.previous
      ? {
          changes: {
            labels: {
              previous: over.previous.map((title) => ({ title })),
              current: (over.labels ?? []).map((title) => ({ title })),
            },
          },
        }
      : {}),
  };
}

async function postGitlab(payload: unknown, headers: Record<string, string>) {
  const response = await fetch(`${server.url}/api/integrations/gitlab/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-gitlab-event': 'Issue Hook', ...headers },
    body: JSON.stringify(payload),
  });
  return { status: response.status, body: (await response.json()) as any };
}

describe('GitLab webhook', () => {
  it('a labelled issue files one request; the same delivery twice still one; a close is reflected', async () => {
    const before = await server.countRows('intake_requests');
    const event = issueEvent({ iid: 7, labels: ['bug', 'tpm-request'], previous: ['bug'] });
    const first = await postGitlab(event, {
      'x-gitlab-token': GITLAB_TOKEN,
      'idempotency-key': 'delivery-7',
    });
    expect(first.body).toMatchObject({ outcome: 'created' });
    const again = await postGitlab(event, {
      'x-gitlab-token': GITLAB_TOKEN,
      'idempotency-key': 'delivery-7',
    });
    expect(again.body).toEqual({ outcome: 'duplicate_delivery', requestId: null });
    expect(await server.countRows('intake_requests')).toBe(before + 1);

    const closed = await postGitlab(
      issueEvent({ iid: 7, labels: ['tpm-request'], action: 'close', state: 'closed' }),
      {
        'x-gitlab-token': GITLAB_TOKEN,
        'idempotency-key': 'delivery-7-close',
      },
    );
    expect(closed.body).toEqual({ outcome: 'updated', requestId: first.body.requestId });
    const manager = await server.signIn('tpm_manager');
    const detail = await manager.get(`/api/requests/${first.body.requestId}`);
    expect(detail.body.request).toMatchObject({
      source: 'gitlab',
      gitlabIssueState: 'closed',
      requesterName: '@gale.author',
    });
    expect(detail.body.events.map((e: { kind: string }) => e.kind)).toEqual([
      'submitted',
      'gitlab_issue_closed',
    ]);
  });

  it('a comment mentioning the handle files a request; other comments and labels do nothing', async () => {
    const before = await server.countRows('intake_requests');
    const note = (iid: number, text: string) => ({
      object_kind: 'note',
      user: { username: 'gale.author' },
      project: { id: 42, path_with_namespace: 'acme/checkout' },
      object_attributes: {
        note: text,
        noteable_type: 'Issue',
        url: 'https://gitlab.example.test/n/1',
      },
      issue: {
        iid,
        title: `Issue ${iid}`,
        description: '',
        url: `https://gitlab.example.test/i/${iid}`,
        state: 'opened',
      },
    });
    expect(
      (await postGitlab(note(20, 'cc @tpm-teammate for later'), { 'x-gitlab-token': GITLAB_TOKEN }))
        .body.outcome,
    ).toBe('ignored');
    expect(
      (
        await postGitlab(issueEvent({ iid: 21, labels: ['bug'], previous: [] }), {
          'x-gitlab-token': GITLAB_TOKEN,
        })
      ).body.outcome,
    ).toBe('ignored');
    expect(
      (await postGitlab(note(22, 'Could @tpm-team help here?'), { 'x-gitlab-token': GITLAB_TOKEN }))
        .body.outcome,
    ).toBe('created');
    expect(await server.countRows('intake_requests')).toBe(before + 1);
  });

  it('a bad token → 401 and nothing stored', async () => {
    const before = await server.countRows('intake_requests');
    const r = await postGitlab(issueEvent({ iid: 30, labels: ['tpm-request'], previous: [] }), {
      'x-gitlab-token': 'wrong',
    });
    expect(r.status).toBe(401);
    const none = await postGitlab(
      issueEvent({ iid: 30, labels: ['tpm-request'], previous: [] }),
      {},
    );
    expect(none.status).toBe(401);
    expect(await server.countRows('intake_requests')).toBe(before);
  });

  it('with a signing token configured, the webhook-signature scheme is required', async () => {
    process.env.WAYMARK_GITLAB_WEBHOOK_SIGNING_TOKEN = 'whsec_c2lnbmluZy10b2tlbi1mb3ItdGVzdHM=';
    try {
      const payload = issueEvent({ iid: 40, labels: ['tpm-request'], previous: [] });
      const body = JSON.stringify(payload);
      const ts = String(Math.floor(server.container.clock().getTime() / 1000));
      const sig = gitlabWebhookSignature(
        process.env.WAYMARK_GITLAB_WEBHOOK_SIGNING_TOKEN,
        'msg-40',
        ts,
        body,
      );
      const tokenOnly = await postGitlab(payload, { 'x-gitlab-token': GITLAB_TOKEN });
      expect(tokenOnly.status).toBe(401);
      const signed = await postGitlab(payload, {
        'webhook-id': 'msg-40',
        'webhook-timestamp': ts,
        'webhook-signature': sig,
      });
      expect(signed.body.outcome).toBe('created');
      const tampered = await fetch(`${server.url}/api/integrations/gitlab/webhook`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'webhook-id': 'msg-41',
          'webhook-timestamp': ts,
          'webhook-signature': sig,
        },
        body: body.replace('Checkout', 'Chekout'),
      });
      expect(tampered.status).toBe(401);
    } finally {
      delete process.env.WAYMARK_GITLAB_WEBHOOK_SIGNING_TOKEN;
    }
  });
});

describe('SLA breach job', () => {
  it('flags a breached request once, notifies in-app, and tells the Slack requester through response_url', async () => {
    const filed = await postSlack(slackForm('Overdue request'));
    const id = /\/intake\/requests\/([0-9a-f-]{36})/.exec(filed.body.text)![1]!;
    // Arrived two weeks ago: both clocks have run out.
    await server.db.query(
      "UPDATE intake_requests SET created_at = $2::timestamptz - interval '14 days' WHERE id = $1",
      [id, server.container.clock()],
    );
    const manager = await server.signIn('tpm_manager');
    slackStubBodies.length = 0;

    const first = await runIntakeSlaSweep(server.db, { nowMs: server.container.clock().getTime() });
    expect(
      first.flagged
        .filter((f) => f.requestId === id)
        .map((f) => f.clock)
        .sort(),
    ).toEqual(['first_response', 'triage']);
    expect(first.slackDelivered).toBeGreaterThanOrEqual(2);
    expect(slackStubBodies).toContainEqual({
      response_type: 'ephemeral',
      replace_original: false,
      text: expect.stringContaining('Overdue request'),
    });
    const inbox = await manager.get('/api/notifications');
    expect(
      inbox.body.items.filter(
        (n: { requestId: string; kind: string }) => n.requestId === id && n.kind === 'sla_breached',
      ),
    ).toHaveLength(2);

    const second = await runIntakeSlaSweep(server.db, {
      nowMs: server.container.clock().getTime(),
    });
    expect(second.flagged.filter((f) => f.requestId === id)).toEqual([]);
    const detail = await manager.get(`/api/requests/${id}`);
    expect(detail.body.request.firstResponse).toMatchObject({ state: 'breached', breached: true });
    expect(detail.body.events.map((e: { kind: string }) => e.kind)).toEqual([
      'submitted',
      'sla_breached_first_response',
      'sla_breached_triage',
    ]);
  });
});
