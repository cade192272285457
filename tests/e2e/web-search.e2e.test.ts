import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, screenshot } from '../support/browser.js';
import { signedInApi, signInInBrowser } from '../support/sign-in.js';

const url = inject('waymarkUrl');
const adminEmail = inject('demoAdminEmail');
const adminPassword = inject('demoAdminPassword');
// An account and a program of this file's own, named with words no demo row has.
const owner = {
  email: 'search.owner@waymark.test',
  name: 'Search Owner',
  password: 'owner-pass-24680',
};

let browser: Browser;
let programId: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  const admin = await signedInApi(url, adminEmail, adminPassword);
  expect((await admin.post('/api/users', { ...owner, role: 'tpm' })).status).toBe(201);
  const api = await signedInApi(url, owner.email, owner.password);
  const program = await api.post('/api/programs', {
    name: 'Observatory dome refit',
    summary: 'Replace the dome drive and the shutter seals before the winter campaign.',
  });
  expect(program.status).toBe(201);
  programId = program.body.id;
  for (const name of ['Dome drive commissioned', 'Shutter seals fitted'])
    expect((await api.post(`/api/programs/${programId}/milestones`, { name })).status).toBe(201);
  const issue = await api.post(`/api/programs/${programId}/issues`, {
    title: 'Dome crane certificate lapsed',
    description: 'The crane that lifts the dome drive needs a new inspection.',
  });
  expect(issue.status).toBe(201);
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe('the header search', () => {
  it('"/" focuses it, typing shows hits grouped by kind, Enter opens the results page with filters', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await signInInBrowser(page, url, owner.email, owner.password, '/programs');
    await page.getByRole('heading', { name: 'Programs', level: 1 }).waitFor();

    await page.keyboard.press('/');
    const box = page.getByTestId('global-search');
    expect(await page.evaluate('document.activeElement.id')).toBe('global-search-input');
    await box.pressSequentially('dome dri', { delay: 20 });
    const dropdown = page.getByTestId('search-dropdown');
    await dropdown.getByRole('option', { name: /Dome drive commissioned/ }).waitFor();
    // Grouped by kind, the matched words marked.
    const labels = await dropdown.locator('.global-search__group-label').allInnerTexts();
    expect(labels.map((l) => l.toLowerCase())).toEqual(
      expect.arrayContaining(['milestones', 'issues']),
    );
    const marks = await dropdown.locator('mark').allInnerTexts();
    expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['dome', 'drive']));
    await screenshot(page, 'web-search-dropdown');

    await box.press('Enter');
    await page.waitForURL(/\/search\?q=dome\+dri/);
    const results = page.getByTestId('search-result');
    await results.first().waitFor();
    const titles = await results.locator('.search-result__title').allInnerTexts();
    expect(titles).toEqual(
      expect.arrayContaining(['Dome drive commissioned', 'Dome crane certificate lapsed']),
    );
    await screenshot(page, 'web-search-results');

    // Only issues: the milestone goes, the issue stays.
    await page.getByTestId('search-kind-issue').check();
    await page.waitForURL(/kinds=issue/);
    await page.getByText('Dome drive commissioned').waitFor({ state: 'detached' });
    expect(await results.locator('.search-result__title').allInnerTexts()).toEqual([
      'Dome crane certificate lapsed',
    ]);

    // A hit opens where it lives.
    await results.locator('.search-result__title').first().click();
    await page.waitForURL(new RegExp(`/programs/${programId}/governance$`));
  });
});
