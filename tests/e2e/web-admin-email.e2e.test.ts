import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ADMIN_EMAIL } from '../../server/demo/seed-demo.js';
import { launchChromium, screenshot } from '../support/browser.js';
import { signInInBrowser } from '../support/sign-in.js';
import { startSmtpInbox, type SmtpInbox } from '../support/smtp-inbox.js';
import {
  makeDataDir,
  startWaymarkProcess,
  stopWaymarkProcess,
  type WaymarkProcess,
} from '../support/waymark-process.js';

// Waymark as an operator runs it, with WAYMARK_SMTP_URL in its environment, and a real
// SMTP server in the test process standing in for the organization's mail server.
const DEMO_PASSWORD = 'mail-demo-password-1';
const dataDir = makeDataDir('waymark-mail-');
let inbox: SmtpInbox;
let waymark: WaymarkProcess;
let browser: Browser;

beforeAll(async () => {
  inbox = await startSmtpInbox();
  waymark = await startWaymarkProcess({
    WAYMARK_DATA_DIR: dataDir,
    WAYMARK_DEMO_PASSWORD: DEMO_PASSWORD,
    WAYMARK_SMTP_URL: inbox.url,
    WAYMARK_MAIL_FROM: 'Waymark <waymark@example.test>',
  });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  if (waymark) await stopWaymarkProcess(waymark);
  await inbox?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('invitations by e-mail, in the browser', () => {
  it('the admin invites; the page says it was e-mailed; the mailed link lets the invitee in', async () => {
    const email = 'mailed-invitee@example.test';
    const password = 'mailed-invitee-password';
    const admin = await (await browser.newContext()).newPage();
    admin.setDefaultTimeout(20_000);
    await signInInBrowser(admin, waymark.url, DEMO_ADMIN_EMAIL, DEMO_PASSWORD, '/admin');
    const invite = admin.getByRole('form', { name: 'Invite' });
    await invite.getByLabel('Email').fill(email);
    await invite.getByLabel('Name').fill('Mia Mailed');
    await invite.getByLabel('Role').selectOption('tpm');
    await invite.getByRole('button', { name: 'Invite' }).click();
    const notice = admin.getByTestId('account-link-email');
    await notice.waitFor();
    expect(await notice.textContent()).toBe(`E-mailed to ${email}`);
    const shown = await admin.getByLabel('Invitation URL').inputValue();
    await screenshot(admin, 'admin-invitation-emailed');

    const [mail] = await inbox.waitForMails(1, 30_000);
    expect(mail!.to).toMatchObject({ value: [{ address: email, name: 'Mia Mailed' }] });
    expect(mail!.subject).toBe('Avery Admin invited you to Waymark');
    const link = /https?:\/\/\S+\/invitation#\S+/.exec(mail!.text ?? '')?.[0];
    expect(link).toBe(shown);
    expect(waymark.output()).not.toContain(link!.split('#')[1]);

    const invitee = await (await browser.newContext()).newPage();
    invitee.setDefaultTimeout(20_000);
    await invitee.goto(link!);
    await invitee.getByText(`choose a password for ${email}`).waitFor();
    await invitee.getByLabel('Password', { exact: true }).fill(password);
    await invitee.getByRole('button', { name: 'Set password' }).click();
    await invitee.waitForURL(/\/sign-in\?email=/);
    await invitee.getByLabel('Password', { exact: true }).fill(password);
    await invitee.getByRole('button', { name: 'Sign in' }).click();
    await invitee.waitForURL((u) => u.pathname === '/programs');
  });
});
