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
  email: 'status-report.owner@waymark.test',
  name: 'Sam Reporter',
  password: 'owner-pass-24680',
  role: 'tpm',
};
const viewer = {
  email: 'status-report.viewer@waymark.test',
  name: 'Val Stakeholder',
  password: 'viewer-pass-24680',
  role: 'stakeholder',
};

let browser: Browser;
let ownerApi: ApiClient;
let programId: string;
const contexts: BrowserContext[] = [];

async function signedInPage(who: { email: string; password: string }, path: string) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1600 } });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await signInInBrowser(page, url, who.email, who.password, path);
  return page;
}

beforeAll(async () => {
  const admin = await signedInApi(url, adminEmail, adminPassword);
  const ids: Record<string, string> = {};
  for (const person of [owner, viewer]) {
    const created = await admin.post('/api/users', person);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    ids[person.email] = created.body.id;
  }
  ownerApi = await signedInApi(url, owner.email, owner.password);
  const program = await ownerApi.post('/api/programs', { name: 'Status Report Program' });
  expect(program.status).toBe(201);
  programId = program.body.id;
  const milestone = await ownerApi.post(`/api/programs/${programId}/milestones`, {
    name: 'Pilot live',
  });
  expect(milestone.status).toBe(201);
  const task = await ownerApi.post(`/api/programs/${programId}/tasks`, {
    name: 'Pilot build',
    estimateHours: 24,
    milestoneId: milestone.body.id,
  });
  expect(task.status).toBe(201);
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

describe('a status report in the browser', () => {
  let reportId: string;

  it('is drafted, its summary edited, and published after a confirmation', async () => {
    const page = await signedInPage(owner, `/programs/${programId}`);
    await page.getByRole('link', { name: 'Status reports' }).click();
    await page.getByText('No status report yet.').waitFor();
    await page.getByRole('button', { name: 'Draft a report' }).click();
    await page.getByTestId('status-report-page').waitFor();
    await page
      .getByRole('table', { name: 'Upcoming milestones' })
      .getByText('Pilot live')
      .waitFor();
    reportId = page.url().split('/status-reports/')[1]!;

    const form = page.getByRole('form', { name: 'Edit the draft' });
    await form.getByLabel('Summary').fill('Pilot on track; racks arrived.');
    await form.getByLabel('Asks').fill('A second reviewer for the pilot.');
    await form.getByRole('button', { name: 'Save draft' }).click();
    await expect
      .poll(async () => (await ownerApi.get(`/api/status-reports/${reportId}`)).body.version)
      .toBe(2);

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('button', { name: 'Publish the report' }).click();
    await page.getByText(/\. Published /).waitFor();
    await screenshot(page, 'web-status-report-published');
    expect(await form.count()).toBe(0);
    const stored = (await ownerApi.get(`/api/status-reports/${reportId}`)).body;
    expect(stored).toMatchObject({
      status: 'published',
      summary: 'Pilot on track; racks arrived.',
      asks: 'A second reviewer for the pilot.',
    });
  });

  it('is read by a stakeholder viewing the program, without edit controls', async () => {
    const page = await signedInPage(viewer, `/programs/${programId}/reports`);
    await page.getByRole('link', { name: /Status Report Program status/ }).click();
    await page.getByTestId('report-summary').getByText('Pilot on track; racks arrived.').waitFor();
    await page.getByText('A second reviewer for the pilot.').waitFor();
    await page
      .getByRole('table', { name: 'Upcoming milestones' })
      .getByText('Pilot live')
      .waitFor();
    expect(await page.getByRole('button', { name: /Publish|Delete|Save draft/ }).count()).toBe(0);
    await screenshot(page, 'web-status-report-stakeholder');
  });

  it('compares the next draft with the published report: the grown task moved its milestone', async () => {
    const tasks = (await ownerApi.get(`/api/programs/${programId}/tasks`)).body.items as {
      id: string;
      version: number;
    }[];
    const grown = await ownerApi.patch(`/api/tasks/${tasks[0]!.id}`, {
      version: tasks[0]!.version,
      estimateHours: 64,
    });
    expect(grown.status, JSON.stringify(grown.body)).toBe(200);
    const page = await signedInPage(owner, `/programs/${programId}/reports`);
    await page.getByRole('button', { name: 'Draft a report' }).click();
    await page.getByTestId('status-report-page').waitFor();
    await page.getByRole('table', { name: 'Slipped milestones' }).getByText('Pilot live').waitFor();
    await page.getByLabel('Report', { exact: true }).selectOption({ index: 1 });
    const compare = page.getByTestId('report-compare');
    await compare
      .getByText(/^Pilot live: .+ → .+/)
      .first()
      .waitFor();
    expect(await compare.textContent()).toContain('upcoming → slipped');
    await screenshot(page, 'web-status-report-compare');
  });
});
