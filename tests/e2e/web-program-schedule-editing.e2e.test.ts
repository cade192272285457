import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ApiClient } from '../support/api-client.js';
import { launchChromium, screenshot } from '../support/browser.js';
import { signedInApi, signInInBrowser } from '../support/sign-in.js';

const url = inject('waymarkUrl');
const adminEmail = inject('demoAdminEmail');
const adminPassword = inject('demoAdminPassword');
// Accounts of this file's own: the demo's are shared with the other e2e files.
const owner = {
  email: 'schedule-editing.owner@waymark.test',
  name: 'Olga Owner',
  password: 'owner-pass-13579',
  role: 'tpm',
};
const viewer = {
  email: 'schedule-editing.viewer@waymark.test',
  name: 'Stan Stakeholder',
  password: 'viewer-pass-13579',
  role: 'stakeholder',
};
// A Monday far ahead, also the status date: the schedule depends on no one's today.
const START = '2031-03-03';

let browser: Browser;
let ownerApi: ApiClient;
let programId: string;
const contexts: BrowserContext[] = [];

async function signedInPage(who: { email: string; password: string }, path: string) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await signInInBrowser(page, url, who.email, who.password, path);
  return page;
}

async function created<T = any>(pending: Promise<{ status: number; body: any }>): Promise<T> {
  const response = await pending;
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as T;
}

beforeAll(async () => {
  const admin = await signedInApi(url, adminEmail, adminPassword);
  for (const account of [owner, viewer]) await created(admin.post('/api/users', account));
  ownerApi = await signedInApi(url, owner.email, owner.password);
  const program = await created(
    ownerApi.post('/api/programs', {
      name: 'Baseline Editing',
      startDate: START,
      statusDate: START,
      timeZone: 'America/Los_Angeles',
    }),
  );
  programId = program.id;
  await created(
    ownerApi.post(`/api/programs/${programId}/tasks`, { name: 'Design', estimateHours: 16 }),
  );
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe("a program's time zone and its baselines in the web UI", () => {
  it('picks the program’s time zone from a list of IANA zones', async () => {
    const page = await signedInPage(owner, `/programs/${programId}`);
    await page.getByRole('button', { name: 'Edit program' }).click();
    const form = page.getByRole('form', { name: 'Edit program' });
    const zone = form.getByLabel('Time zone');
    // A select: only real zones can be chosen, the saved one first selected.
    expect(await zone.evaluate((el) => el.tagName)).toBe('SELECT');
    expect(await zone.inputValue()).toBe('America/Los_Angeles');
    const zones = await zone.locator('option').allTextContents();
    expect(zones.length).toBeGreaterThan(300);
    expect(zones).toEqual(expect.arrayContaining(['UTC', 'Europe/Berlin', 'Asia/Tokyo']));
    await zone.selectOption('Europe/Berlin');
    await screenshot(page, 'web-program-time-zone');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.waitFor({ state: 'detached' });
    const saved = (await ownerApi.get(`/api/programs/${programId}`)).body;
    expect(saved).toMatchObject({ timeZone: 'Europe/Berlin', name: 'Baseline Editing' });
  });

  it('renames a baseline, asks to reload after someone else’s rename, and deletes one', async () => {
    const first = await created(
      ownerApi.post(`/api/programs/${programId}/baselines`, { name: 'Plan of record' }),
    );
    const second = await created(
      ownerApi.post(`/api/programs/${programId}/baselines`, { name: 'Replan' }),
    );
    const page = await signedInPage(owner, `/programs/${programId}/schedule`);
    await page.goto(`${url}/programs/${programId}/schedule?baseline=${first.id}`);
    const toolbar = page.getByRole('toolbar', { name: 'Schedule tools' });
    await toolbar.getByRole('button', { name: 'Rename baseline Plan of record' }).click();
    const form = page.getByRole('form', { name: 'Rename baseline Plan of record' });
    await form.getByLabel('Baseline name').fill('');
    await form.getByRole('button', { name: 'Rename' }).click();
    await form.locator('[data-field-error="name"]').getByText('Name is required.').waitFor();
    await form.getByLabel('Baseline name').fill('Approved plan');
    await screenshot(page, 'web-baseline-rename');
    await form.getByRole('button', { name: 'Rename' }).click();
    await toolbar.getByRole('button', { name: 'Rename baseline Approved plan' }).waitFor();
    expect(await page.getByLabel('Baseline', { exact: true }).inputValue()).toBe(first.id);
    expect((await ownerApi.get(`/api/baselines/${first.id}`)).body).toMatchObject({
      name: 'Approved plan',
      version: first.version + 1,
    });

    // Renamed elsewhere while the form is open: the stale rename is refused.
    await page.getByLabel('Baseline', { exact: true }).selectOption(second.id);
    await toolbar.getByRole('button', { name: 'Rename baseline Replan' }).click();
    const stale = page.getByRole('form', { name: 'Rename baseline Replan' });
    expect(
      (
        await ownerApi.patch(`/api/baselines/${second.id}`, {
          version: second.version,
          name: 'Replan B',
        })
      ).status,
    ).toBe(200);
    await stale.getByLabel('Baseline name').fill('Replan A');
    await stale.getByRole('button', { name: 'Rename' }).click();
    await stale.getByText('changed by someone else').waitFor();
    await stale.getByRole('button', { name: 'Reload' }).click();
    await toolbar.getByRole('button', { name: 'Rename baseline Replan B' }).waitFor();
    expect((await ownerApi.get(`/api/baselines/${second.id}`)).body.name).toBe('Replan B');

    await toolbar.getByRole('button', { name: 'Delete baseline Replan B' }).click();
    const confirmation = page.getByRole('alertdialog', { name: 'Delete baseline “Replan B”?' });
    await confirmation.getByText('Its saved schedule (finish').waitFor();
    await screenshot(page, 'web-baseline-delete-confirmation');
    await confirmation.getByRole('button', { name: 'Delete baseline' }).click();
    await confirmation.waitFor({ state: 'detached' });
    // Compared against nothing now, and the deleted one is no longer offered.
    expect(await page.getByLabel('Baseline', { exact: true }).inputValue()).toBe('');
    expect(new URL(page.url()).searchParams.get('baseline')).toBeNull();
    const offered = await page
      .getByLabel('Baseline', { exact: true })
      .locator('option')
      .allTextContents();
    expect(offered.some((o) => o.startsWith('Replan B'))).toBe(false);
    expect(offered.some((o) => o.startsWith('Approved plan'))).toBe(true);
    expect((await ownerApi.get(`/api/baselines/${second.id}`)).status).toBe(404);
    expect((await ownerApi.get(`/api/baselines/${first.id}`)).status).toBe(200);
  });

  it('shows a stakeholder the baseline and the program without a control to change them', async () => {
    const baselines = (await ownerApi.get(`/api/programs/${programId}/baselines`)).body.items;
    const page = await signedInPage(viewer, `/programs/${programId}/schedule`);
    await page.goto(`${url}/programs/${programId}/schedule?baseline=${baselines[0].id}`);
    await page.getByTestId('finish-variance').waitFor();
    expect(await page.getByRole('button', { name: /baseline/i }).count()).toBe(0);
    await page.goto(`${url}/programs/${programId}`);
    await page.getByTestId('program-header').waitFor();
    expect(await page.getByRole('button', { name: 'Edit program' }).count()).toBe(0);
  });
});
