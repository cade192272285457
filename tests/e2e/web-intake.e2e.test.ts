import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient } from '../support/api-client.js';
import { launchChromium, screenshot } from '../support/browser.js';

const url = inject('waymarkUrl');
const adminEmail = inject('demoAdminEmail');
const adminPassword = inject('demoAdminPassword');

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1480, height: 1000 } });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('the intake pages', () => {
  it('submits a request, shows it in the queue with its SLA clock, and accepts it with a suggested TPM', async () => {
    await page.goto(`${url}/intake`);
    await page.waitForURL(/\/sign-in/);
    await page.getByLabel('Email').fill(adminEmail);
    await page.getByLabel('Password').fill(adminPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/intake$/);

    // The submit form carries the template's help text; a missing title is named under its field.
    await page.getByRole('tab', { name: 'Submit a request' }).click();
    await page.getByRole('heading', { name: 'Ask the TPM team' }).waitFor();
    await page.getByText('What is wrong or missing today, and who feels it.').waitFor();
    await page.getByRole('button', { name: 'Submit request' }).click();
    await page.locator('[data-field-error="title"]').waitFor();

    await page.getByLabel('Title').fill('Move checkout to the new ledger');
    await page
      .getByLabel('Problem')
      .fill('Checkout writes to two ledgers and they disagree at month end.');
    await page.getByLabel('Teams and functions involved').fill('Payments, Finance');
    await page.getByLabel('Size guess').selectOption('m');
    await screenshot(page, 'intake-submit-form');
    await page.getByRole('button', { name: 'Submit request' }).click();
    await page.waitForURL(/\/intake\/requests\/[0-9a-f-]{36}$/);
    const requestUrl = page.url();
    await page
      .getByRole('heading', { level: 1, name: 'Move checkout to the new ledger' })
      .waitFor();

    // The queue lists it with a running first-response clock.
    await page.goto(`${url}/intake`);
    const row = page.locator('tr', { hasText: 'Move checkout to the new ledger' });
    await row.waitFor();
    expect(await row.locator('[data-sla-state]').first().getAttribute('data-sla-state')).toMatch(
      /^(on_track|due_soon)$/,
    );
    expect(await row.locator('.sla__detail').first().textContent()).toMatch(
      /working h left · due /,
    );
    // The demo's old request has run out of time.
    const breached = page.locator('tr', { hasText: 'Offline mode for the field app' });
    expect(await breached.locator('[data-sla-state]').first().getAttribute('data-sla-state')).toBe(
      'breached',
    );
    await page.locator('.chart svg').first().waitFor();
    await screenshot(page, 'intake-queue');

    // Detail: suggest TPMs, assign the first with one click, accept.
    await page.goto(requestUrl);
    await page.getByRole('button', { name: 'Suggest TPMs' }).click();
    const first = page.getByTestId('routing-candidate').first();
    await first.waitFor();
    const firstName = (
      (await first.locator('.routing-candidate__name').textContent()) ?? ''
    ).replace(/^1\.\s*/, '');
    await first.getByRole('button', { name: 'Assign' }).click();
    await page.getByText(`picked up by ${firstName}`).waitFor();
    await page.getByRole('button', { name: 'Accept as a program' }).click();
    await page.getByRole('link', { name: 'Open the program' }).waitFor();
    expect(await page.locator('.page-header__lead .badge').first().textContent()).toBe('Accepted');
    await page.getByText('First response (24 working h)').waitFor();
    expect(await page.locator('[data-sla-state]').first().getAttribute('data-sla-state')).toBe(
      'met',
    );
    await page.getByText(/assigned it — /).waitFor();
    await screenshot(page, 'intake-request-accepted');

    // In-app notifications: managers hear of new requests; marking one read removes it.
    await page.goto(`${url}/intake`);
    const note = page.locator('.notifications__item', {
      hasText: 'Move checkout to the new ledger',
    });
    await note.waitFor();
    await note.getByRole('button', { name: 'Mark read' }).click();
    await note.waitFor({ state: 'detached' });

    // The template a TPM manager maintains, with the SLA targets.
    await page.getByRole('tab', { name: 'Template' }).click();
    await page.getByRole('heading', { name: 'Request template' }).waitFor();
    expect(await page.getByLabel('First response target (working hours)').inputValue()).toBe('24');
    await screenshot(page, 'intake-template');
  });

  it('a read-only stakeholder submits a request and follows it under My requests, without triage controls', async () => {
    const signIn = await fetch(`${url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: adminEmail, password: adminPassword }),
    });
    const admin = new ApiClient(url, { cookie: signIn.headers.get('set-cookie')!.split(';')[0]! });
    const email = `sam.requester.${Date.now()}@example.test`;
    const created = await admin.post('/api/users', {
      email,
      name: 'Sam Requester',
      role: 'stakeholder',
      password: 'stakeholder-password-1',
    });
    expect(created.status).toBe(201);

    const stakeholder = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await stakeholder.newPage();
    p.setDefaultTimeout(20_000);
    try {
      await p.goto(`${url}/sign-in`);
      await p.getByLabel('Email').fill(email);
      await p.getByLabel('Password').fill('stakeholder-password-1');
      await p.getByRole('button', { name: 'Sign in' }).click();
      await p.waitForURL(/\/programs$/);
      await p.goto(`${url}/intake`);
      await p.getByRole('heading', { name: 'Requests you submitted' }).waitFor();
      expect(await p.getByRole('tab', { name: 'Triage queue' }).count()).toBe(0);
      await p.getByRole('tab', { name: 'Submit a request' }).click();
      await p.getByLabel('Title').fill('Quarterly access review');
      await p.getByRole('button', { name: 'Submit request' }).click();
      await p.waitForURL(/\/intake\/requests\//);
      await p.getByRole('heading', { level: 1, name: 'Quarterly access review' }).waitFor();
      expect(await p.getByRole('heading', { name: 'Triage' }).count()).toBe(0);
      expect(await p.getByRole('heading', { name: 'Suggested TPMs' }).count()).toBe(0);
      await p.getByText('submitted the request').waitFor();
      await p.goto(`${url}/intake`);
      await p.locator('tr', { hasText: 'Quarterly access review' }).waitFor();
      await screenshot(p, 'intake-my-requests');
    } finally {
      await stakeholder.close();
    }
  });
});
