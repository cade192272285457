import type { Browser, BrowserContext, Page } from 'playwright-core';

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ApiClient } from '../support/api-client.js';
import { launchChromium, screenshot } from '../support/browser.js';
import { signedInApi, signInInBrowser } from '../support/sign-in.js';

const url = inject('waymarkUrl');
const adminEmail = inject('demoAdminEmail');
const adminPassword = inject('demoAdminPassword');
// Accounts of this file's own: the demo's are shared with the other e2e files.
const owner = {
  email: 'editing.owner@waymark.test',
  name: 'Edda Owner',
  password: 'owner-pass-1234',
};
const lead = { email: 'editing.lead@waymark.test', name: 'Lars Lead', password: 'lead-pass-12345' };
const viewer = {
  email: 'editing.viewer@waymark.test',
  name: 'Vera Viewer',
  password: 'viewer-pass-1234',
};
// A Monday far ahead, also the status date: the schedule depends on no one's today.
const START = '2031-03-03';

interface ScheduleItem {
  id: string;
  earlyStart: string;
  earlyFinish: string;
  lateFinish: string;
}
interface Schedule {
  items: ScheduleItem[];
  diagnostics: { code: string; itemIds: string[] }[];
}

let browser: Browser;
let ownerApi: ApiClient;
const ids: Record<string, string> = {};
const contexts: BrowserContext[] = [];

async function signedInPage(who: { email: string; password: string }, path: string) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await signInInBrowser(page, url, who.email, who.password, path);
  return page;
}

/** A program of the owner's, started on START, with what `build` adds to it. */
async function newProgram(name: string): Promise<string> {
  const created = await ownerApi.post('/api/programs', {
    name,
    startDate: START,
    statusDate: START,
  });
  expect(created.status).toBe(201);
  return created.body.id;
}

