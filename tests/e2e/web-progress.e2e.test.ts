import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, screenshot } from '../support/browser.js';
import { signedInApi, signInInBrowser } from '../support/sign-in.js';

// The server's clock stands at Mon 16 Nov 2026, 08:00 in Los Angeles
// (tests/support/test-clock.ts): actuals may not be after that day.
const url = inject('waymarkUrl');
const adminEmail = inject('demoAdminEmail');
const adminPassword = inject('demoAdminPassword');

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await context?.close();
});

describe('progress on the program page', () => {
  it('records task progress, says why an actual finish is refused, confirms an achievement with unmet criteria and sets the status date', async () => {
    const api = await signedInApi(url, adminEmail, adminPassword);
    const program = (
      await api.post('/api/programs', {
        name: 'Living plan in the browser',
        startDate: '2026-11-02',
      })
    ).body;
    const milestone = (
      await api.post(`/api/programs/${program.id}/milestones`, {
        name: 'Retries live',
        dueDate: '2026-12-11',
        criteria: [
          { description: 'Load test at 2× peak passed' },
          { description: 'Runbook reviewed', state: 'met' },
        ],
      })
    ).body;
    const task = (
      await api.post(`/api/programs/${program.id}/tasks`, {
        name: 'Retry queue',
        estimateHours: 40,
        startDate: '2026-11-09',
        dueDate: '2026-11-20',
        milestoneId: milestone.id,
      })
    ).body;

    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await signInInBrowser(page, url, adminEmail, adminPassword, `/programs/${program.id}`);
    await page.getByRole('heading', { level: 1, name: 'Living plan in the browser' }).waitFor();

    // Percent and actual start, typed in the row; the row then shows both.
    const row = page.getByTestId('task-row').filter({ hasText: 'Retry queue' });
    await row.getByRole('button', { name: 'Edit task Retry queue' }).click();
    let editRow = page.getByTestId('task-edit-row');
    // The row being edited fits the page: no sideways scrolling to reach Save or Cancel.
    const wrap = page.locator('.table-wrap').filter({ has: editRow });
    const overflow = await wrap.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await editRow.getByLabel('State').selectOption('in_progress');
    const progressFields = page.getByTestId('task-progress-fields');
    await progressFields.getByLabel('Percent complete').fill('40');
    await progressFields.getByLabel('Actual start').fill('2026-11-09T09:00');
    await editRow.getByRole('button', { name: 'Save' }).click();
    const bar = row.getByRole('progressbar', { name: 'Progress of Retry queue' });
    // The row first shows what was read before the save; wait for the reloaded plan.
    await row.locator('[role="progressbar"][aria-valuenow="40"]').waitFor();
    await expect(bar.getAttribute('aria-valuetext')).resolves.toBe('40% complete');
    const started = row.getByTestId('task-actual-start');
    await expect(started.textContent()).resolves.toBe('Started 9 Nov 2026');
    await expect(started.getAttribute('title')).resolves.toBe('Started 9 Nov 2026 09:00');
    await expect(row.getByTestId('task-remaining').textContent()).resolves.toBe('24 h left');
    await row.getByText('In progress').waitFor();

    // An actual finish before the start: the API's reason, under that field and tied to it.
    await row.getByRole('button', { name: 'Edit task Retry queue' }).click();
    editRow = page.getByTestId('task-edit-row');
    const finish = progressFields.getByLabel('Actual finish');
    await finish.fill('2026-11-06T17:00');
    await editRow.getByRole('button', { name: 'Save' }).click();
    const finishError = progressFields.locator('[data-field-error="actualFinish"]');
    await finishError.waitFor();
    // The API's sentence, with its date written the way the page writes dates.
    await expect(finishError.textContent()).resolves.toBe(
      'Actual finish is before the actual start 9 Nov 2026 09:00',
    );
    expect(await finish.getAttribute('aria-invalid')).toBe('true');
    expect(await finish.getAttribute('aria-describedby')).toContain(
      await finishError.getAttribute('id'),
    );
    expect(await progressFields.locator('[data-field-error="actualStart"]').count()).toBe(0);
    await screenshot(page, 'web-progress-refused-finish');
    await editRow.getByRole('button', { name: 'Cancel' }).click();

    // Achieved with a criterion unmet: refused first, naming it; then confirmed on purpose.
    const card = page.getByTestId('milestone').filter({ hasText: 'Retries live' });
    await card.getByLabel('State of milestone Retries live').selectOption('achieved');
    const confirm = card.getByTestId('unmet-criteria');
    await confirm.waitFor();
    await expect(confirm.textContent()).resolves.toContain('Load test at 2× peak passed');
    expect(await confirm.textContent()).not.toContain('Runbook reviewed');
    // Nothing changed yet: the picker still says what the API holds.
    expect(await card.getByLabel('State of milestone Retries live').inputValue()).toBe('planned');
    await screenshot(page, 'web-progress-unmet-criteria');
    await confirm.getByRole('button', { name: 'Mark achieved anyway' }).click();
    await expect(card.getByTestId('milestone-achieved').textContent()).resolves.toBe(
      'Achieved 16 Nov 2026',
    );
    await confirm.waitFor({ state: 'detached' });

    // The status date, set where the program is edited, and shown in its header.
    const header = page.getByTestId('program-header');
    await expect(header.getByTestId('program-status-date').textContent()).resolves.toBe('Today');
    await page.getByRole('button', { name: 'Edit program' }).click();
    const edit = page.getByRole('form', { name: 'Edit program' });
    await edit.getByLabel('Status date').fill('2026-11-13');
    await screenshot(page, 'web-progress-status-date');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await header.getByTestId('program-status-date').filter({ hasText: '13 Nov 2026' }).waitFor();

    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'web-progress');

    // What the page showed is what the API stored.
    const plan = (await api.get(`/api/programs/${program.id}/plan`)).body;
    expect(plan.program.statusDate).toBe('2026-11-13');
    expect(plan.tasks[0]).toMatchObject({
      id: task.id,
      percentComplete: 40,
      actualStart: '2026-11-09T09:00:00',
      state: 'in_progress',
      actualFinish: null,
      remainingHours: 24,
      remainingHoursSet: false,
    });
    // The e2e server's clock started at 08:00 that day and has run on since.
    expect(plan.milestones[0]).toMatchObject({
      state: 'achieved',
      achievedAt: expect.stringMatching(/^2026-11-16T08:\d{2}:00$/),
    });
  });
});
