import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ApiClient } from '../support/api-client.js';
import { launchChromium, screenshot } from '../support/browser.js';
import { signedInApi, signInInBrowser } from '../support/sign-in.js';

const url = inject('waymarkUrl');
const adminEmail = inject('demoAdminEmail');
const adminPassword = inject('demoAdminPassword');
// Accounts of this file's own: the demo's are shared with the other e2e files.
const owner = {
  email: 'members.owner@waymark.test',
  name: 'Olive Owner',
  password: 'owner-pass-1234',
};
const editor = {
  email: 'members.editor@waymark.test',
  name: 'Ted Teammate',
  password: 'editor-pass-1234',
};
const outsider = {
  email: 'members.outsider@waymark.test',
  name: 'Nora Outsider',
  password: 'outsider-pass-1234',
};
const viewer = {
  email: 'members.viewer@waymark.test',
  name: 'Vic Viewer',
  password: 'viewer-pass-1234',
};
const PROGRAM = 'Orbit Launch';

let browser: Browser;
let ownerApi: ApiClient;
let programId: string;
const ids: Record<string, string> = {};
const contexts: BrowserContext[] = [];

async function signedInPage(who: { email: string; password: string }, path: string) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await signInInBrowser(page, url, who.email, who.password, path);
  return page;
}

/** Every button inside the page's main area, by its text. */
const mainButtons = (page: Page) =>
  page.locator('main button').evaluateAll((buttons) => buttons.map((b) => b.textContent?.trim()));

beforeAll(async () => {
  const admin = await signedInApi(url, adminEmail, adminPassword);
  for (const person of [owner, editor, outsider, viewer]) {
    const created = await admin.post('/api/users', { ...person, role: 'tpm' });
    expect(created.status).toBe(201);
    ids[person.email] = created.body.id;
  }
  ownerApi = await signedInApi(url, owner.email, owner.password);
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe('program members and visibility in the web UI', () => {
  it('the creator makes a members-only program, is its owner, and adds a TPM as editor', async () => {
    const page = await signedInPage(owner, '/programs');
    await page.getByRole('button', { name: 'New program' }).click();
    const form = page.getByRole('form', { name: 'New program' });
    await form.getByLabel('Name', { exact: true }).fill(PROGRAM);
    await form.getByLabel('Visibility').selectOption({ label: 'Members only' });
    await form.getByText('Only its members, TPM managers and admins see it').waitFor();
    await screenshot(page, 'web-new-program-visibility');
    await form.getByRole('button', { name: 'Create program' }).click();
    await page.getByRole('heading', { level: 1, name: PROGRAM }).waitFor();
    programId = new URL(page.url()).pathname.split('/').pop()!;

    const header = page.getByTestId('program-header');
    expect(await header.getByTestId('program-access').textContent()).toBe('You: owner');
    await header.getByText('Members only', { exact: true }).waitFor();

    const members = page.getByTestId('members');
    await members.locator('tr[data-member="members.owner@waymark.test"]').waitFor();
    const add = members.getByRole('form', { name: 'Add a member' });
    // Nothing chosen: said under the field, and nothing is sent.
    await add.getByRole('button', { name: 'Add member' }).click();
    await add.locator('[data-field-error="userId"]').getByText('Choose the person').waitFor();
    await add
      .getByLabel('Person')
      .selectOption({ label: `${editor.name} (${editor.email}) · TPM` });
    await add.getByLabel('Membership').selectOption('editor');
    await add.getByRole('button', { name: 'Add member' }).click();
    const editorRow = members.locator(`tr[data-member="${editor.email}"]`);
    await editorRow.waitFor();
    expect(await editorRow.getByLabel(`Membership of ${editor.name}`).inputValue()).toBe('editor');

    // The only owner cannot step down: the refusal is a sentence under that row's role.
    await members.getByLabel(`Membership of ${owner.name}`).selectOption('viewer');
    const refusal = members.locator(`tr[data-member="${owner.email}"] .member-error`);
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('last owner');
    expect(await members.getByLabel(`Membership of ${owner.name}`).inputValue()).toBe('owner');
    await screenshot(page, 'web-program-members-owner');

    await page.goto(`${url}/programs`);
    const row = page.getByRole('row').filter({ hasText: PROGRAM });
    await row.getByText('Members only', { exact: true }).waitFor();
    await screenshot(page, 'web-programs-members-only-badge');
  });

  it('the TPM added as editor can then edit the program', async () => {
    const page = await signedInPage(editor, `/programs/${programId}`);
    await page.getByRole('heading', { level: 1, name: PROGRAM }).waitFor();
    await page.getByTestId('program-access').getByText('You: editor').waitFor();
    expect(await page.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Edit program' }).click();
    const form = page.getByRole('form', { name: 'Edit program' });
    await form.getByLabel('Summary').fill('Edited by the editor');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByTestId('program-header').getByText('Edited by the editor').waitFor();
    expect((await ownerApi.get(`/api/programs/${programId}`)).body.summary).toBe(
      'Edited by the editor',
    );
  });

  it('a TPM who is not a member gets a plain "not found" page', async () => {
    const page = await signedInPage(outsider, `/programs/${programId}`);
    await page.getByRole('heading', { level: 1, name: 'Program not found' }).waitFor();
    expect(await page.getByText(PROGRAM).count()).toBe(0);
    await screenshot(page, 'web-program-not-found-outsider');
  });

  it('a viewer sees the plan and the members, with no edit controls', async () => {
    const added = await ownerApi.post(`/api/programs/${programId}/members`, {
      userId: ids[viewer.email],
      role: 'viewer',
    });
    expect(added.status).toBe(201);
    expect(
      (await ownerApi.post(`/api/programs/${programId}/tasks`, { name: 'Write the launch plan' }))
        .status,
    ).toBe(201);
    const page = await signedInPage(viewer, `/programs/${programId}`);
    await page.getByTestId('task-row').filter({ hasText: 'Write the launch plan' }).waitFor();
    expect(await page.getByTestId('program-access').textContent()).toBe(
      'You: viewer. You can read this program but not change it.',
    );
    await page.getByTestId('members').locator(`tr[data-member="${viewer.email}"]`).waitFor();
    expect(await mainButtons(page)).toEqual([]);
    expect(await page.locator('main input, main select, main textarea').count()).toBe(0);
    await screenshot(page, 'web-program-detail-viewer');

    // The forecast page follows the same answer: no "Run forecast", no risk editing.
    await page.goto(`${url}/programs/${programId}/forecast`);
    await page.getByRole('heading', { name: 'Risks', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: /Run forecast|Add risk/ }).count()).toBe(0);
  });

  it("the owner reads the program's audit log, newest first", async () => {
    const page = await signedInPage(owner, `/programs/${programId}`);
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    const rows = page.getByTestId('audit-table').locator('tbody tr[data-event]');
    await rows.first().waitFor();
    const eventIds = (
      await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-event')))
    ).map(Number);
    expect(eventIds.length).toBeGreaterThan(2);
    expect(eventIds).toEqual([...eventIds].sort((a, b) => b - a));
    const texts = await rows.allTextContents();
    expect(texts.some((t) => t.includes('create program member'))).toBe(true);
    expect(texts.some((t) => t.includes('create task'))).toBe(true);
    expect(texts.some((t) => /create program(?! member)/.test(t))).toBe(true);
    await screenshot(page, 'web-program-audit-owner');
  });
});
