import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient } from '../support/api-client.js';
import { launchChromium, screenshot } from '../support/browser.js';

const url = inject('waymarkUrl');
const adminEmail = inject('demoAdminEmail');
const adminPassword = inject('demoAdminPassword');
const stakeholder = {
  email: 'exec.reader@waymark.test',
  name: 'Robin Reader',
  password: 'stakeholder-password-7',
};

let browser: Browser;
let page: Page;
let programId: string;

beforeAll(async () => {
  // The admin sets up an account for a stakeholder and a program with something in every section.
  const signIn = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: adminEmail, password: adminPassword }),
  });
  const api = new ApiClient(url, { cookie: signIn.headers.get('set-cookie')!.split(';')[0]! });
  expect((await api.post('/api/users', { ...stakeholder, role: 'stakeholder' })).status).toBe(201);
  const program = (await api.post('/api/programs', { name: 'Read-only Review', status: 'active' }))
    .body;
  programId = program.id;
  const workstream = (
    await api.post(`/api/programs/${programId}/workstreams`, { name: 'Platform' })
  ).body;
  const milestone = (
    await api.post(`/api/programs/${programId}/milestones`, {
      name: 'Beta',
      workstreamId: workstream.id,
      criteria: [{ description: 'Ten pilot customers onboarded' }],
    })
  ).body;
  const task = (
    await api.post(`/api/programs/${programId}/tasks`, {
      name: 'Pilot onboarding',
      workstreamId: workstream.id,
    })
  ).body;
  expect(
    (await api.post('/api/dependencies', { predecessorId: task.id, successorId: milestone.id }))
      .status,
  ).toBe(201);

  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${url}/sign-in`);
  await page.getByLabel('Email').fill(stakeholder.email);
  await page.getByLabel('Password').fill(stakeholder.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/programs$/);
});

afterAll(async () => {
  await browser?.close();
});

describe('a stakeholder in the web UI', () => {
  it('sees the program list without any way to create', async () => {
    // Other files' programs share this server: the list is long, so it is searched, as a person would.
    await page.goto(`${url}/programs?q=Read-only`);
    await page.getByRole('link', { name: 'Read-only Review' }).waitFor();
    expect(await page.getByLabel('Signed in as').textContent()).toContain(
      'Stakeholder · read-only',
    );
    expect(await page.getByRole('button', { name: 'New program' }).count()).toBe(0);
  });

  it('sees a program’s plan read-only: no add, edit, tick or remove controls', async () => {
    await page.goto(`${url}/programs/${programId}`);
    await page.getByRole('heading', { level: 1, name: 'Read-only Review' }).waitFor();
    await page.getByText('Ten pilot customers onboarded').waitFor();
    await page.getByTestId('task-row').filter({ hasText: 'Pilot onboarding' }).waitFor();
    await page.getByTestId('dependency-row').waitFor();

    expect(
      await page
        .getByRole('button')
        .filter({ hasText: /^\+ Add|^Edit$|^Remove$|^Add criterion$/ })
        .count(),
    ).toBe(0);
    expect(await page.locator('main input, main select, main textarea').count()).toBe(0);
    // The only buttons left are in the sidebar (sign out).
    expect(await page.locator('main button').count()).toBe(0);
    await screenshot(page, 'web-program-detail-stakeholder');
  });
});
