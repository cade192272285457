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
  email: 'risk-register.owner@waymark.test',
  name: 'Register Keeper',
  password: 'keeper-pass-24680',
};
const riskOwner = {
  email: 'risk-register.mitigator@waymark.test',
  name: 'Mina Mitigator',
  password: 'mitigator-pass-24680',
};

let browser: Browser;
let ownerApi: ApiClient;
let programId: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  const admin = await signedInApi(url, adminEmail, adminPassword);
  for (const person of [owner, riskOwner]) {
    const created = await admin.post('/api/users', { ...person, role: 'tpm' });
    expect(created.status).toBe(201);
  }
  ownerApi = await signedInApi(url, owner.email, owner.password);
  const program = await ownerApi.post('/api/programs', { name: 'Risk Register Program' });
  expect(program.status).toBe(201);
  programId = program.body.id;
  const task = await ownerApi.post(`/api/programs/${programId}/tasks`, {
    name: 'Migrate the ledger',
    estimateHours: 40,
  });
  expect(task.status).toBe(201);
  // Two risks already there, in other cells of the heat map.
  for (const body of [
    { title: 'Auditor unavailable', probability: 0.2, impact: 2 },
    { title: 'Data loss in migration', probability: 0.9, impact: 5, status: 'mitigating' },
  ]) {
    const r = await ownerApi.post(`/api/programs/${programId}/risks`, body);
    expect(r.status).toBe(201);
  }
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

async function signedInPage(path: string) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1200 } });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await signInInBrowser(page, url, owner.email, owner.password, path);
  return page;
}

const risks = async () =>
  (await ownerApi.get(`/api/programs/${programId}/risks`)).body.items as {
    title: string;
    [field: string]: unknown;
  }[];

