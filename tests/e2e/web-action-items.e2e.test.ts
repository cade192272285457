import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ApiClient } from '../support/api-client.js';
import { launchChromium, screenshot } from '../support/browser.js';
import { signedInApi, signInInBrowser } from '../support/sign-in.js';

const url = inject('waymarkUrl');
const adminEmail = inject('demoAdminEmail');
const adminPassword = inject('demoAdminPassword');
// Accounts of this file's own: the demo's are shared with the other e2e files.
const lead = {
  email: 'action-items.lead@waymark.test',
  name: 'Lena Lead',
  password: 'lead-pass-24680',
};
const owner = {
  email: 'action-items.owner@waymark.test',
  name: 'Otto Owner',
  password: 'owner-pass-24680',
};

let browser: Browser;
let ownerApi: ApiClient;
const contexts: BrowserContext[] = [];

async function signedInPage(who: { email: string; password: string }, path: string) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await signInInBrowser(page, url, who.email, who.password, path);
  return page;
}

beforeAll(async () => {
  const admin = await signedInApi(url, adminEmail, adminPassword);
  for (const person of [lead, owner]) {
    const created = await admin.post('/api/users', { ...person, role: 'tpm' });
    expect(created.status).toBe(201);
  }
  ownerApi = await signedInApi(url, owner.email, owner.password);
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe('action items in the browser', () => {
  it('adds an item for someone, who sees it on /home and in the bell, and marks it done', async () => {
    const page = await signedInPage(lead, '/action-items');
    await page.getByRole('button', { name: 'Add action item' }).click();
    const form = page.getByRole('form', { name: 'Add an action item' });
    // Nothing typed: the API's refusal shows under the field.
    await form.getByRole('button', { name: 'Add action item' }).click();
    await form.locator('[data-field-error="title"]').waitFor();
    await form.getByLabel('What is to be done').fill('Send the launch checklist');
    await form.getByLabel('Owner').selectOption({ label: owner.name });
    await form.getByLabel('Due').fill('2026-01-05');
    await screenshot(page, 'web-action-items-add');
    await form.getByRole('button', { name: 'Add action item' }).click();
    await form.waitFor({ state: 'detached' });
    // The list shows mine by default; the item is Otto's.
    await page.getByLabel('Owner').selectOption({ label: 'Anyone' });
    await page.getByTestId('action-item').getByText('Send the launch checklist').waitFor();

    const home = await signedInPage(owner, '/');
    await home.waitForURL('**/home');
    const card = home.getByTestId('my-action-items');
    await card.getByText('Send the launch checklist').waitFor();
    await card.getByText('1 item is overdue.').waitFor();
    expect(await home.getByTestId('bell-count').textContent()).toBe('1');
    await screenshot(home, 'web-home');
    await home.getByRole('button', { name: 'Notifications, 1 unread' }).click();
    const panel = home.getByRole('region', { name: 'Notifications' });
    await panel
      .getByText('Lena Lead gave you an action item: "Send the launch checklist", due 5 Jan 2026', {
        exact: false,
      })
      .waitFor();
    await screenshot(home, 'web-notification-bell');

    await card.getByRole('button', { name: 'Mark "Send the launch checklist" done' }).click();
    await card.getByText('Nothing open.', { exact: false }).waitFor();
    const mine = await ownerApi.get('/api/action-items?ownerId=me&state=done');
    expect(mine.body.items.map((i: { title: string }) => i.title)).toEqual([
      'Send the launch checklist',
    ]);
    expect(mine.body.items[0].completedAt).not.toBeNull();

    // The panel is still open: opening the notification marks it read and goes to the items.
    await panel.getByRole('link', { name: /Send the launch checklist/ }).click();
    await home.waitForURL('**/action-items');
    await home.getByRole('button', { name: 'Notifications' }).waitFor();
    const bell = await ownerApi.get('/api/notifications?unread=true');
    expect(bell.body.unreadCount).toBe(0);
  });
});
