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
  email: 'review.owner@waymark.test',
  name: 'Reese Owner',
  password: 'owner-pass-24680',
};

let browser: Browser;
let ownerApi: ApiClient;
let programId: string;
let changeRequestId: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  const admin = await signedInApi(url, adminEmail, adminPassword);
  expect((await admin.post('/api/users', { ...owner, role: 'tpm' })).status).toBe(201);
  ownerApi = await signedInApi(url, owner.email, owner.password);
  const program = await ownerApi.post('/api/programs', {
    name: 'Review Agenda Program',
    startDate: '2029-12-03',
  });
  expect(program.status).toBe(201);
  programId = program.body.id;
  const cr = await ownerApi.post(`/api/programs/${programId}/change-requests`, {
    title: 'Add a second region',
    reason: 'Latency for the eastern customers',
    changes: [],
  });
  expect(cr.status).toBe(201);
  changeRequestId = cr.body.id;
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe('a review in the browser', () => {
  it('creates a weekly review, opens its agenda and records a note outcome', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1100 } });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await signInInBrowser(page, url, owner.email, owner.password, '/reviews');

    await page.getByRole('button', { name: '+ Review' }).click();
    const form = page.getByRole('form', { name: 'New review' });
    await form.getByLabel('Title').fill('Region weekly');
    await form.getByLabel('Program').selectOption({ label: 'Review Agenda Program' });
    // Tuesday 1 January 2030: the next occurrence whatever today is (before then).
    await form.getByLabel('First day').fill('2030-01-01');
    await form.getByLabel('Repeats').selectOption('weekly');
    await form.getByTestId('review-rule').getByText('FREQ=WEEKLY;BYDAY=TU').waitFor();
    await form.getByRole('button', { name: 'Create review' }).click();

    await page.waitForURL(/\/reviews\/[0-9a-f-]{36}$/);
    const agenda = page.getByTestId('agenda');
    await agenda.getByText('Agenda of 1 Jan 2030').waitFor();
    const group = page.getByTestId('agenda-change_request_pending');
    await group.getByText('Change requests awaiting a decision').waitFor();
    const item = group.getByTestId('agenda-item');
    await item.getByRole('link', { name: 'CR-1 Add a second region' }).waitFor();
    expect(
      await item.getByRole('link', { name: 'CR-1 Add a second region' }).getAttribute('href'),
    ).toBe(`/programs/${programId}/change-requests/${changeRequestId}`);

    await item.getByRole('button', { name: '+ Outcome' }).click();
    const outcome = page.getByRole('form', { name: 'Outcome for CR-1 Add a second region' });
    await outcome.getByLabel('Note').fill('Waiting on the cost estimate from the vendor');
    await outcome.getByRole('button', { name: 'Record' }).click();
    await item.getByText('Waiting on the cost estimate from the vendor').waitFor();

    // The open note carries the item to the next Tuesday.
    await page.getByRole('button', { name: '8 Jan 2030' }).click();
    await agenda.getByText('Agenda of 8 Jan 2030').waitFor();
    await agenda.getByText('Carried over from 1 Jan 2030').waitFor();

    const reviews = (await ownerApi.get('/api/reviews')).body.items as { title: string }[];
    expect(reviews.map((r) => r.title)).toContain('Region weekly');
    await page.getByRole('button', { name: '1 Jan 2030' }).click();
    await agenda.getByText('Agenda of 1 Jan 2030').waitFor();
    await screenshot(page, 'review-agenda');
  });
});
