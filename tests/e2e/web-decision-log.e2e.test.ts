import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ApiClient } from '../support/api-client.js';
import { launchChromium, screenshot } from '../support/browser.js';
import { signedInApi, signInInBrowser } from '../support/sign-in.js';

const url = inject('waymarkUrl');
const adminEmail = inject('demoAdminEmail');
const adminPassword = inject('demoAdminPassword');
// An account and a program of this file's own: the demo's are shared with the other e2e files.
const owner = {
  email: 'decision-log.owner@waymark.test',
  name: 'Dana Decider',
  password: 'owner-pass-24680',
};

let browser: Browser;
let ownerApi: ApiClient;
let programId: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  const admin = await signedInApi(url, adminEmail, adminPassword);
  expect((await admin.post('/api/users', { ...owner, role: 'tpm' })).status).toBe(201);
  ownerApi = await signedInApi(url, owner.email, owner.password);
  const program = await ownerApi.post('/api/programs', { name: 'Decision Log Program' });
  expect(program.status).toBe(201);
  programId = program.body.id;
  // The server's clock is pinned at 16 November 2026: the 10th has passed.
  const pending = await ownerApi.post(`/api/programs/${programId}/decisions`, {
    title: 'Pick the data centre',
    neededBy: '2026-11-10',
  });
  expect(pending.status).toBe(201);
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe('the decision log on the governance page', () => {
  it('proposes a decision with two options, decides it, and flags a pending one past its date', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1300 } });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await signInInBrowser(
      page,
      url,
      owner.email,
      owner.password,
      `/programs/${programId}/governance`,
    );

    const table = page.getByRole('table', { name: 'Decisions' });
    const overdueRow = table
      .getByTestId('decision-row')
      .filter({ hasText: 'Pick the data centre' });
    await overdueRow.getByText('Overdue').waitFor();

    await page.getByRole('button', { name: 'Propose a decision' }).click();
    const form = page.getByRole('form', { name: 'Propose a decision' });
    await form.getByLabel('Decision to make').fill('Which message queue?');
    await form.getByLabel('Context').fill('Orders must survive a restart of any one service.');
    await form.getByLabel('Needed by').fill('2026-12-01');
    await form.getByRole('button', { name: 'Add option' }).click();
    await form.getByRole('button', { name: 'Add option' }).click();
    await form.getByLabel('Option 1 name').fill('Run our own Kafka');
    await form.getByLabel('Option 1 pros').fill('Known to the team');
    await form.getByLabel('Option 1 cons').fill('Needs an on-call rota');
    await form.getByLabel('Option 1 cost').fill('48000');
    // The second option's name left out: the API's error shows under that field.
    await form.getByLabel('Option 2 pros').fill('Managed');
    await form.getByRole('button', { name: 'Propose decision' }).click();
    await form.locator('[data-field-error="options[1].name"]').waitFor();
    expect(await form.locator('[data-field-error="options[1].name"]').textContent()).toMatch(
      /Option 2 name/,
    );
    await form.getByLabel('Option 2 name').fill('Buy a managed queue');
    await form.getByLabel('Option 2 cons').fill('Lock-in');
    await form.getByLabel('Option 2 cost').fill('30000.50');
    await form.getByRole('button', { name: 'Propose decision' }).click();
    await form.waitFor({ state: 'detached' });

    const row = table.getByTestId('decision-row').filter({ hasText: 'Which message queue?' });
    await row.getByText('proposed').waitFor();
    expect(await row.getByText('Overdue').count()).toBe(0);

    await page.getByRole('button', { name: 'Decide Which message queue?' }).click();
    const decide = page.getByRole('form', { name: 'Decide Which message queue?' });
    await decide.getByLabel('Option chosen').selectOption({ label: 'Buy a managed queue' });
    await decide.getByLabel('Decision').fill('Buy the managed queue; revisit at 10x volume.');
    await decide.getByRole('button', { name: 'Record decision' }).click();
    await decide.waitFor({ state: 'detached' });
    const decided = table.getByTestId('decision-row').filter({ hasText: 'Which message queue?' });
    await decided.getByText('decided', { exact: true }).waitFor();
    await decided.getByText('16 Nov 2026 by Dana Decider').waitFor();

    await decided.getByRole('button', { name: 'Which message queue?', exact: true }).click();
    const options = page.getByRole('table', { name: 'Options of Which message queue?' });
    await options.getByText('Buy a managed queue (chosen)').waitFor();
    await options.getByText('30,000.50').waitFor();
    await screenshot(page, 'web-decision-log');

    const stored = (await ownerApi.get(`/api/programs/${programId}/decisions`)).body.items as {
      title: string;
      status: string;
      chosenOption: number | null;
      overdue: boolean;
    }[];
    expect(stored.find((d) => d.title === 'Which message queue?')).toMatchObject({
      status: 'decided',
      chosenOption: 1,
    });
    expect(stored.find((d) => d.title === 'Pick the data centre')).toMatchObject({
      status: 'proposed',
      overdue: true,
    });
  });

  it('shows every visible program and the portfolio decision on the portfolio governance page', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1300 } });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await signInInBrowser(page, url, adminEmail, adminPassword, '/governance');
    const table = page.getByRole('table', { name: 'Decisions' });
    await table.getByRole('columnheader', { name: 'Program' }).waitFor();
    // The demo's portfolio decision, of no program, and a program's pending one past its date.
    const portfolio = table
      .getByTestId('decision-row')
      .filter({ hasText: 'Freeze new program intake for the last quarter?' });
    await portfolio.getByText('Portfolio', { exact: true }).waitFor();
    const overdue = table
      .getByTestId('decision-row')
      .filter({ hasText: 'Hold the launch for the security review?' });
    expect(await overdue.count()).toBeGreaterThanOrEqual(3);
    await overdue.first().getByText('Overdue').waitFor();
    // This file's program is there too, with its name.
    await table
      .getByTestId('decision-row')
      .filter({ hasText: 'Which message queue?' })
      .getByText('Decision Log Program')
      .waitFor();
    await page.getByRole('button', { name: 'Propose a portfolio decision' }).waitFor();
  });
});
