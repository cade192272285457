import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, screenshot } from '../support/browser.js';
import { signedInApi, signInInBrowser } from '../support/sign-in.js';

const url = inject('waymarkUrl');
const adminEmail = inject('demoAdminEmail');
const adminPassword = inject('demoAdminPassword');
// Accounts of this file's own: the demo's are shared with the other e2e files.
const person = {
  email: 'records.person@waymark.test',
  name: 'Rae Record',
  password: 'records-p-1x',
};
const boss = { email: 'records.boss@waymark.test', name: 'Max Boss', password: 'records-b-2x' };
const viewer = {
  email: 'records.viewer@waymark.test',
  name: 'Val Viewer',
  password: 'records-v-3x',
};

let browser: Browser;
let personId: string;
const contexts: BrowserContext[] = [];

async function signedInPage(
  account: { email: string; password: string },
  path: string,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1480, height: 1000 } });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await signInInBrowser(page, url, account.email, account.password, path);
  return page;
}

beforeAll(async () => {
  const admin = await signedInApi(url, adminEmail, adminPassword);
  const created = await admin.post('/api/users', { ...person, role: 'tpm', title: 'TPM' });
  expect(created.status).toBe(201);
  personId = created.body.id;
  const bossCreated = await admin.post('/api/users', { ...boss, role: 'tpm', title: 'Lead TPM' });
  expect(bossCreated.status).toBe(201);
  expect((await admin.post('/api/users', { ...viewer, role: 'stakeholder' })).status).toBe(201);
  const ladder = (await admin.get('/api/career-ladder')).body;
  const version = (await admin.get(`/api/people/${personId}`)).body.version;
  const placed = await admin.patch(`/api/people/${personId}`, {
    version,
    managerId: bossCreated.body.id,
    levelId: ladder.levels[0].id,
  });
  expect(placed.status).toBe(200);
  const off = await admin.post(`/api/people/${personId}/time-off`, {
    from: '2026-12-14',
    to: '2026-12-16',
    kind: 'sick',
    note: 'surgery',
  });
  expect(off.status).toBe(201);
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe("a person's private records on the web", () => {
  it('shows a stakeholder the dates of time off as "away" and a plain sentence instead of the assessments', async () => {
    const page = await signedInPage(viewer, `/team/people/${personId}`);
    await page.getByRole('heading', { level: 1, name: person.name }).waitFor();
    const timeOff = page.getByTestId('time-off-period');
    await timeOff.waitFor();
    expect(await timeOff.textContent()).toBe('14 Dec 2026 → 16 Dec 2026 (away)');
    expect(await page.getByRole('button', { name: /time off/ }).count()).toBe(0);
    await page
      .getByText(
        `${person.name}’s assessments and promotion readiness are visible to them, their managers, TPM managers and admins.`,
      )
      .waitFor();
    expect(await page.getByText('surgery').count()).toBe(0);
    expect(await page.getByRole('form', { name: 'manager assessment' }).count()).toBe(0);
    expect(await page.getByRole('form', { name: 'Add time off' }).count()).toBe(0);
    await screenshot(page, 'person-records-stakeholder');

    await page.getByRole('link', { name: 'Career ladder' }).click();
    await page.getByTestId('readiness-scope').waitFor();
    await page.getByText('No one on the ladder whose readiness you may see.').waitFor();
    await screenshot(page, 'career-ladder-readiness-stakeholder');
  });

  it('shows the manager the kind and note, the time-off form and the manager rating', async () => {
    const page = await signedInPage(boss, `/team/people/${personId}`);
    await page.getByRole('heading', { level: 1, name: person.name }).waitFor();
    const timeOff = page.getByTestId('time-off-period');
    await timeOff.waitFor();
    expect(await timeOff.textContent()).toBe('14 Dec 2026 → 16 Dec 2026 (sick: surgery)');
    await page.getByRole('button', { name: 'Edit time off 14 Dec 2026 → 16 Dec 2026' }).waitFor();
    await page.getByRole('form', { name: 'Add time off' }).waitFor();
    await page.getByRole('form', { name: 'manager assessment' }).waitFor();
    await screenshot(page, 'person-records-manager');

    await page.getByRole('link', { name: 'Career ladder' }).click();
    await page.getByTestId('readiness-scope').waitFor();
    // The chart names only the people below the manager: here, one.
    const chart = page.getByRole('img', { name: 'Promotion readiness per person' });
    await chart.locator('svg text', { hasText: person.name }).waitFor();
    expect(await chart.locator('svg text', { hasText: 'Aisha Bello' }).count()).toBe(0);
    await screenshot(page, 'career-ladder-readiness-manager');
  });
});
