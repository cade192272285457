import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../tests/support/api-client.js';
import {
  SMTP_PASSWORD,
  startSmtpInbox,
  unusedPort,
  type SmtpInbox,
} from '../../../tests/support/smtp-inbox.js';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';
import {
  ACCOUNT_LINK_MAIL_ATTEMPTS,
  ACCOUNT_LINK_MAIL_JOB,
  runAccountLinkMail,
} from '../../jobs/account-link-mail.job.js';
import { formatInstantUtc } from './account-link-mail.js';

const NEW_PASSWORD = 'a-brand-new-passphrase';
const FROM = 'Waymark Test <waymark@example.test>';
const LINK_IN_TEXT = /https?:\/\/\S+\/invitation#\S+/;

async function signInWith(server: TestServer, email: string, password: string) {
  const r = await fetch(`${server.url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return r.status;
}

async function acceptLink(server: TestServer, url: string) {
  return server.anonymous().post('/api/auth/invitations/accept', {
    token: url.split('#')[1],
    password: NEW_PASSWORD,
  });
}

interface MailJobRow {
  attempts: number;
  max_attempts: number;
  last_error: string | null;
  retry_later: boolean;
}

async function mailJobs(server: TestServer): Promise<MailJobRow[]> {
  const r = await server.db.query<MailJobRow>(
    `SELECT attempts, max_attempts, last_error, run_at > now() AS retry_later
       FROM graphile_worker.jobs WHERE task_identifier = $1`,
    [ACCOUNT_LINK_MAIL_JOB],
  );
  return r.rows;
}

/** Polls until `done` holds, or fails after `timeoutMs`. */
async function eventually<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 20_000,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`still not done after ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('with WAYMARK_SMTP_URL set', () => {
  let inbox: SmtpInbox;
  let server: TestServer;
  let admin: ApiClient;
  beforeAll(async () => {
    inbox = await startSmtpInbox();
    server = await startTestServer({ runJobs: true, mail: { smtpUrl: inbox.url, from: FROM } });
    admin = await server.signIn('admin', { name: 'Grace Admin' });
  });
  afterAll(async () => {
    await server?.close();
    await inbox?.close();
  });

  it('e-mails the invitee one message with the working link; the link activates the account', async () => {
    const invited = await admin.post('/api/users/invitations', {
      email: 'ada@example.test',
      name: 'Ada Invitee',
      role: 'tpm',
    });
    expect(invited.status).toBe(201);
    expect(invited.body.email).toBe('queued');
    expect(invited.body.url).toMatch(new RegExp(`^${server.url}/invitation#wml_`));

    const [mail] = await inbox.waitForMails(1);
    expect(mail!.to).toMatchObject({
      value: [{ address: 'ada@example.test', name: 'Ada Invitee' }],
    });
    expect(mail!.from).toMatchObject({
      value: [{ address: 'waymark@example.test', name: 'Waymark Test' }],
    });
    expect(mail!.subject).toBe('Grace Admin invited you to Waymark');
    expect(mail!.text).toContain('Grace Admin invited you');
    expect(mail!.text).toContain(`expires on ${formatInstantUtc(invited.body.expiresAt)}`);
    const link = LINK_IN_TEXT.exec(mail!.text ?? '')?.[0];
    expect(link).toBe(invited.body.url);
    expect(mail!.html).toContain(`href="${invited.body.url}"`);
    // The job is done and gone, taking the link with it.
    expect(
      await eventually(
        () => mailJobs(server),
        (jobs) => jobs.length === 0,
      ),
    ).toEqual([]);

    expect(await signInWith(server, 'ada@example.test', NEW_PASSWORD)).toBe(401);
    expect((await acceptLink(server, link!)).status).toBe(200);
    expect(await signInWith(server, 'ada@example.test', NEW_PASSWORD)).toBe(200);
    expect(inbox.mails).toHaveLength(1);
  });

  it('e-mails a password-reset link that sets the new password', async () => {
    const before = inbox.mails.length;
    const bob = await server.signIn('tpm', { email: 'bob@example.test', name: 'Bob Reset' });
    const reset = await admin.request('POST', `/api/users/${bob.user.id}/password-reset`);
    expect(reset.status).toBe(201);
    expect(reset.body.email).toBe('queued');

    const mail = (await inbox.waitForMails(before + 1))[before]!;
    expect(mail.to).toMatchObject({ value: [{ address: 'bob@example.test' }] });
    expect(mail.subject).toBe('Set a new Waymark password');
    const link = LINK_IN_TEXT.exec(mail.text ?? '')?.[0];
    expect(link).toBe(reset.body.url);
    expect((await acceptLink(server, link!)).status).toBe(200);
    expect(await signInWith(server, 'bob@example.test', NEW_PASSWORD)).toBe(200);
  });

  it('queues nothing when the invitation is refused', async () => {
    const before = await server.countRows('graphile_worker.jobs');
    const stakeholder = await server.signIn('stakeholder');
    const refused = await stakeholder.post('/api/users/invitations', {
      email: 'eve@example.test',
      name: 'Eve',
      role: 'admin',
    });
    expect(refused.status).toBe(403);
    expect(await server.countRows('graphile_worker.jobs')).toBe(before);
  });
});

describe('without WAYMARK_SMTP_URL', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ runJobs: true });
  });
  afterAll(async () => server?.close());

  it('sends nothing and says so; the link still works', async () => {
    const admin = await server.signIn('admin');
    const invited = await admin.post('/api/users/invitations', {
      email: 'cy@example.test',
      name: 'Cy',
      role: 'stakeholder',
    });
    expect(invited.status).toBe(201);
    expect(invited.body.email).toBe('not_configured');
    const reset = await admin.request('POST', `/api/users/${admin.user.id}/password-reset`);
    expect(reset.body.email).toBe('not_configured');
    expect(await mailJobs(server)).toEqual([]);
    expect((await acceptLink(server, invited.body.url)).status).toBe(200);
  });

  it('a queued mail whose link was used or replaced meanwhile is not sent', async () => {
    const admin = await server.signIn('admin');
    const invited = await admin.post('/api/users/invitations', {
      email: 'fay@example.test',
      name: 'Fay',
      role: 'tpm',
    });
    const link = await server.db.query<{ id: string }>(
      'SELECT id FROM account_links WHERE user_id = $1',
      [invited.body.user.id],
    );
    const sent: string[] = [];
    const deps = {
      db: server.db,
      clock: server.container.clock,
      sender: { send: async (to: { email: string }) => void sent.push(to.email) },
      log: { info: () => {}, warn: () => {} },
    };
    const payload = {
      linkId: link.rows[0]!.id,
      purpose: 'invitation' as const,
      to: { email: 'fay@example.test', name: 'Fay' },
      sentBy: 'Admin',
      url: invited.body.url,
      expiresAt: invited.body.expiresAt,
    };
    await runAccountLinkMail(deps, payload);
    expect(sent).toEqual(['fay@example.test']);
    expect((await acceptLink(server, invited.body.url)).status).toBe(200);
    await runAccountLinkMail(deps, payload);
    expect(sent).toEqual(['fay@example.test']);
  });
});

