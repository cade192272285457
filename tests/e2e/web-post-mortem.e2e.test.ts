import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ApiClient } from '../support/api-client.js';
import { launchChromium, screenshot } from '../support/browser.js';
import { signedInApi, signInInBrowser } from '../support/sign-in.js';

const url = inject('waymarkUrl');
const adminEmail = inject('demoAdminEmail');
const adminPassword = inject('demoAdminPassword');

let browser: Browser;
let adminApi: ApiClient;
let programId: string;
const contexts: BrowserContext[] = [];

async function signedInPage(path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1400 } });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await signInInBrowser(page, url, adminEmail, adminPassword, path);
  return page;
}

beforeAll(async () => {
  adminApi = await signedInApi(url, adminEmail, adminPassword);
  const programs = (await adminApi.get('/api/programs?limit=100')).body.items as {
    id: string;
    name: string;
  }[];
  programId = programs.find((p) => p.name === 'Payments Platform Migration')!.id;
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe('post-mortems in the browser', () => {
  it('shows the demo program’s published post-mortem with its stored timeline', async () => {
    const page = await signedInPage(`/programs/${programId}`);
    await page.getByRole('link', { name: 'Post-mortems' }).click();
    const table = page.getByRole('table', { name: 'Post-mortems' });
    await table.getByRole('link', { name: 'Payments migration: first phase' }).click();
    await page.getByText('As it stood when the post-mortem was published.').waitFor();
    const events = page.getByRole('list', { name: 'Timeline events' }).getByRole('listitem');
    await events.first().waitFor();
    expect(await events.count()).toBeGreaterThan(3);
    await page.getByRole('img', { name: /^Timeline chart: \d+ events/ }).waitFor();
    // Published: read-only.
    expect(await page.getByRole('button', { name: 'Publish' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add', exact: true }).count()).toBe(0);
    await screenshot(page, 'web-post-mortem-published');
  });

  it('starts a post-mortem, sees the live timeline, adds a root cause and publishes it', async () => {
    const page = await signedInPage(`/programs/${programId}/post-mortems`);
    await page.getByRole('button', { name: 'New post-mortem' }).click();
    const form = page.getByRole('form', { name: 'New post-mortem' });
    await form.getByRole('button', { name: 'Start post-mortem' }).click();
    // The title is required: the API says so under the field.
    await form.locator('.field--invalid').first().waitFor();
    await form.getByLabel('Title').fill('Cut-over weekend review');
    await form.getByRole('button', { name: 'Start post-mortem' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cut-over weekend review' }).waitFor();
    await page.getByText('Live from the program’s history', { exact: false }).waitFor();
    expect(
      await page.getByRole('list', { name: 'Timeline events' }).getByRole('listitem').count(),
    ).toBeGreaterThan(3);

    const rootCauses = page.getByRole('region', { name: 'Root causes' });
    await rootCauses
      .getByLabel('New item for Root causes')
      .fill('Rollback steps were never rehearsed');
    await rootCauses.getByLabel('Category (optional)').fill('process');
    await rootCauses.getByRole('button', { name: 'Add', exact: true }).click();
    await rootCauses
      .getByRole('list', { name: 'Root causes' })
      .getByText('Rollback steps were never rehearsed')
      .waitFor();
    await screenshot(page, 'web-post-mortem-draft');

    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('group', { name: 'Confirm publishing' }).waitFor();
    await page.getByRole('button', { name: 'Publish post-mortem' }).click();
    await page.getByText(/^Published /).waitFor();
    await page.getByText('As it stood when the post-mortem was published.').waitFor();
    expect(await page.getByRole('button', { name: 'Add', exact: true }).count()).toBe(0);
    await screenshot(page, 'web-post-mortem-after-publish');

    const list = (await adminApi.get(`/api/programs/${programId}/post-mortems`)).body.items as {
      title: string;
      status: string;
      rootCauses: { text: string; category: string | null }[];
    }[];
    expect(list.find((p) => p.title === 'Cut-over weekend review')).toMatchObject({
      status: 'published',
      rootCauses: [{ text: 'Rollback steps were never rehearsed', category: 'process' }],
    });
  });
});
