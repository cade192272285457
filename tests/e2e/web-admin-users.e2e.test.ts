import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, screenshot } from '../support/browser.js';
import { signInInBrowser } from '../support/sign-in.js';

const url = inject('waymarkUrl');
const adminEmail = inject('demoAdminEmail');
const adminPassword = inject('demoAdminPassword');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the admin page', () => {
  it('invites a user who sets a password and signs in; deactivating them fails their next request', async () => {
    const email = `invitee-${randomBytes(4).toString('hex')}@example.test`;
    const password = 'invitee-chose-this-password';

    const admin = await (await browser.newContext()).newPage();
    admin.setDefaultTimeout(20_000);
    await signInInBrowser(admin, url, adminEmail, adminPassword, '/admin');
    await admin.getByRole('heading', { name: 'Accounts' }).waitFor();
    await screenshot(admin, 'admin-users');
    const invite = admin.getByRole('form', { name: 'Invite' });
    await invite.getByLabel('Email').fill(email);
    await invite.getByLabel('Name').fill('Ines Invitee');
    await invite.getByLabel('Role').selectOption('tpm');
    await invite.getByRole('button', { name: 'Invite' }).click();
    const link = await admin.getByLabel('Invitation URL').inputValue();
    expect(link).toMatch(/\/invitation#wml_/);
    expect(await admin.getByTestId('account-link-email').textContent()).toBe(
      'E-mail is not configured: copy this link and send it yourself.',
    );
    const row = admin.locator(`[data-user="${email}"]`);
    await expect(row.textContent()).resolves.toContain('Invited');
    await screenshot(admin, 'admin-invitation-link');

    const inviteeContext = await browser.newContext();
    const invitee = await inviteeContext.newPage();
    invitee.setDefaultTimeout(20_000);
    await invitee.goto(link);
    await invitee.getByText(`choose a password for ${email}`).waitFor();
    await invitee.getByLabel('Password', { exact: true }).fill(password);
    await invitee.getByRole('button', { name: 'Set password' }).click();
    await invitee.waitForURL(/\/sign-in\?email=/);
    expect(await invitee.getByLabel('Email').inputValue()).toBe(email);
    await invitee.getByLabel('Password', { exact: true }).fill(password);
    await invitee.getByRole('button', { name: 'Sign in' }).click();
    await invitee.waitForURL((u) => u.pathname === '/programs');
    const me = await invitee.request.get(`${url}/api/me`);
    expect(me.status()).toBe(200);
    expect(((await me.json()) as { role: string }).role).toBe('tpm');

    await admin.reload();
    await expect(row.textContent()).resolves.toContain('Active');
    await row.getByRole('button', { name: 'Sessions & tokens' }).click();
    const credentials = admin.getByTestId(`credentials-${email}`);
    await credentials.getByRole('button', { name: 'Revoke' }).first().waitFor();
    expect(await credentials.getByRole('listitem').count()).toBe(1);
    await screenshot(admin, 'admin-user-sessions');
    await row.getByRole('button', { name: 'Deactivate' }).click();
    await row.getByText('Deactivated').waitFor();
    await screenshot(admin, 'admin-users-deactivated');

    const after = await invitee.request.get(`${url}/api/me`);
    expect(after.status()).toBe(401);
    await invitee.goto(`${url}/programs`);
    await invitee.waitForURL(/\/sign-in/);
    await inviteeContext.close();
  });
});