describe('with the SMTP server down', () => {
  let port: number;
  let server: TestServer;
  let inbox: SmtpInbox | undefined;
  beforeAll(async () => {
    port = await unusedPort();
    server = await startTestServer({
      runJobs: true,
      mail: { smtpUrl: `smtp://waymark:${SMTP_PASSWORD}@127.0.0.1:${port}`, from: FROM },
    });
  });
  afterAll(async () => {
    await server?.close();
    await inbox?.close();
  });

  it('still invites; the job fails, keeps its retries, and delivers once the server is back', async () => {
    const admin = await server.signIn('admin');
    const invited = await admin.post('/api/users/invitations', {
      email: 'dee@example.test',
      name: 'Dee Patient',
      role: 'tpm',
    });
    expect(invited.status).toBe(201);
    expect(invited.body.email).toBe('queued');

    const [failed] = await eventually(
      () => mailJobs(server),
      // attempts counts up when a worker takes the job; last_error says it failed.
      (jobs) => jobs.length === 1 && jobs[0]!.last_error !== null,
    );
    expect(failed).toMatchObject({
      attempts: 1,
      max_attempts: ACCOUNT_LINK_MAIL_ATTEMPTS,
      retry_later: true,
    });
    expect(failed!.last_error).toMatch(/ECONNREFUSED/);
    expect(failed!.last_error).not.toContain(SMTP_PASSWORD);

    // The server comes back on the same port: a retry (e^1 s after the first) delivers.
    inbox = await startSmtpInbox({ port });
    const [mail] = await inbox.waitForMails(1, 30_000);
    expect(LINK_IN_TEXT.exec(mail!.text ?? '')?.[0]).toBe(invited.body.url);
    expect(
      await eventually(
        () => mailJobs(server),
        (jobs) => jobs.length === 0,
      ),
    ).toEqual([]);
    expect((await acceptLink(server, invited.body.url)).status).toBe(200);
  });
});
