import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ApiClient } from '../support/api-client.js';
import { launchChromium, screenshot } from '../support/browser.js';
import { signedInApi, signInInBrowser } from '../support/sign-in.js';

const url = inject('waymarkUrl');
const adminEmail = inject('demoAdminEmail');
const adminPassword = inject('demoAdminPassword');
// Accounts and a program of this file's own: the demo's are shared with the other e2e files.
const owner = {
  email: 'risk-editing.owner@waymark.test',
  name: 'Rita Owner',
  password: 'owner-pass-13579',
};
const viewer = {
  email: 'risk-editing.viewer@waymark.test',
  name: 'Vera Viewer',
  password: 'viewer-pass-13579',
};

let browser: Browser;
let ownerApi: ApiClient;
let programId: string;
const taskIds: string[] = [];
let riskId: string;
const contexts: BrowserContext[] = [];

async function signedInPage(who: { email: string; password: string }, path: string) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1100 } });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await signInInBrowser(page, url, who.email, who.password, path);
  return page;
}

const risk = async () =>
  (
    (await ownerApi.get(`/api/programs/${programId}/risks`)).body.items as {
      id: string;
      [field: string]: unknown;
    }[]
  ).find((r) => r.id === riskId)!;

beforeAll(async () => {
  const admin = await signedInApi(url, adminEmail, adminPassword);
  const ids: Record<string, string> = {};
  for (const person of [owner, viewer]) {
    const created = await admin.post('/api/users', { ...person, role: 'tpm' });
    expect(created.status).toBe(201);
    ids[person.email] = created.body.id;
  }
  ownerApi = await signedInApi(url, owner.email, owner.password);
  const program = await ownerApi.post('/api/programs', { name: 'Risk Editing Program' });
  expect(program.status).toBe(201);
  programId = program.body.id;
  for (const name of ['Order the racks', 'Cable the hall']) {
    const task = await ownerApi.post(`/api/programs/${programId}/tasks`, {
      name,
      estimateHours: 16,
    });
    expect(task.status).toBe(201);
    taskIds.push(task.body.id);
  }
  const created = await ownerApi.post(`/api/programs/${programId}/risks`, {
    title: 'Supplier slips',
    probability: 0.2,
    delayHours: 8,
    taskIds: [taskIds[0]],
  });
  expect(created.status).toBe(201);
  riskId = created.body.id;
  const member = await ownerApi.post(`/api/programs/${programId}/members`, {
    userId: ids[viewer.email],
    role: 'viewer',
  });
  expect(member.status).toBe(201);
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe('editing a risk on the forecast page', () => {
  it('edits every field of a risk, with field errors in sentences and a version conflict offering Reload', async () => {
    const page = await signedInPage(owner, `/programs/${programId}/forecast`);
    const table = page.getByRole('table', { name: 'Risks' });
    await table.getByText('Supplier slips').waitFor();
    await page.getByRole('button', { name: 'Edit risk Supplier slips' }).click();
    const form = page.getByRole('form', { name: 'Edit risk Supplier slips' });
    expect(await form.getByLabel('Probability (%)').inputValue()).toBe('20');

    await form.getByLabel('Risk').fill('');
    await form.getByRole('button', { name: 'Save risk' }).click();
    await form.locator('[data-field-error="title"]').getByText('Risk is required.').waitFor();
    expect((await risk()).version).toBe(1);

    await form.getByLabel('Risk').fill('Supplier slips a month');
    await form.getByLabel('Probability (%)').fill('35');
    await form.getByLabel('Delay (working hours)').fill('40');
    await form.getByLabel('Cost').fill('12500');
    await form.getByLabel('Delays tasks').selectOption(taskIds);
    await screenshot(page, 'web-risk-edit');
    await form.getByRole('button', { name: 'Save risk' }).click();
    await form.waitFor({ state: 'detached' });
    await table.getByText('Supplier slips a month').waitFor();
    // Listed in the plan's order of the tasks.
    await table.getByText('Cable the hall, Order the racks').waitFor();
    expect(await risk()).toMatchObject({
      title: 'Supplier slips a month',
      probability: 0.35,
      delayHours: 40,
      cost: 12500,
      taskIds: expect.arrayContaining(taskIds),
      version: 2,
    });

    // Someone else changes it while the form is open: the save is refused, Reload shows theirs.
    await page.getByRole('button', { name: 'Edit risk Supplier slips a month' }).click();
    const stale = page.getByRole('form', { name: 'Edit risk Supplier slips a month' });
    const theirs = await ownerApi.patch(`/api/risks/${riskId}`, { version: 2, delayHours: 80 });
    expect(theirs.status).toBe(200);
    await stale.getByLabel('Probability (%)').fill('50');
    await stale.getByRole('button', { name: 'Save risk' }).click();
    await stale.getByRole('button', { name: 'Reload' }).waitFor();
    await screenshot(page, 'web-risk-edit-conflict');
    expect(await risk()).toMatchObject({ probability: 0.35, delayHours: 80, version: 3 });
    await stale.getByRole('button', { name: 'Reload' }).click();
    await stale.waitFor({ state: 'detached' });
    await table.getByText('80 h').waitFor();
  });

  it('a viewer of the program sees the risks but no Edit', async () => {
    const page = await signedInPage(viewer, `/programs/${programId}/forecast`);
    await page.getByRole('table', { name: 'Risks' }).getByText('Supplier slips a month').waitFor();
    expect(await page.getByRole('button', { name: /^Edit risk / }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Add risk|Remove risk/ }).count()).toBe(0);
  });
});
