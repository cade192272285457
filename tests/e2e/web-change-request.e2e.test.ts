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
  email: 'change-request.owner@waymark.test',
  name: 'Change Request Owner',
  password: 'owner-pass-97531',
};
const viewer = {
  email: 'change-request.viewer@waymark.test',
  name: 'Change Request Viewer',
  password: 'viewer-pass-97531',
};

let browser: Browser;
let ownerApi: ApiClient;
let programId: string;
const taskIds: Record<string, string> = {};
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  const admin = await signedInApi(url, adminEmail, adminPassword);
  expect((await admin.post('/api/users', { ...owner, role: 'tpm' })).status).toBe(201);
  const viewerUser = await admin.post('/api/users', { ...viewer, role: 'tpm' });
  expect(viewerUser.status).toBe(201);
  ownerApi = await signedInApi(url, owner.email, owner.password);
  const program = await ownerApi.post('/api/programs', {
    name: 'Change Request Program',
    startDate: '2027-01-04',
    targetDate: '2027-01-29',
  });
  expect(program.status).toBe(201);
  programId = program.body.id;
  // Design → Build → "Gateway live" is the critical path; the runbook runs beside it.
  for (const [name, estimateHours, estimateOptimisticHours, estimatePessimisticHours] of [
    ['Design the gateway', 16, 12, 28],
    ['Build the gateway', 40, 32, 64],
    ['Write the runbook', 8, 6, 12],
  ] as const) {
    // Three-point estimates: the P-curves have a spread to draw.
    const task = await ownerApi.post(`/api/programs/${programId}/tasks`, {
      name,
      estimateHours,
      estimateOptimisticHours,
      estimatePessimisticHours,
    });
    expect(task.status).toBe(201);
    taskIds[name] = task.body.id;
  }
  const milestone = await ownerApi.post(`/api/programs/${programId}/milestones`, {
    name: 'Gateway live',
  });
  expect(milestone.status).toBe(201);
  for (const [predecessorId, successorId] of [
    [taskIds['Design the gateway'], taskIds['Build the gateway']],
    [taskIds['Build the gateway'], milestone.body.id],
  ]) {
    expect((await ownerApi.post('/api/dependencies', { predecessorId, successorId })).status).toBe(
      201,
    );
  }
  const member = await ownerApi.post(`/api/programs/${programId}/members`, {
    userId: viewerUser.body.id,
    role: 'viewer',
  });
  expect(member.status).toBe(201);
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe('a change request from the governance page to the schedule', () => {
  it('raises a critical task’s estimate, shows the impact, approves it and the schedule moves as it said', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1500 } });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await signInInBrowser(
      page,
      url,
      owner.email,
      owner.password,
      `/programs/${programId}/governance`,
    );
    const section = page.getByTestId('change-requests-section');
    await section.getByText('No change requests.').waitFor();
    await section.getByRole('button', { name: 'Raise change request' }).click();
    const form = section.getByRole('form', { name: 'Raise change request' });
    await form.getByLabel('Title', { exact: true }).fill('Build the gateway on the new platform');
    await form.getByLabel('Reason').fill('The old platform is retired in January.');
    await form.getByLabel('Task').selectOption({ label: 'Build the gateway' });
    await form.getByText('Now 40 h').waitFor();
    await form.getByLabel('New estimate (hours)').fill('80');
    await screenshot(page, 'web-change-request-form');
    await form.getByRole('button', { name: 'Raise change request' }).click();

    // On 201 the request's own page opens, with the impact the server computed.
    await page.waitForURL(/\/change-requests\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: /^CR-1: Build the gateway/ }).waitFor();
    await page
      .getByTestId('cr-changes')
      .getByText('Task Build the gateway: estimate 40 h → 80 h')
      .waitFor();
    const finish = page.getByTestId('impact-finish');
    await finish.getByText('+5 working days').waitFor();
    const [before, after] = await finish.locator('td').allTextContents();
    expect(after).toMatch(/^\d{1,2} [A-Z][a-z]{2} 2027$/);
    expect(after).not.toBe(before);
    await expect(finish.getByTestId('impact-finish-after').getAttribute('class')).resolves.toBe(
      'cr-later',
    );
    // The two cumulative curves are drawn.
    expect(await page.getByTestId('p-curve').locator('svg path').count()).toBeGreaterThan(4);
    await screenshot(page, 'web-change-request');

    // A decision needs its reason, said under the field.
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    const decision = page.getByRole('form', { name: 'Approve CR-1' });
    await decision.getByRole('button', { name: 'Approve CR-1' }).click();
    await decision
      .locator('[data-field-error="reason"]')
      .getByText('Reason is required.')
      .waitFor();

    // The plan moves under the impact: approving is refused until it is recomputed.
    const runbook = await ownerApi.get(`/api/tasks/${taskIds['Write the runbook']}`);
    const patched = await ownerApi.patch(`/api/tasks/${taskIds['Write the runbook']}`, {
      version: runbook.body.version,
      estimateHours: 12,
    });
    expect(patched.status).toBe(200);
    await decision.getByLabel('Why approve?').fill('The platform change is not optional.');
    await decision.getByRole('button', { name: 'Approve CR-1' }).click();
    await page.getByTestId('impact-stale').waitFor();
    expect(
      (await ownerApi.get(`/api/programs/${programId}/change-requests`)).body.items[0].status,
    ).toBe('submitted');
    await page.getByRole('button', { name: 'Recompute' }).click();
    await page.getByTestId('impact-stale').waitFor({ state: 'detached' });
    // Deciding waits until the impact has been read again, recomputed on today's plan.
    await page.getByTestId('cr-reading').waitFor();
    await page.getByTestId('cr-reading').waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    const again = page.getByRole('form', { name: 'Approve CR-1' });
    await again.getByLabel('Why approve?').fill('The platform change is not optional.');
    await again.getByRole('button', { name: 'Approve CR-1' }).click();
    await page
      .getByTestId('cr-status')
      .getByText('Approved')
      .waitFor()
      .catch(async (e) => {
        await screenshot(page, 'debug-cr');
        throw e;
      });
    await page.getByText('The plan as it was is kept as the baseline “before CR-1”.').waitFor();
    const approvedAfter = (await finish.locator('td').allTextContents())[1];
    expect(approvedAfter).toBe(after);

    // The schedule shows the finish the impact announced.
    await page.goto(`${url}/programs/${programId}/schedule`);
    await expect(page.getByTestId('program-finish').textContent()).resolves.toBe(after);
  });

  it('shows a viewer the request and its impact with nothing to change or decide', async () => {
    const cr = (await ownerApi.get(`/api/programs/${programId}/change-requests`)).body.items[0];
    expect(cr.status).toBe('approved');
    const context = await browser.newContext({ viewport: { width: 1400, height: 1200 } });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await signInInBrowser(
      page,
      url,
      viewer.email,
      viewer.password,
      `/programs/${programId}/governance`,
    );
    const row = page.getByTestId('change-request-row');
    await row.getByText('+5 working days').waitFor();
    expect(await page.getByRole('button', { name: 'Raise change request' }).count()).toBe(0);
    await row.getByRole('link', { name: 'CR-1' }).click();
    await page.getByTestId('cr-status').getByText('Approved').waitFor();
    await page.getByTestId('impact-finish').waitFor();
    for (const name of ['Approve', 'Defer', 'Reject', 'Delete', 'Edit title and reason'])
      expect(await page.getByRole('button', { name, exact: true }).count()).toBe(0);
  });
});
