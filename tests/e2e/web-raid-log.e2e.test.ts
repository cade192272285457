import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ApiClient } from '../support/api-client.js';
import { launchChromium, screenshot } from '../support/browser.js';
import { signedInApi, signInInBrowser } from '../support/sign-in.js';

const url = inject('waymarkUrl');
const adminEmail = inject('demoAdminEmail');
const adminPassword = inject('demoAdminPassword');
// An account and programs of this file's own: the demo's are shared with the other e2e files.
const owner = {
  email: 'raid-log.owner@waymark.test',
  name: 'Raid Log Owner',
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
  programId = (await ownerApi.post('/api/programs', { name: 'RAID Log Program' })).body.id;
  const supplier = (await ownerApi.post('/api/programs', { name: 'RAID Supplier Program' })).body
    .id;
  const ours = await ownerApi.post(`/api/programs/${programId}/tasks`, { name: 'Go live' });
  const theirs = await ownerApi.post(`/api/programs/${supplier}/tasks`, {
    name: 'Publish the API',
    dueDate: '2027-03-05',
  });
  const link = await ownerApi.post('/api/dependencies', {
    predecessorId: theirs.body.id,
    successorId: ours.body.id,
  });
  expect(link.status).toBe(201);
  const vendor = await ownerApi.post(`/api/programs/${programId}/external-dependencies`, {
    title: 'Hardware delivery',
    kind: 'vendor',
    party: 'Example Racks Ltd',
    needByDate: '2027-02-15',
    status: 'at_risk',
  });
  expect(vendor.status).toBe(201);
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe('the RAID log on the governance page', () => {
  it('adds an assumption, marks it invalid, raises an issue from it and sees the issue', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1500 } });
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

    await page.getByRole('button', { name: 'Add assumption' }).click();
    const add = page.getByRole('form', { name: 'Add assumption' });
    await add.getByRole('button', { name: 'Add assumption' }).click();
    await add
      .locator('[data-field-error="statement"]')
      .getByText('Statement is required.')
      .waitFor();
    await add.getByLabel('Statement').fill('The data centre lease is renewed');
    await add.getByLabel('Owner').selectOption({ label: owner.name });
    await add.getByLabel('Validate by').fill('2026-01-15');
    await add.getByRole('button', { name: 'Add assumption' }).click();
    await add.waitFor({ state: 'detached' });
    const assumptions = page.getByRole('table', { name: 'Assumptions' });
    await assumptions.getByText('The data centre lease is renewed').waitFor();
    // Unvalidated past its day.
    await assumptions.getByText('Overdue').waitFor();

    await page
      .getByRole('button', { name: 'Edit assumption The data centre lease is renewed' })
      .click();
    const edit = page.getByRole('form', {
      name: 'Edit assumption The data centre lease is renewed',
    });
    await edit.getByLabel('Status').selectOption('invalid');
    await edit.getByLabel('Note').fill('The landlord sells the building');
    await edit.getByRole('button', { name: 'Save assumption' }).click();
    await edit.waitFor({ state: 'detached' });
    await assumptions.getByText('Invalid').waitFor();
    expect(await assumptions.getByText('Overdue').count()).toBe(0);

    await assumptions.getByRole('button', { name: 'Raise issue' }).click();
    await page
      .getByRole('status')
      .getByText('Raised issue “The data centre lease is renewed”.')
      .waitFor();
    const issues = page.getByRole('table', { name: 'Issues' });
    await issues.getByText('The data centre lease is renewed').waitFor();
    await issues.getByText('Medium').waitFor();
    const listed = (await ownerApi.get(`/api/programs/${programId}/issues`)).body.items;
    expect(listed).toMatchObject([
      { title: 'The data centre lease is renewed', severity: 'medium', status: 'open' },
    ]);

    // The issue's severity, escalation and blocked work, edited in place.
    await page.getByRole('button', { name: 'Edit issue The data centre lease is renewed' }).click();
    const issueForm = page.getByRole('form', {
      name: 'Edit issue The data centre lease is renewed',
    });
    await issueForm.getByLabel('Severity').selectOption('critical');
    await issueForm.getByLabel('Escalation').selectOption('director');
    await issueForm.getByLabel('Blocks tasks').selectOption({ label: 'Go live' });
    await issueForm.getByRole('button', { name: 'Save issue' }).click();
    await issueForm.waitFor({ state: 'detached' });
    await issues.getByText('Critical').waitFor();
    await issues.getByText('Director').waitFor();

    const cross = page.getByRole('table', { name: 'Cross-program dependencies' });
    await cross.getByText('RAID Supplier Program').waitFor();
    await cross.getByText('We wait on them').waitFor();
    await page.getByRole('table', { name: 'External dependencies' }).getByText('At risk').waitFor();
    await screenshot(page, 'web-raid-log');

    // Deleting asks first; the issue raised from the assumption stays.
    await assumptions
      .getByRole('button', { name: 'Delete assumption The data centre lease is renewed' })
      .click();
    const confirm = page.getByTestId('delete-confirmation');
    await confirm.waitFor();
    expect((await ownerApi.get(`/api/programs/${programId}/assumptions`)).body.items).toHaveLength(
      1,
    );
    await confirm.getByRole('button', { name: 'Delete assumption' }).click();
    await assumptions.waitFor({ state: 'detached' });
    expect((await ownerApi.get(`/api/programs/${programId}/assumptions`)).body.items).toEqual([]);
    await issues.getByText('The data centre lease is renewed').waitFor();
  });

  it('the portfolio governance page lists the issue with its program, read-only', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1100 } });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await signInInBrowser(page, url, owner.email, owner.password, '/governance');
    await page.getByLabel('Severity').selectOption('critical');
    const issues = page.getByRole('table', { name: 'Issues' });
    const row = issues.getByRole('row').filter({ hasText: 'The data centre lease is renewed' });
    await row.getByText('RAID Log Program').waitFor();
    await row.getByText('Critical').waitFor();
    expect(await page.getByRole('button', { name: /^Edit issue / }).count()).toBe(0);
    await page
      .getByRole('table', { name: 'External dependencies' })
      .getByText('Hardware delivery')
      .first()
      .waitFor();
    await screenshot(page, 'web-raid-log-portfolio');
  });
});
