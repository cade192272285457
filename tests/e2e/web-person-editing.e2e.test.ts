import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ApiClient } from '../support/api-client.js';
import { launchChromium, screenshot } from '../support/browser.js';
import { signedInApi, signInInBrowser } from '../support/sign-in.js';

const url = inject('waymarkUrl');
const adminEmail = inject('demoAdminEmail');
const adminPassword = inject('demoAdminPassword');
// Accounts of this file's own: the demo's are shared with the other e2e files.
const manager = {
  email: 'person-editing.manager@waymark.test',
  name: 'Mona Manager',
  password: 'manager-pass-1234',
  role: 'tpm_manager',
};
const person = {
  email: 'person-editing.tpm@waymark.test',
  name: 'Piet Planner',
  password: 'planner-pass-1234',
  role: 'tpm',
};
const viewer = {
  email: 'person-editing.viewer@waymark.test',
  name: 'Vic Viewer',
  password: 'viewer-pass-12345',
  role: 'stakeholder',
};

let browser: Browser;
let managerApi: ApiClient;
let personId: string;
const contexts: BrowserContext[] = [];

async function signedInPage(who: { email: string; password: string }, path: string) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
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
  for (const account of [manager, person, viewer]) {
    const user = await created(admin.post('/api/users', account));
    if (account === person) personId = user.id;
  }
  managerApi = await signedInApi(url, manager.email, manager.password);
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe("editing a person's allocations and time off in the web UI", () => {
  it('edits an allocation’s amount and dates, asks to reload after someone else’s change, and deletes one', async () => {
    // Far ahead, so nobody's today and no other file's plan meets these weeks.
    const program = await created(
      managerApi.post('/api/programs', { name: 'Person Editing Program', startDate: '2040-01-02' }),
    );
    const onProgram = await created(
      managerApi.post('/api/allocations', {
        personId,
        programId: program.id,
        percent: 50,
        from: '2040-01-02',
        to: '2040-03-30',
      }),
    );
    const runWork = await created(
      managerApi.post('/api/allocations', {
        personId,
        runWork: 'Release rota',
        hoursPerWeek: 4,
        from: '2040-01-02',
      }),
    );

    const page = await signedInPage(manager, `/team/people/${personId}`);
    await page.getByRole('heading', { level: 1, name: person.name }).waitFor();
    await page.getByRole('button', { name: 'Edit allocation on Person Editing Program' }).click();
    const form = page.getByRole('form', { name: 'Edit allocation on Person Editing Program' });
    // The amount came with the focus, so the keyboard alone can change it.
    expect(await page.evaluate('document.activeElement.name')).toBe('amount');
    await form.getByLabel('Amount').fill('');
    await form.getByRole('button', { name: 'Save allocation' }).click();
    await form
      .locator('[data-field-error="amount"]')
      .getByText('Amount must be a number.')
      .waitFor();
    await form.getByLabel('Amount').fill('30');
    await form.getByLabel('To (empty = open)').fill('');
    await screenshot(page, 'web-allocation-edit');
    await form.getByRole('button', { name: 'Save allocation' }).click();
    await form.waitFor({ state: 'detached' });
    const rows = page.getByTestId('allocation-row');
    await rows.filter({ hasText: 'Person Editing Program' }).getByText('30%').waitFor();
    expect((await managerApi.get(`/api/allocations/${onProgram.id}`)).body).toMatchObject({
      percent: 30,
      hoursPerWeek: null,
      to: null,
      version: onProgram.version + 1,
    });

    // Someone else changes the run work while it is open here: the stale edit is refused.
    await page.getByRole('button', { name: 'Edit allocation on Run work: Release rota' }).click();
    const stale = page.getByRole('form', { name: 'Edit allocation on Run work: Release rota' });
    const elsewhere = await managerApi.patch(`/api/allocations/${runWork.id}`, {
      version: runWork.version,
      hoursPerWeek: 6,
    });
    expect(elsewhere.status).toBe(200);
    await stale.getByLabel('Amount').fill('8');
    await stale.getByRole('button', { name: 'Save allocation' }).click();
    await stale.getByText('changed by someone else').waitFor();
    await screenshot(page, 'web-allocation-conflict');
    expect((await managerApi.get(`/api/allocations/${runWork.id}`)).body.hoursPerWeek).toBe(6);
    await stale.getByRole('button', { name: 'Reload' }).click();
    await rows.filter({ hasText: 'Release rota' }).getByText('6 h/week').waitFor();

    await page.getByRole('button', { name: 'Delete allocation on Run work: Release rota' }).click();
    const confirmation = page.getByRole('alertdialog', {
      name: 'Delete allocation “Run work: Release rota”?',
    });
    await confirmation.waitFor();
    await screenshot(page, 'web-allocation-delete-confirmation');
    await confirmation.getByRole('button', { name: 'Delete allocation' }).click();
    await rows.filter({ hasText: 'Release rota' }).waitFor({ state: 'detached' });
    expect((await managerApi.get(`/api/allocations/${runWork.id}`)).status).toBe(404);
    expect((await managerApi.get(`/api/allocations/${onProgram.id}`)).status).toBe(200);
  });

  it('edits time off (days and kind) and deletes it', async () => {
    const off = await created(
      managerApi.post(`/api/people/${personId}/time-off`, {
        from: '2040-02-06',
        to: '2040-02-08',
        kind: 'sick',
        note: 'flu',
      }),
    );
    const page = await signedInPage(manager, `/team/people/${personId}`);
    await page
      .getByTestId('time-off-period')
      .getByText('6 Feb 2040 → 8 Feb 2040 (sick: flu)')
      .waitFor();
    await page.getByRole('button', { name: 'Edit time off 6 Feb 2040 → 8 Feb 2040' }).click();
    const form = page.getByRole('form', { name: 'Edit time off 6 Feb 2040 → 8 Feb 2040' });
    // Days out of order are refused under the field, in a sentence; nothing is saved.
    await form.getByLabel('Until').fill('2040-02-01');
    await form.getByRole('button', { name: 'Save time off' }).click();
    await form.locator('[data-field-error="to"]').waitFor();
    expect(await form.getByLabel('Until').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'web-time-off-edit-invalid');
    expect((await managerApi.get(`/api/people/${personId}`)).body.timeOff[0].to).toBe('2040-02-08');

    await form.getByLabel('Away from').fill('2040-02-07');
    await form.getByLabel('Until').fill('2040-02-09');
    await form.getByLabel('Kind').selectOption('vacation');
    await form.getByLabel('Note').fill('');
    await form.getByRole('button', { name: 'Save time off' }).click();
    await page
      .getByTestId('time-off-period')
      .getByText('7 Feb 2040 → 9 Feb 2040 (vacation)', { exact: true })
      .waitFor();
    const saved = (await managerApi.get(`/api/people/${personId}`)).body.timeOff;
    expect(saved).toEqual([
      expect.objectContaining({
        id: off.id,
        from: '2040-02-07',
        to: '2040-02-09',
        kind: 'vacation',
        note: '',
        version: off.version + 1,
      }),
    ]);

    await page.getByRole('button', { name: 'Delete time off 7 Feb 2040 → 9 Feb 2040' }).click();
    const confirmation = page.getByRole('alertdialog', {
      name: 'Delete time off “7 Feb 2040 → 9 Feb 2040”?',
    });
    await confirmation.getByText('count as working days again').waitFor();
    await screenshot(page, 'web-time-off-delete-confirmation');
    await confirmation.getByRole('button', { name: 'Delete time off' }).click();
    await page.getByTestId('time-off').waitFor({ state: 'detached' });
    expect((await managerApi.get(`/api/people/${personId}`)).body.timeOff).toEqual([]);
  });

  it('shows a stakeholder the allocations and time off without a control to change them', async () => {
    await created(
      managerApi.post(`/api/people/${personId}/time-off`, { from: '2040-05-07', to: '2040-05-08' }),
    );
    const page = await signedInPage(viewer, `/team/people/${personId}`);
    await page.getByTestId('time-off-period').getByText('7 May 2040 → 8 May 2040 (away)').waitFor();
    await page.getByTestId('allocation-row').filter({ hasText: '30%' }).waitFor();
    expect(
      await page.getByRole('button', { name: /^(Edit|Delete) (allocation|time off)/ }).count(),
    ).toBe(0);
    await screenshot(page, 'web-person-editing-stakeholder');
  });
});
