import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ApiClient } from '../support/api-client.js';
import { launchChromium, screenshot } from '../support/browser.js';
import { signedInApi, signInInBrowser } from '../support/sign-in.js';

const url = inject('waymarkUrl');
const adminEmail = inject('demoAdminEmail');
const adminPassword = inject('demoAdminPassword');
// An account and a program of this file's own: the demo's are shared with the other e2e files.
const manager = {
  email: 'surveys.manager@waymark.test',
  name: 'Sam Surveyor',
  password: 'manager-pass-24680',
};

let browser: Browser;
let managerApi: ApiClient;
const contexts: BrowserContext[] = [];

async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1100 } });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
}

beforeAll(async () => {
  const admin = await signedInApi(url, adminEmail, adminPassword);
  const created = await admin.post('/api/users', { ...manager, role: 'tpm_manager' });
  expect(created.status).toBe(201);
  managerApi = await signedInApi(url, manager.email, manager.password);
  const program = await managerApi.post('/api/programs', { name: 'Survey Program' });
  expect(program.status).toBe(201);
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe('a satisfaction survey in the browser', () => {
  it('a manager creates and invites; a signed-out stakeholder answers once; the results show it', async () => {
    // The manager makes the survey from the list page.
    const page = await newPage();
    await signInInBrowser(page, url, manager.email, manager.password, '/surveys');
    await page.getByRole('button', { name: 'New survey' }).click();
    const form = page.getByRole('form', { name: 'New survey' });
    await form.getByLabel('Title').fill('Launch feedback');
    await form.getByLabel('Program').selectOption({ label: 'Survey Program' });
    await form.getByRole('button', { name: 'Create survey' }).click();
    await page.getByRole('heading', { name: 'Launch feedback' }).waitFor();

    // Two addresses, one repeated: the error sits under the field.
    const invite = page.getByRole('form', { name: 'Invite by e-mail' });
    await invite.getByLabel('E-mail addresses').fill('ada@example.test\nada@example.test');
    await invite.getByRole('button', { name: 'Make links' }).click();
    await invite.locator('[data-field-error="emails"]').waitFor();
    await invite.getByLabel('E-mail addresses').fill('ada@example.test\nben@example.test');
    await invite.getByRole('button', { name: 'Make links' }).click();
    const linkBox = page.getByLabel('Link for ada@example.test');
    await linkBox.waitFor();
    const link = await linkBox.inputValue();
    expect(link).toMatch(/\/survey\/wms_[A-Za-z0-9_-]{43}$/);
    await screenshot(page, 'web-surveys-invite');

    // A stakeholder with no account answers through the link.
    const stranger = await newPage();
    await stranger.goto(link);
    const answer = stranger.getByRole('form', { name: 'Answer the survey' });
    await answer.getByRole('heading', { name: 'Launch feedback' }).waitFor();
    // Sending with a question left out names it.
    await answer.locator('[data-question="satisfaction"]').getByLabel('4').check();
    await answer.getByRole('button', { name: 'Send answers' }).click();
    await answer.locator('[data-field-error="answers.communication"]').waitFor();
    await answer.locator('[data-question="communication"]').getByLabel('5').check();
    await answer.locator('[data-question="responsiveness"]').getByLabel('3').check();
    await answer.getByLabel('Any comment?').fill('The weekly notes help a lot.');
    await screenshot(stranger, 'web-surveys-public-answer');
    await answer.getByRole('button', { name: 'Send answers' }).click();
    await stranger.getByRole('heading', { name: 'Thank you' }).waitFor();

    // The same link again: already answered. An unknown link: does not work.
    await stranger.goto(link);
    await stranger.getByRole('heading', { name: 'Already answered' }).waitFor();
    await screenshot(stranger, 'web-surveys-public-answered');
    await stranger.goto(`${url}/survey/wms_nosuchlinkatall`);
    await stranger.getByRole('heading', { name: 'This link does not work' }).waitFor();

    // The manager's results count it.
    await page.reload();
    const results = page.getByTestId('survey-results');
    await results.getByTestId('survey-responses').getByText('1', { exact: true }).waitFor();
    await results.getByText('50%').waitFor();
    await results.getByText('Mean 4.00 from 1 answer').waitFor();
    await results.getByText('The weekly notes help a lot.').waitFor();
    await results.locator('svg').first().waitFor();
    await screenshot(page, 'web-surveys-results');
  });
});