describe('the risk register on the governance page', () => {
  it('adds a risk with an owner and a mitigation, shows it on the heat map, and edits its status', async () => {
    const page = await signedInPage(`/programs/${programId}/governance`);
    const table = page.getByRole('table', { name: 'Risk register' });
    await table.getByText('Auditor unavailable').waitFor();
    const heatMap = page.getByTestId('risk-heat-map');
    expect(await heatMap.getAttribute('data-risk-count')).toBe('2');

    await page.getByRole('button', { name: 'Add risk' }).click();
    const form = page.getByRole('form', { name: 'Add risk' });
    await form.getByLabel('Risk', { exact: true }).fill('Cut-over weekend overruns');
    await form.getByLabel('Owner').selectOption({ label: riskOwner.name });
    await form.getByLabel('Category').selectOption('schedule');
    await form.getByLabel('Response').selectOption('mitigate');
    await form.getByLabel('Probability (%)').fill('60');
    await form.getByLabel('Impact').selectOption('4');
    await form.getByLabel('Delay (working hours)').fill('16');
    await form.getByLabel('Delays tasks').selectOption({ label: 'Migrate the ledger' });
    await form.getByLabel('Mitigation', { exact: true }).fill('Rehearse the cut-over twice.');
    await form.getByLabel('Mitigation due').fill('2027-01-15');
    await form.getByLabel('Review date').fill('2027-01-08');
    await form.getByRole('button', { name: 'Add risk' }).click();
    await form.waitFor({ state: 'detached' });

    const row = table.getByRole('row', { name: /Cut-over weekend overruns/ });
    await row.waitFor();
    // Likelihood 4 (60%) × impact 4 = 16; owner, response and dates as entered.
    for (const text of [riskOwner.name, 'Open', '16', 'mitigate', '15 Jan 2027', '8 Jan 2027'])
      await row.getByText(text, { exact: true }).waitFor();
    await expect.poll(() => heatMap.getAttribute('data-risk-count')).toBe('3');
    const added = (await risks()).find((r) => r.title === 'Cut-over weekend overruns')!;
    expect(added).toMatchObject({
      ownerName: riskOwner.name,
      category: 'schedule',
      response: 'mitigate',
      mitigation: 'Rehearse the cut-over twice.',
      mitigationDueDate: '2027-01-15',
      reviewDate: '2027-01-08',
      likelihood: 4,
      impact: 4,
      score: 16,
      status: 'open',
    });
    // Each occupied cell is labelled with its count.
    await heatMap.locator('svg text', { hasText: /^1$/ }).first().waitFor();
    expect(await heatMap.locator('svg text', { hasText: /^1$/ }).count()).toBe(3);
    await screenshot(page, 'web-risk-register');

    // A click on a cell narrows the list to its risks.
    await heatMap.locator('svg text', { hasText: /^1$/ }).nth(0).click();
    await page.getByTestId('risk-cell-filter').waitFor();
    await expect.poll(() => table.locator('tr[data-risk-id]').count()).toBe(1);
    await page.getByTestId('risk-cell-filter').click();
    await table.getByText('Auditor unavailable').waitFor();

    // It happens: the status moves to occurred, and the page asks what to do with its impact.
    await page.getByRole('button', { name: 'Edit risk Cut-over weekend overruns' }).click();
    const edit = page.getByRole('form', { name: 'Edit risk Cut-over weekend overruns' });
    await edit.getByLabel('Status').selectOption('occurred');
    await edit.getByRole('button', { name: 'Save risk' }).click();
    await edit.waitFor({ state: 'detached' });
    const notice = page.getByTestId('risk-occurred-notice');
    await notice.waitFor();
    // Turned into an issue: linked to the risk, blocking its task, and listed at once.
    await notice.getByTestId('risk-occurred-to-issue').click();
    await notice
      .getByText('Issue “Cut-over weekend overruns” raised, linked to the risk.')
      .waitFor();
    await page
      .getByRole('table', { name: 'Issues' })
      .getByText('Cut-over weekend overruns')
      .waitFor();
    const issues = (await ownerApi.get(`/api/programs/${programId}/issues`)).body.items as {
      title: string;
      riskIds: string[];
      taskIds: string[];
      severity: string;
    }[];
    const raised = issues.find((i) => i.title === 'Cut-over weekend overruns')!;
    const occurredRisk = (await risks()).find((r) => r.title === 'Cut-over weekend overruns')!;
    expect(raised).toMatchObject({
      riskIds: [occurredRisk.id],
      taskIds: occurredRisk.taskIds,
      severity: 'critical',
    });
    await row.getByText('Occurred', { exact: true }).waitFor();
    const after = (await risks()).find((r) => r.title === 'Cut-over weekend overruns')!;
    expect(after).toMatchObject({ status: 'occurred', version: 2 });
    expect(after.occurredAt).not.toBeNull();
    await screenshot(page, 'web-risk-register-occurred');

    // The status filter: only what feeds the forecast.
    await page.getByLabel('Status filter').selectOption('open,mitigating');
    await table.getByText('Data loss in migration').waitFor();
    await row.waitFor({ state: 'detached' });

    // Turned into a change request: a draft lengthening the task by the risk's delay,
    // opened on its own page where its impact is shown before anyone decides.
    // The notice stays until dismissed, whatever the list shows.
    await notice.getByTestId('risk-occurred-to-change-request').click();
    await page.waitForURL(/\/change-requests\/[0-9a-f-]{36}$/);
    const requests = (await ownerApi.get(`/api/programs/${programId}/change-requests`)).body
      .items as { id: string; status: string; changes: unknown[] }[];
    expect(requests).toHaveLength(1);
    expect(page.url()).toContain(requests[0]!.id);
    const task = (occurredRisk.taskIds as string[])[0];
    expect(requests[0]).toMatchObject({
      status: 'draft',
      changes: [{ kind: 'update_task', taskId: task, estimateHours: 56 }],
    });
  });

  it('lists the risks across the portfolio with their program, and deletes one after confirming', async () => {
    const page = await signedInPage('/governance');
    const table = page.getByRole('table', { name: 'Risk register' });
    await page.getByLabel('Owner filter').selectOption({ label: riskOwner.name });
    const row = table.locator('tr[data-risk-id]', { hasText: 'Cut-over weekend overruns' });
    await row.getByText('Risk Register Program').waitFor();
    // Only hers, once the filtered list has replaced the whole portfolio's.
    await expect.poll(() => table.locator('tr[data-risk-id]').count()).toBe(1);

    await row.getByRole('button', { name: 'Delete risk Cut-over weekend overruns' }).click();
    const confirm = page.getByTestId('delete-confirmation');
    await confirm.waitFor();
    expect((await risks()).some((r) => r.title === 'Cut-over weekend overruns')).toBe(true);
    await confirm.getByRole('button', { name: 'Delete risk' }).click();
    await row.waitFor({ state: 'detached' });
    expect((await risks()).some((r) => r.title === 'Cut-over weekend overruns')).toBe(false);

    // Added from the portfolio: the form asks for the program first.
    await page.getByRole('button', { name: 'Add risk' }).click();
    const form = page.getByRole('form', { name: 'Add risk' });
    await form.getByLabel('Risk', { exact: true }).fill('Licences expire before go-live');
    await form.getByRole('button', { name: 'Add risk' }).click();
    await form.locator('[data-field-error="programId"]').waitFor();
    await form.getByLabel('Program').selectOption({ label: 'Risk Register Program' });
    await form.getByLabel('Owner').selectOption({ label: riskOwner.name });
    await form.getByRole('button', { name: 'Add risk' }).click();
    await form.waitFor({ state: 'detached' });
    await table
      .locator('tr[data-risk-id]', { hasText: 'Licences expire before go-live' })
      .getByText('Risk Register Program')
      .waitFor();
    expect((await risks()).find((r) => r.title === 'Licences expire before go-live')).toMatchObject(
      { status: 'open', probability: 0.5, impact: 3, ownerName: riskOwner.name },
    );
  });
});