async function post<T = any>(path: string, body: unknown): Promise<T> {
  const response = await ownerApi.post(path, body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as T;
}

async function scheduleOf(programId: string): Promise<Schedule> {
  const response = await ownerApi.get(`/api/programs/${programId}/schedule`);
  expect(response.status).toBe(200);
  return response.body as Schedule;
}

const itemOf = (schedule: Schedule, id: string) => schedule.items.find((i) => i.id === id)!;

/** What has the keyboard focus, by its text or its name. */
const focused = (page: Page) =>
  page.evaluate('document.activeElement.textContent || document.activeElement.name');

beforeAll(async () => {
  const admin = await signedInApi(url, adminEmail, adminPassword);
  for (const person of [owner, lead, viewer]) {
    const created = await admin.post('/api/users', { ...person, role: 'tpm' });
    expect(created.status).toBe(201);
    ids[person.email] = created.body.id;
  }
  ownerApi = await signedInApi(url, owner.email, owner.password);
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe('editing and deleting plan items in the web UI', () => {
  it('edits a milestone’s name, date and workstream; the new date moves the schedule', async () => {
    const programId = await newProgram('Milestone Editing');
    const workstream = await post(`/api/programs/${programId}/workstreams`, { name: 'Platform' });
    const milestone = await post(`/api/programs/${programId}/milestones`, {
      name: 'Beta ready',
      dueDate: '2031-03-31',
      criteria: [{ description: 'Ten pilot users' }],
    });
    // Five working days of work that the milestone waits on: it lands on Friday 7 March.
    await post(`/api/programs/${programId}/tasks`, {
      name: 'Build the beta',
      estimateHours: 40,
      milestoneId: milestone.id,
    });
    const before = itemOf(await scheduleOf(programId), milestone.id);

    const page = await signedInPage(owner, `/programs/${programId}`);
    const card = page.getByTestId('milestone');
    await card.getByText('Due 31 Mar 2031').waitFor();
    await card
      .getByTestId('milestone-scheduled')
      .getByText(/^Scheduled /)
      .waitFor();
    const scheduledBefore = await card.getByTestId('milestone-scheduled').textContent();

    // A name left empty is refused under the name, in a sentence; nothing is saved.
    await card.getByRole('button', { name: 'Edit milestone Beta ready' }).click();
    const form = page.getByRole('form', { name: 'Edit milestone Beta ready' });
    await form.getByLabel('Milestone name').fill('');
    await form.getByRole('button', { name: 'Save milestone' }).click();
    await form.locator('[data-field-error="name"]').getByText('Name is required.').waitFor();
    expect(await form.getByLabel('Milestone name').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'web-milestone-edit-invalid');

    await form.getByLabel('Milestone name').fill('Beta shipped');
    await form.getByLabel('Due date').fill('2031-03-05');
    await form.getByLabel('Workstream').selectOption({ label: 'Platform' });
    await form.getByRole('button', { name: 'Save milestone' }).click();
    await form.waitFor({ state: 'detached' });
    await card.getByRole('heading', { name: 'Beta shipped' }).waitFor();
    await card.getByText('Due 5 Mar 2031 · Platform').waitFor();
    // The schedule was computed again: the work now runs past the new date, and the card says so.
    await card.getByTestId('milestone-scheduled').getByText('after its due date').waitFor();
    expect(await card.getByTestId('milestone-scheduled').textContent()).toContain(
      scheduledBefore!.replace(/ ·.*/, ''),
    );
    await screenshot(page, 'web-milestone-edited');

    const saved = (await ownerApi.get(`/api/milestones/${milestone.id}`)).body;
    expect(saved).toMatchObject({
      name: 'Beta shipped',
      dueDate: '2031-03-05',
      workstreamId: workstream.id,
      version: milestone.version + 1,
    });
    const after = await scheduleOf(programId);
    // The date is a deadline: the latest the milestone may finish moved to 5 March.
    // Before, the program's own finish bounded it (Friday 7 March); now the earlier deadline does.
    expect(before.lateFinish).toBe('2031-03-07T17:00:00');
    expect(itemOf(after, milestone.id).lateFinish).toBe('2031-03-05T17:00:00');
    expect(
      after.diagnostics.some(
        (d) => d.code === 'deadline_missed' && d.itemIds.includes(milestone.id),
      ),
    ).toBe(true);

    // The schedule page says the same.
    await page.goto(`${url}/programs/${programId}/schedule`);
    const missed = page.locator('[data-testid="schedule-diagnostic"][data-code="deadline_missed"]');
    await missed.getByRole('link', { name: 'Beta shipped' }).waitFor();
    await screenshot(page, 'web-milestone-edited-schedule');
  });

  it('asks to reload when someone else changed the milestone first, then deletes it after a confirmation', async () => {
    const programId = await newProgram('Milestone Deleting');
    const milestone = await post(`/api/programs/${programId}/milestones`, {
      name: 'Launch',
      dueDate: '2031-04-01',
      criteria: [{ description: 'Press release out' }, { description: 'Docs live' }],
    });
    const task = await post(`/api/programs/${programId}/tasks`, {
      name: 'Write the docs',
      estimateHours: 8,
      milestoneId: milestone.id,
    });

    const page = await signedInPage(owner, `/programs/${programId}`);
    const card = page.getByTestId('milestone');
    await card.getByRole('button', { name: 'Edit milestone Launch' }).click();
    const changed = await ownerApi.patch(`/api/milestones/${milestone.id}`, {
      version: milestone.version,
      description: 'Changed elsewhere',
    });
    expect(changed.status).toBe(200);
    const form = page.getByRole('form', { name: 'Edit milestone Launch' });
    await form.getByLabel('Due date').fill('2031-04-15');
    await form.getByRole('button', { name: 'Save milestone' }).click();
    await form.getByText('changed by someone else').waitFor();
    await screenshot(page, 'web-milestone-edit-conflict');
    // The stale edit was not saved.
    expect((await ownerApi.get(`/api/milestones/${milestone.id}`)).body.dueDate).toBe('2031-04-01');
    await form.getByRole('button', { name: 'Reload' }).click();
    await card.getByText('Changed elsewhere').waitFor();

    await card.getByRole('button', { name: 'Delete milestone Launch' }).click();
    const confirmation = card.getByRole('alertdialog', { name: 'Delete milestone “Launch”?' });
    const said = await confirmation.textContent();
    expect(said).toContain('Its 2 success criteria go with it.');
    expect(said).toContain('Its task stays in the program, without a milestone.');
    await screenshot(page, 'web-milestone-delete-confirmation');
    // Cancel is the safe default: focused, and Escape closes the question too.
    expect(await focused(page)).toBe('Cancel');
    await page.keyboard.press('Escape');
    await confirmation.waitFor({ state: 'detached' });
    expect((await ownerApi.get(`/api/milestones/${milestone.id}`)).status).toBe(200);

    await card.getByRole('button', { name: 'Delete milestone Launch' }).click();
    await card.getByRole('button', { name: 'Delete milestone', exact: true }).click();
    await page.getByText('No milestones yet.', { exact: false }).waitFor();
    expect((await ownerApi.get(`/api/milestones/${milestone.id}`)).status).toBe(404);
    expect((await ownerApi.get(`/api/tasks/${task.id}`)).body.milestoneId).toBeNull();
  });

  it('edits a dependency’s lag and type (the successor moves), then deletes it', async () => {
    const programId = await newProgram('Dependency Editing');
    const design = await post(`/api/programs/${programId}/tasks`, {
      name: 'Design',
      estimateHours: 8,
    });
    const build = await post(`/api/programs/${programId}/tasks`, {
      name: 'Build',
      estimateHours: 8,
    });
    const link = await post('/api/dependencies', {
      predecessorId: design.id,
      successorId: build.id,
    });
    const before = itemOf(await scheduleOf(programId), build.id);
    // Design takes Monday; Build follows on Tuesday.
    expect(before.earlyStart).toBe('2031-03-04T08:00:00');

    const page = await signedInPage(owner, `/programs/${programId}`);
    const row = page.getByTestId('dependency-row');
    await row.getByTestId('dependency-lag').getByText('no lag').waitFor();
    await row.getByRole('button', { name: 'Edit dependency Design to Build' }).click();
    const lag = page.getByLabel('Lag (working hours)');
    // Typed into by keyboard: the field came with the focus.
    expect(await focused(page)).toBe('lagHours');
    // Beyond what the API takes: said under the field, in hours, and nothing is sent.
    await lag.fill('100000');
    await lag.press('Enter');
    await page
      .locator('[data-field-error="lagHours"]')
      .getByText('Lag must be at most 87,600 working hours either way.')
      .waitFor();
    expect(await lag.getAttribute('aria-invalid')).toBe('true');
    await lag.fill('16');
    await page.getByText('Reads +16 h lag; 8 h is a working day').waitFor();
    await screenshot(page, 'web-dependency-edit');
    await lag.press('Enter');
    await row.getByTestId('dependency-lag').getByText('+16 h lag').waitFor();

    const moved = itemOf(await scheduleOf(programId), build.id);
    // Two working days of lag: Build now starts on Thursday.
    expect(moved.earlyStart).toBe('2031-03-06T08:00:00');
    expect((await ownerApi.get(`/api/dependencies/${link.id}`)).body).toMatchObject({
      type: 'FS',
      lagMinutes: 960,
      version: link.version + 1,
    });

    // Start-to-start with the same lag: Build starts two days after Design starts.
    await row.getByRole('button', { name: 'Edit dependency Design to Build' }).click();
    await page.getByLabel('Link type').selectOption('SS');
    await row.getByRole('button', { name: 'Save' }).click();
    await row.getByText('SS', { exact: true }).waitFor();
    expect(itemOf(await scheduleOf(programId), build.id).earlyStart).toBe('2031-03-05T08:00:00');
    await screenshot(page, 'web-dependency-edited');

    await row.getByRole('button', { name: 'Delete dependency Design to Build' }).click();
    const confirmation = page.getByRole('alertdialog', {
      name: 'Delete dependency “Design → Build”?',
    });
    await confirmation.getByText('Build no longer waits on Design').waitFor();
    await screenshot(page, 'web-dependency-delete-confirmation');
    await confirmation.getByRole('button', { name: 'Delete dependency' }).click();
    await page.getByText('No dependencies.', { exact: false }).waitFor();
    expect((await ownerApi.get(`/api/dependencies/${link.id}`)).status).toBe(404);
    expect(itemOf(await scheduleOf(programId), build.id).earlyStart).toBe('2031-03-03T08:00:00');
  });

  it('renames a workstream, gives it a lead, and deletes it: its tasks and milestones stay', async () => {
    const programId = await newProgram('Workstream Editing');
    const workstream = await post(`/api/programs/${programId}/workstreams`, {
      name: 'Backend',
      description: 'Services',
    });
    const task = await post(`/api/programs/${programId}/tasks`, {
      name: 'Write the API',
      workstreamId: workstream.id,
    });
    const milestone = await post(`/api/programs/${programId}/milestones`, {
      name: 'API frozen',
      workstreamId: workstream.id,
    });

    const page = await signedInPage(owner, `/programs/${programId}`);
    const item = page.getByTestId('workstream');
    await item.getByRole('button', { name: 'Edit workstream Backend' }).click();
    const form = page.getByRole('form', { name: 'Edit workstream Backend' });
    await form.getByLabel('Workstream name').fill('Services and APIs');
    await form.getByLabel('Description').fill('Everything behind the API');
    await form.getByLabel('Lead').selectOption({ label: lead.name });
    await screenshot(page, 'web-workstream-edit');
    await form.getByRole('button', { name: 'Save workstream' }).click();
    await form.waitFor({ state: 'detached' });
    await item.getByText('Services and APIs', { exact: true }).waitFor();
    await item.getByText('Everything behind the API').waitFor();
    await item.getByText(`Lead: ${lead.name}`).waitFor();
    expect((await ownerApi.get(`/api/workstreams/${workstream.id}`)).body).toMatchObject({
      name: 'Services and APIs',
      description: 'Everything behind the API',
      leadId: ids[lead.email],
    });

    await item.getByRole('button', { name: 'Delete workstream Services and APIs' }).click();
    const confirmation = item.getByRole('alertdialog');
    expect(await confirmation.textContent()).toContain(
      'Its task and its milestone stay in the program, without a workstream.',
    );
    await screenshot(page, 'web-workstream-delete-confirmation');
    await confirmation.getByRole('button', { name: 'Delete workstream' }).click();
    await page.getByText('No workstreams yet.', { exact: false }).waitFor();
    expect((await ownerApi.get(`/api/workstreams/${workstream.id}`)).status).toBe(404);
    expect((await ownerApi.get(`/api/tasks/${task.id}`)).body.workstreamId).toBeNull();
    expect((await ownerApi.get(`/api/milestones/${milestone.id}`)).body.workstreamId).toBeNull();
  });

  it('deletes a task after a confirmation that names its links, and not a version it did not read', async () => {
    const programId = await newProgram('Task Deleting');
    const first = await post(`/api/programs/${programId}/tasks`, {
      name: 'Survey',
      estimateHours: 8,
    });
    const second = await post(`/api/programs/${programId}/tasks`, {
      name: 'Report',
      estimateHours: 8,
    });
    await post('/api/dependencies', { predecessorId: first.id, successorId: second.id });

    const page = await signedInPage(owner, `/programs/${programId}`);
    await page.getByRole('button', { name: 'Delete task Survey' }).click();
    const confirmation = page.getByRole('alertdialog', { name: 'Delete task “Survey”?' });
    expect(await confirmation.textContent()).toContain(
      'Its assignments and its dependency link go with it, and the schedule is recomputed.',
    );
    await screenshot(page, 'web-task-delete-confirmation');
    // Someone else renames it meanwhile: the delete is refused, and Reload shows their change.
    const renamed = await ownerApi.patch(`/api/tasks/${first.id}`, {
      version: first.version,
      name: 'Site survey',
    });
    expect(renamed.status).toBe(200);
    await confirmation.getByRole('button', { name: 'Delete task' }).click();
    await confirmation.getByText('changed by someone else').waitFor();
    expect((await ownerApi.get(`/api/tasks/${first.id}`)).status).toBe(200);
    expect(await confirmation.getByRole('button', { name: 'Delete task' }).count()).toBe(0);
    await screenshot(page, 'web-task-delete-conflict');
    await confirmation.getByRole('button', { name: 'Reload' }).click();
    await confirmation.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Delete task Site survey' }).click();
    await page
      .getByRole('alertdialog', { name: 'Delete task “Site survey”?' })
      .getByRole('button', { name: 'Delete task' })
      .click();
    await page
      .getByTestId('task-row')
      .filter({ hasText: 'Site survey' })
      .waitFor({ state: 'detached' });
    await page.getByTestId('task-row').filter({ hasText: 'Report' }).waitFor();
    expect((await ownerApi.get(`/api/tasks/${first.id}`)).status).toBe(404);
    expect((await ownerApi.get(`/api/programs/${programId}/plan`)).body.dependencies).toEqual([]);
  });

  it('a viewer sees every item but no edit or delete controls', async () => {
    const programId = await newProgram('Viewer Reading');
    const workstream = await post(`/api/programs/${programId}/workstreams`, { name: 'Ops' });
    const milestone = await post(`/api/programs/${programId}/milestones`, {
      name: 'Go live',
      dueDate: '2031-03-31',
      workstreamId: workstream.id,
    });
    const task = await post(`/api/programs/${programId}/tasks`, {
      name: 'Cut over',
      estimateHours: 8,
    });
    await post('/api/dependencies', { predecessorId: task.id, successorId: milestone.id });
    await post(`/api/programs/${programId}/members`, { userId: ids[viewer.email], role: 'viewer' });

    const page = await signedInPage(viewer, `/programs/${programId}`);
    await page.getByTestId('workstream').getByText('Ops').waitFor();
    await page.getByTestId('milestone').getByText('Go live').waitFor();
    await page.getByTestId('task-row').filter({ hasText: 'Cut over' }).waitFor();
    await page.getByTestId('dependency-row').waitFor();
    // The schedule is read too, so the wait for it is not mistaken for a missing control.
    await page.getByTestId('milestone-scheduled').waitFor();
    expect(
      await page
        .getByRole('button', { name: /^(Edit|Delete) (workstream|milestone|dependency|task)/ })
        .count(),
    ).toBe(0);
    expect(await page.getByRole('button', { name: /^(Edit|Delete)$/ }).count()).toBe(0);
    await screenshot(page, 'web-plan-editing-viewer');
  });
});
