import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, screenshot } from '../support/browser.js';
import { signedInApi, signInInBrowser } from '../support/sign-in.js';

const url = inject('waymarkUrl');
const adminEmail = inject('demoAdminEmail');
const adminPassword = inject('demoAdminPassword');
// Accounts of this file's own: the demo's are shared with the other e2e files.
const outsider = {
  email: 'money.outsider@waymark.test',
  name: 'Otto Outside',
  password: 'money-out-1x',
};
const viewer = {
  email: 'money.viewer@waymark.test',
  name: 'Vera Viewer',
  password: 'money-view-2x',
};

let browser: Browser;
let programId: string;
const contexts: BrowserContext[] = [];

async function signedInPage(
  account: { email: string; password: string },
  path: string,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1480, height: 1000 } });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await signInInBrowser(page, url, account.email, account.password, path);
  return page;
}

beforeAll(async () => {
  const admin = await signedInApi(url, adminEmail, adminPassword);
  expect((await admin.post('/api/users', { ...outsider, role: 'tpm' })).status).toBe(201);
  const made = await admin.post('/api/users', { ...viewer, role: 'stakeholder' });
  expect(made.status).toBe(201);
  const program = await admin.post('/api/programs', {
    name: 'Money page program',
    startDate: '2026-11-16',
    budgetCents: 1_234_500,
    currency: 'USD',
  });
  expect(program.status, JSON.stringify(program.body)).toBe(201);
  programId = program.body.id;
  const member = await admin.post(`/api/programs/${programId}/members`, {
    userId: made.body.id,
    role: 'viewer',
  });
  expect(member.status).toBe(201);
  const task = await admin.post(`/api/programs/${programId}/tasks`, {
    name: 'Priced work',
    estimateHours: 16,
    estimateOptimisticHours: 8,
    estimatePessimisticHours: 40,
    fixedCost: 5000,
    costPerHour: 100,
  });
  expect(task.status).toBe(201);
  const run = await admin.post(`/api/programs/${programId}/forecasts`, {
    iterations: 500,
    seed: 11,
  });
  expect(run.status).toBe(202);
  const deadline = Date.now() + 60_000;
  for (;;) {
    const f = await admin.get(`/api/forecasts/${run.body.id}`);
    if (f.body.status === 'succeeded') break;
    if (f.body.status === 'failed' || Date.now() > deadline)
      throw new Error(`forecast ${f.body.status}: ${f.body.error}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  browser = await launchChromium();
}, 90_000);
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe('budgets and costs on the web', () => {
  it('shows a non-member the program without its budget, and a member with it', async () => {
    const page = await signedInPage(outsider, `/programs/${programId}`);
    await page.getByRole('heading', { level: 1, name: 'Money page program' }).waitFor();
    const budget = page.getByTestId('program-budget');
    await budget.getByText('Visible to members').waitFor();
    await screenshot(page, 'web-program-budget-hidden');

    const memberPage = await signedInPage(viewer, `/programs/${programId}`);
    await memberPage.getByRole('heading', { level: 1, name: 'Money page program' }).waitFor();
    await memberPage.getByTestId('program-budget').getByText('$12,345').waitFor();
  });

  it('says the forecast cost is for members, and shows it to them', async () => {
    const page = await signedInPage(outsider, `/programs/${programId}/forecast`);
    await page.getByTestId('forecast-p50').waitFor();
    await page.getByTestId('forecast-cost-hidden').waitFor();
    expect(await page.getByTestId('forecast-cost').count()).toBe(0);
    expect(await page.getByTestId('forecast-cost-hidden').textContent()).toBe(
      'Cost: visible to the program’s members.',
    );
    const estimates = page.getByTestId('estimate-row').filter({ hasText: 'Priced work' });
    expect(await estimates.getByText('Hidden', { exact: true }).count()).toBe(2);
    await screenshot(page, 'web-forecast-cost-hidden');

    const memberPage = await signedInPage(viewer, `/programs/${programId}/forecast`);
    await memberPage.getByTestId('forecast-p50').waitFor();
    expect(await memberPage.getByTestId('forecast-cost-p50').textContent()).toMatch(
      /^\d{1,3}(,\d{3})+$/,
    );
    expect(await memberPage.getByTestId('forecast-cost-hidden').count()).toBe(0);
    const memberEstimates = memberPage
      .getByTestId('estimate-row')
      .filter({ hasText: 'Priced work' });
    expect(await memberEstimates.getByText('Hidden', { exact: true }).count()).toBe(0);
    expect(await memberEstimates.textContent()).toContain('5000');
  });
});
