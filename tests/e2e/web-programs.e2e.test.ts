import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, screenshot } from '../support/browser.js';
import { signedInApi, signInInBrowser } from '../support/sign-in.js';

const url = inject('waymarkUrl');
const adminEmail = inject('demoAdminEmail');
const adminPassword = inject('demoAdminPassword');

let browser: Browser;
let context: BrowserContext;
let page: Page;

const signInAs = (email: string, password: string) => signInInBrowser(page, url, email, password);

/** The same server over plain HTTP, signed in as the demo admin, for setting up what a test needs. */
const adminApi = () => signedInApi(url, adminEmail, adminPassword);

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await context?.close();
});

async function freshPage() {
  context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
}

describe('the web UI for programs', () => {
  it('signs in, and says so when the password is wrong', async () => {
    await freshPage();
    await page.goto(`${url}/sign-in`);
    await page.getByLabel('Email').fill(adminEmail);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBeTruthy();

    await signInAs(adminEmail, adminPassword);
    await page.getByRole('heading', { level: 1, name: 'Programs' }).waitFor();
    const who = page.getByLabel('Signed in as');
    await expect(who.textContent()).resolves.toContain('Administrator');
    for (const part of [
      'Intake',
      'Programs',
      'Portfolio',
      'Team',
      'Governance',
      'Measures',
      'Admin',
    ]) {
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: part })
        .waitFor();
    }
  });

  it('shows each validation issue under its field', async () => {
    await freshPage();
    await signInAs(adminEmail, adminPassword);
    await page.getByRole('button', { name: 'New program' }).click();
    const form = page.getByRole('form', { name: 'New program' });

    // Nothing typed: the API says the name is required, and the form says it under the name.
    await form.getByRole('button', { name: 'Create program' }).click();
    const nameError = form.locator('[data-field-error="name"]');
    await nameError.waitFor();
    const nameInput = form.getByLabel('Name', { exact: true });
    expect(await nameInput.getAttribute('aria-invalid')).toBe('true');
    expect(await nameInput.getAttribute('aria-describedby')).toContain(
      await nameError.getAttribute('id'),
    );
    // In a plain sentence naming the field (contracts/issue-messages.ts), not the validator's words.
    expect(await nameError.textContent()).toContain('Name is required');
    expect(await nameError.textContent()).not.toMatch(/must NOT|characters/);

    // A target date before the start date: the database constraint is reported on targetDate.
    await nameInput.fill('Backwards dates');
    await form.getByLabel('Start date').fill('2026-06-10');
    await form.getByLabel('Target date').fill('2026-06-01');
    await form.getByRole('button', { name: 'Create program' }).click();
    const targetError = form.locator('[data-field-error="targetDate"]');
    await targetError.waitFor();
    const targetInput = form.getByLabel('Target date');
    expect(await targetInput.getAttribute('aria-invalid')).toBe('true');
    expect(await targetInput.getAttribute('aria-describedby')).toContain(
      await targetError.getAttribute('id'),
    );
    expect(await form.locator('[data-field-error="name"]').count()).toBe(0);
    await screenshot(page, 'web-new-program-validation');
  });

  it('creates a program with a milestone and a task, edits the task inline and links a dependency', async () => {
    await freshPage();
    await signInAs(adminEmail, adminPassword);
    await page.getByRole('button', { name: 'New program' }).click();
    const form = page.getByRole('form', { name: 'New program' });
    await form.getByLabel('Name', { exact: true }).fill('Checkout Reliability');
    await form.getByLabel('Summary').fill('Cut payment failures in half before peak season.');
    await form.getByLabel('Status').selectOption('active');
    await form.getByLabel('Sponsor').fill('VP Commerce');
    await form.getByLabel('Start date').fill('2026-02-02');
    await form.getByLabel('Target date').fill('2026-09-30');
    await form.getByLabel('Budget').fill('250000');
    await form.getByRole('button', { name: 'Create program' }).click();
    await page.waitForURL(/\/programs\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Checkout Reliability' }).waitFor();

    // The header is edited in place, with the version that was read.
    await page.getByRole('button', { name: 'Edit program' }).click();
    const edit = page.getByRole('form', { name: 'Edit program' });
    await edit.getByLabel('Health').selectOption('amber');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await page.getByTestId('program-header').getByText('At risk').waitFor();

    await page.getByRole('button', { name: '+ Add workstream' }).click();
    await page.getByLabel('Workstream name').fill('Payments platform');
    await page.getByRole('button', { name: 'Add workstream', exact: true }).click();
    await page.getByText('0/0 tasks done').waitFor();

    await page.getByRole('button', { name: '+ Add milestone' }).click();
    await page.getByLabel('Milestone name').fill('Retry service live');
    await page.getByLabel('Due date').fill('2026-05-15');
    await page
      .getByLabel('Success criteria')
      .fill('Error budget under 0.1%\nRunbook reviewed by on-call');
    await page.getByRole('button', { name: 'Add milestone', exact: true }).click();
    const milestone = page.getByTestId('milestone').filter({ hasText: 'Retry service live' });
    await milestone.getByText('0 of 2 met').waitFor();

    // Tick a criterion met, then add a third.
    await milestone.getByRole('checkbox', { name: 'Runbook reviewed by on-call' }).check();
    await milestone.getByText('1 of 2 met').waitFor();
    await milestone.getByLabel('New criterion').fill('Dashboards show retry rate');
    await milestone.getByRole('button', { name: 'Add criterion' }).click();
    await milestone.getByText('1 of 3 met').waitFor();
    await milestone.getByLabel('State of milestone Retry service live').selectOption('achieved');
    // Two criteria are still pending: the page names them and asks before going ahead.
    await milestone.getByRole('button', { name: 'Mark achieved anyway' }).click();
    await milestone.getByTestId('milestone-achieved').waitFor();

    await page.getByRole('button', { name: '+ Add task' }).click();
    const taskForm = page.getByRole('form', { name: 'New task' });
    await taskForm.getByLabel('Task name').fill('Idempotency keys on charge API');
    await taskForm.getByLabel('Workstream').selectOption({ label: 'Payments platform' });
    await taskForm.getByLabel('Milestone').selectOption({ label: 'Retry service live' });
    await taskForm.getByLabel('Estimate (hours)').fill('24');
    await taskForm.getByRole('button', { name: 'Add task' }).click();
    const taskRow = page
      .getByTestId('task-row')
      .filter({ hasText: 'Idempotency keys on charge API' });
    await taskRow.waitFor();

    // Inline edit: state and due date, saved with the version that was read.
    await taskRow.getByRole('button', { name: 'Edit task Idempotency keys on charge API' }).click();
    const editRow = page.getByTestId('task-edit-row');
    await editRow.getByLabel('State').selectOption('in_progress');
    await editRow.getByLabel('Due date').fill('2026-04-30');
    await editRow.getByRole('button', { name: 'Save' }).click();
    await taskRow.getByText('In progress').waitFor();
    await taskRow.getByText('30 Apr 2026').waitFor();

    // The task must finish before the milestone.
    await page.getByRole('button', { name: '+ Add dependency' }).click();
    const depForm = page.getByRole('form', { name: 'New dependency' });
    await depForm
      .getByLabel('Predecessor', { exact: true })
      .selectOption({ label: 'Idempotency keys on charge API' });
    await depForm.getByLabel('Successor').selectOption({ label: '◆ Retry service live' });
    await depForm.getByLabel('Lag (working hours)').fill('8');
    await depForm.getByRole('button', { name: 'Add dependency' }).click();
    const dependency = page.getByTestId('dependency-row');
    await dependency.getByText('+8 h lag').waitFor();

    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'web-program-detail');

    // What the page showed is what the API stored.
    const programId = page.url().split('/').pop()!;
    const plan = (await (await adminApi()).get(`/api/programs/${programId}/plan`)).body;
    expect(plan.program.health).toBe('amber');
    expect(plan.milestones[0].state).toBe('achieved');
    expect(plan.tasks).toHaveLength(1);
    expect(plan.tasks[0]).toMatchObject({
      state: 'in_progress',
      dueDate: '2026-04-30',
      estimateHours: 24,
    });
    expect(plan.milestones[0].criteria.map((c: { state: string }) => c.state).sort()).toEqual([
      'met',
      'pending',
      'pending',
    ]);
    expect(plan.dependencies[0]).toMatchObject({ type: 'FS', lagMinutes: 480 });
  });

  it('names the items of a dependency cycle, and asks to reload after someone else saved', async () => {
    const api = await adminApi();
    const program = (await api.post('/api/programs', { name: 'Cycle check' })).body;
    const first = (await api.post(`/api/programs/${program.id}/tasks`, { name: 'Design schema' }))
      .body;
    const second = (
      await api.post(`/api/programs/${program.id}/tasks`, {
        name: 'Backfill data',
        constraintType: 'MFO',
        constraintDate: '2027-01-05T12:00:00',
      })
    ).body;
    expect(
      (await api.post('/api/dependencies', { predecessorId: first.id, successorId: second.id }))
        .status,
    ).toBe(201);

    await freshPage();
    await signInAs(adminEmail, adminPassword);
    await page.goto(`${url}/programs/${program.id}`);
    // A task's scheduling constraint shows under its name, spelled out on hover.
    const constraint = page
      .getByTestId('task-row')
      .filter({ hasText: 'Backfill data' })
      .getByText('MFO 5 Jan 2027 12:00');
    await expect(constraint.getAttribute('title')).resolves.toBe('Must finish on');
    await screenshot(page, 'web-program-task-constraint');
    await page.getByRole('button', { name: '+ Add dependency' }).click();
    const depForm = page.getByRole('form', { name: 'New dependency' });
    await depForm
      .getByLabel('Predecessor', { exact: true })
      .selectOption({ label: 'Backfill data' });
    await depForm.getByLabel('Successor').selectOption({ label: 'Design schema' });
    await depForm.getByRole('button', { name: 'Add dependency' }).click();
    const cycle = page.getByTestId('cycle-error');
    await cycle.waitFor();
    const text = await cycle.textContent();
    expect(text).toContain('Design schema');
    expect(text).toContain('Backfill data');

    // Open the row for editing, then someone else changes the task first.
    await page.getByRole('button', { name: 'Edit task Design schema' }).click();
    expect(
      (await api.patch(`/api/tasks/${first.id}`, { version: first.version, state: 'done' })).status,
    ).toBe(200);
    const editRow = page.getByTestId('task-edit-row');
    await editRow.getByLabel('Task name').fill('Design the schema');
    await editRow.getByRole('button', { name: 'Save' }).click();
    await page.getByText('changed by someone else').waitFor();
    await page.getByRole('button', { name: 'Reload' }).click();
    await page
      .getByTestId('task-row')
      .filter({ hasText: 'Design schema' })
      .getByText('Done')
      .waitFor();

    // The constraint is edited in the row too: a date-less type would be refused under its field.
    await page.getByRole('button', { name: 'Edit task Backfill data' }).click();
    const constraintRow = page.getByTestId('task-edit-row');
    // A done task's actual dates beside it must not push Save and Cancel out of sight.
    const overflow = await page
      .locator('.table-wrap')
      .filter({ has: constraintRow })
      .evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByLabel('Scheduling constraint').selectOption('SNLT');
    await page.getByLabel('Constraint date and time').fill('2027-01-08T10:30');
    await screenshot(page, 'web-program-task-constraint-edit');
    await constraintRow.getByRole('button', { name: 'Save' }).click();
    await page.getByText('SNLT 8 Jan 2027 10:30').waitFor();
    const saved = (await api.get(`/api/tasks/${second.id}`)).body;
    expect(saved).toMatchObject({ constraintType: 'SNLT', constraintDate: '2027-01-08T10:30:00' });
  });

  it('lists programs with search, filters and the overview chart', async () => {
    const api = await adminApi();
    await api.post('/api/programs', {
      name: 'Warehouse Robotics Pilot',
      status: 'on_hold',
      health: 'red',
    });
    await freshPage();
    await signInAs(adminEmail, adminPassword);
    await page.getByRole('img', { name: /number of programs in each status/ }).waitFor();
    await page.locator('.chart svg').first().waitFor();
    await page.getByRole('link', { name: 'Checkout Reliability' }).waitFor();
    await screenshot(page, 'web-programs-list');

    await page.getByLabel('Search programs').fill('Warehouse');
    await page.waitForURL(/q=Warehouse/);
    await page.getByRole('link', { name: 'Warehouse Robotics Pilot' }).waitFor();
    await page.getByRole('link', { name: 'Checkout Reliability' }).waitFor({ state: 'detached' });

    await page.getByLabel('Search programs').fill('');
    await page.getByLabel('Health', { exact: true }).selectOption('red');
    await page.waitForURL(/health=red/);
    const rows = page.locator('table tbody tr');
    await rows.first().waitFor();
    for (const badge of await page.locator('table tbody tr td:nth-child(3)').allTextContents()) {
      expect(badge).toBe('Off track');
    }
  });
});
