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
  email: 'model.owner@waymark.test',
  name: 'Mona Owner',
  password: 'owner-pass-1234',
};
const viewer = {
  email: 'model.viewer@waymark.test',
  name: 'Vic Viewer',
  password: 'viewer-pass-1234',
};
// A Monday far ahead, also the status date: the schedule depends on no one's today.
const START = '2031-03-03';

let browser: Browser;
let ownerApi: ApiClient;
const ids: Record<string, string> = {};
const contexts: BrowserContext[] = [];

async function signedInPage(who: { email: string; password: string }, path: string) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await signInInBrowser(page, url, who.email, who.password, path);
  return page;
}

async function post<T = any>(path: string, body: unknown): Promise<T> {
  const response = await ownerApi.post(path, body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as T;
}

async function newProgram(name: string): Promise<string> {
  return (await post(`/api/programs`, { name, startDate: START, statusDate: START })).id;
}

async function finishOf(programId: string, itemId: string): Promise<string> {
  const response = await ownerApi.get(`/api/programs/${programId}/schedule`);
  expect(response.status).toBe(200);
  return response.body.items.find((i: { id: string }) => i.id === itemId).earlyFinish;
}

beforeAll(async () => {
  const admin = await signedInApi(url, adminEmail, adminPassword);
  for (const person of [owner, viewer]) {
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

describe('the plan model in the web: calendars, outline, lags, import warnings', () => {
  it('creates a calendar, runs the program on it, edits its week and exceptions, and the task’s dates move', async () => {
    const programId = await newProgram('Calendar Editing');
    // Five working days: Monday 3 to Friday 7 March on the standard week.
    const task = await post(`/api/programs/${programId}/tasks`, {
      name: 'Pour the slab',
      estimateHours: 40,
    });
    const page = await signedInPage(owner, `/programs/${programId}`);
    const row = page.getByTestId('task-row').filter({ hasText: 'Pour the slab' });
    const scheduled = row.getByTestId('task-scheduled');
    await scheduled.getByText('Scheduled 3 Mar 2031 – 7 Mar 2031').waitFor();

    const section = page.getByRole('region', { name: /^Calendars/ });
    await section.getByText('the program runs on the organization’s standard week').waitFor();
    await section.getByRole('button', { name: '+ Add calendar' }).click();
    const newForm = section.getByRole('form', { name: 'New calendar' });
    await newForm.getByLabel('Calendar name').fill('Site week');
    await newForm.getByRole('button', { name: 'Create calendar' }).click();
    const card = section.getByTestId('calendar-card').filter({ hasText: 'Site week' });
    const friday = card.getByTestId('calendar-day').filter({ hasText: 'Friday' });
    await friday.getByText('08:00–12:00, 13:00–17:00').waitFor();
    expect(await card.getByTestId('calendar-day').first().textContent()).toContain('Monday');
    await card
      .getByTestId('calendar-day')
      .filter({ hasText: 'Sunday' })
      .getByText('Not working')
      .waitFor();

    const choice = section.getByRole('form', { name: 'Program calendar' });
    await choice.getByLabel('The program runs on').selectOption({ label: 'Site week' });
    await choice.getByRole('button', { name: 'Use this calendar' }).click();
    await card.getByText('Program calendar').waitFor();
    const calendarId = (await ownerApi.get(`/api/programs/${programId}`)).body.calendarId;
    expect(calendarId).not.toBeNull();

    // Friday stops being a working day: the fifth day of work moves to Monday 10 March.
    await card.getByRole('button', { name: 'Edit working week of Site week' }).click();
    const week = card.getByRole('form', { name: 'Working week of Site week' });
    // A period that ends before it starts is refused, naming the day; nothing is saved.
    await week.getByLabel('Monday period 1 to').fill('07:00');
    await week.getByRole('button', { name: 'Save week' }).click();
    await week.getByText('Monday (period 1): the start must be before the end.').waitFor();
    await screenshot(page, 'web-calendar-week-invalid');
    await week.getByLabel('Monday period 1 to').fill('12:00');
    await week.getByRole('button', { name: 'Remove Friday period 2' }).click();
    await week.getByRole('button', { name: 'Remove Friday period 1' }).click();
    await week.getByRole('button', { name: 'Save week' }).click();
    await week.waitFor({ state: 'detached' });
    await friday.getByText('Not working').waitFor();
    await scheduled.getByText('Scheduled 3 Mar 2031 – 10 Mar 2031').waitFor();
    expect(await finishOf(programId, task.id)).toBe('2031-03-10T17:00:00');
    await screenshot(page, 'web-calendar-friday-off');

    // A day off on Tuesday 4 March pushes the finish to Tuesday 11 March.
    await card.getByRole('button', { name: 'Add an exception to Site week' }).click();
    const exceptionForm = card.getByRole('form', { name: 'New exception of Site week' });
    await exceptionForm.getByLabel('Name').fill('Offsite');
    await exceptionForm.getByLabel('From').fill('2031-03-04');
    await exceptionForm.getByRole('button', { name: 'Add exception' }).click();
    const exception = card.getByTestId('calendar-exception').filter({ hasText: 'Offsite' });
    await exception.getByText('Not working').waitFor();
    await exception.getByText('4 Mar 2031').waitFor();
    await scheduled.getByText('Scheduled 3 Mar 2031 – 11 Mar 2031').waitFor();
    expect(await finishOf(programId, task.id)).toBe('2031-03-11T17:00:00');

    // The offsite becomes a half day: four more hours on the 4th, so the work ends at noon on the 11th.
    await exception.getByRole('button', { name: 'Edit exception Offsite' }).click();
    const editForm = card.getByRole('form', { name: 'Edit exception of Site week' });
    await editForm.getByLabel('Working day').check();
    await editForm.getByLabel('Working hours').fill('08:00-12:00');
    await editForm.getByRole('button', { name: 'Save exception' }).click();
    await exception.getByText('Working 08:00–12:00').waitFor();
    await expect.poll(() => finishOf(programId, task.id)).toBe('2031-03-11T12:00:00');
    await screenshot(page, 'web-calendar-exception');
    const saved = (await ownerApi.get(`/api/program-calendars/${calendarId}`)).body;
    expect(saved.week['5']).toEqual([]);
    expect(saved.exceptions).toEqual([
      {
        name: 'Offsite',
        from: '2031-03-04',
        to: '2031-03-04',
        intervals: [{ from: 480, to: 720 }],
      },
    ]);

    // Deleting the calendar the program runs on asks twice: the second time says what uses it.
    await card.getByRole('button', { name: 'Delete calendar Site week' }).click();
    await card.getByRole('button', { name: 'Delete calendar' }).click();
    const inUse = card.getByTestId('delete-confirmation');
    await inUse.getByText('In use: it is the program’s calendar').waitFor();
    await screenshot(page, 'web-calendar-delete-in-use');
    await inUse.getByRole('button', { name: /^Delete calendar in use/ }).click();
    await card.waitFor({ state: 'detached' });
    await scheduled.getByText('Scheduled 3 Mar 2031 – 7 Mar 2031').waitFor();
    expect((await ownerApi.get(`/api/programs/${programId}`)).body.calendarId).toBeNull();
  });

  it('sets a task’s parent and deadline: it is indented under a summary with rolled-up dates; a link’s lag becomes a percentage', async () => {
    const programId = await newProgram('Outline Editing');
    await post(`/api/programs/${programId}/tasks`, { name: 'Phase one', estimateHours: 8 });
    const design = await post(`/api/programs/${programId}/tasks`, {
      name: 'Design',
      estimateHours: 16,
    });
    const build = await post(`/api/programs/${programId}/tasks`, {
      name: 'Build',
      estimateHours: 16,
    });
    await post('/api/dependencies', { predecessorId: design.id, successorId: build.id });

    const page = await signedInPage(owner, `/programs/${programId}`);
    const rows = page.getByTestId('task-row');
    await rows.first().waitFor();
    await page.getByRole('button', { name: 'Edit task Design' }).click();
    const parent = page.getByLabel('Parent task');
    // Its own name is not offered: a task cannot sit under itself.
    const options = await parent.locator('option').allTextContents();
    expect(options.map((o) => o.trim())).toEqual([
      'None (top of the outline)',
      'Build',
      'Phase one',
    ]);
    await parent.selectOption({ label: 'Phase one' });
    await page.getByLabel('Deadline').fill('2031-03-04T17:00');
    await screenshot(page, 'web-task-outline-form');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('task-edit-row').waitFor({ state: 'detached' });

    const summary = rows.filter({ hasText: 'Phase one' });
    const child = rows.filter({ hasText: 'Design' });
    await summary.getByText('Summary').waitFor();
    expect(await child.getAttribute('data-depth')).toBe('1');
    expect(await summary.getAttribute('data-depth')).toBe('0');
    // Children sit right below their summary.
    const order = await rows.locator('.table__title').allTextContents();
    expect(order.indexOf('Design')).toBe(order.indexOf('Phase one') + 1);
    const indent = (name: string) =>
      rows
        .filter({ hasText: name })
        .locator('td')
        .first()
        .evaluate((td: any) =>
          parseFloat(td.ownerDocument.defaultView.getComputedStyle(td).paddingLeft),
        );
    expect(await indent('Design')).toBeGreaterThan(await indent('Phase one'));
    // The summary's dates roll up from Design (Mon 3 – Tue 4 March).
    await summary
      .getByTestId('task-scheduled')
      .getByText('Rolled up 3 Mar 2031 – 4 Mar 2031')
      .waitFor();
    await child.getByTestId('task-deadline').getByText('Deadline 4 Mar 2031 17:00').waitFor();
    const saved = (await ownerApi.get(`/api/tasks/${design.id}`)).body;
    expect(saved).toMatchObject({ deadline: '2031-03-04T17:00:00' });
    expect(saved.parentTaskId).not.toBeNull();

    // A lag of half Design's 16 hours: "FS+50%"; Build then starts a day later, on Thursday.
    const link = page.getByTestId('dependency-row').filter({ hasText: 'Build' });
    const buildScheduled = rows.filter({ hasText: 'Build' }).getByTestId('task-scheduled');
    await buildScheduled.getByText('Scheduled 5 Mar 2031 – 6 Mar 2031').waitFor();
    await link.getByRole('button', { name: 'Edit dependency Design to Build' }).click();
    await link.getByLabel('Lag kind').selectOption({ label: 'Share of the predecessor (%)' });
    await link.getByLabel('Lag (% of the predecessor)').fill('50');
    await link.getByRole('button', { name: 'Save' }).click();
    await link.getByText('FS+50%').waitFor();
    await rows
      .filter({ hasText: 'Build' })
      .getByTestId('task-scheduled')
      .getByText('Scheduled 6 Mar 2031 – 7 Mar 2031')
      .waitFor();
    await screenshot(page, 'web-outline-edited');
    const dependency = (await ownerApi.get(`/api/dependencies?programId=${programId}`)).body
      .items[0];
    expect(dependency).toMatchObject({ lagKind: 'percent', lagPercent: 50 });
  });

  it('imports an MSPDI file: the outline, UIDs, elapsed and percent lags shown, and every warning listed', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <StartDate>2031-03-03T08:00:00</StartDate>
  <Tasks>
    <Task><UID>10</UID><ID>1</ID><Name>Foundations</Name><OutlineLevel>1</OutlineLevel><Summary>1</Summary></Task>
    <Task><UID>15</UID><ID>2</ID><Name>Slab</Name><OutlineLevel>2</OutlineLevel><Summary>1</Summary></Task>
    <Task><UID>11</UID><ID>3</ID><Name>Dig</Name><OutlineLevel>3</OutlineLevel><Duration>PT16H0M0S</Duration></Task>
    <Task><UID>12</UID><ID>4</ID><Name>Cure</Name><OutlineLevel>3</OutlineLevel><Duration>PT48H0M0S</Duration><DurationFormat>8</DurationFormat>
      <PredecessorLink><PredecessorUID>11</PredecessorUID><Type>1</Type><LinkLag>50</LinkLag><LagFormat>19</LagFormat></PredecessorLink></Task>
    <Task><UID>13</UID><ID>5</ID><Name>Frame by hand</Name><OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration><Manual>1</Manual></Task>
    <Task><UID>14</UID><ID>6</ID><Name>Abandoned idea</Name><OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration><Active>0</Active></Task>
  </Tasks>
</Project>`;
    const page = await signedInPage(owner, '/programs');
    await page.getByRole('button', { name: 'Import plan' }).click();
    const form = page.getByRole('form', { name: 'Import a plan' });
    await form.getByLabel('Plan file', { exact: true }).setInputFiles({
      name: 'Site plan.xml',
      mimeType: 'application/xml',
      buffer: Buffer.from(xml),
    });
    await form.getByRole('button', { name: 'Import' }).click();
    await page.waitForURL(/\/schedule$/);
    const warnings = page.getByTestId('import-warnings');
    const manual = warnings.getByTestId('import-warning').filter({ hasText: 'Task[UID=13]' });
    await manual.getByText('Manual', { exact: true }).waitFor();
    await manual.getByText(/imported as automatically scheduled/).waitFor();
    const inactive = warnings.getByTestId('import-warning').filter({ hasText: 'Task[UID=14]' });
    await inactive.getByText('Active', { exact: true }).waitFor();
    await screenshot(page, 'web-import-warnings');
    // Dismissed, they stay gone.
    await warnings.getByRole('button', { name: 'Dismiss' }).click();
    await warnings.waitFor({ state: 'detached' });

    const programId = page.url().split('/').at(-2)!;
    await page.goto(`${url}/programs/${programId}`);
    const rows = page.getByTestId('task-row');
    await rows.first().waitFor();
    const order = await rows.locator('.table__title').allTextContents();
    // A level-1 heading becomes a workstream; the level-2 summary is a summary task.
    expect(order).toEqual(['Slab', 'Dig', 'Cure', 'Frame by hand']);
    const depths = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-depth')));
    expect(depths).toEqual(['0', '1', '1', '0']);
    await rows.filter({ hasText: 'Slab' }).getByText('Summary').waitFor();
    await rows.filter({ hasText: 'Dig' }).getByText('Foundations').waitFor();
    await rows.filter({ hasText: 'Dig' }).getByText('MS Project UID 11').waitFor();
    await rows.filter({ hasText: 'Cure' }).getByTestId('task-elapsed').getByText('2 ed').waitFor();
    await page.getByTestId('dependency-row').getByText('FS+50%').waitFor();
    await screenshot(page, 'web-import-outline');
  });

  it('lists the warnings of a large file once its background import finishes', async () => {
    // Over the job threshold (2,000 tasks): the request answers 202 and the page polls the job.
    const tasks = Array.from({ length: 2_100 }, (_, i) => {
      const uid = i + 1;
      const extra = uid === 7 ? '<Manual>1</Manual>' : uid === 9 ? '<Active>0</Active>' : '';
      return `<Task><UID>${uid}</UID><ID>${uid}</ID><Name>Step ${uid}</Name><OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration>${extra}</Task>`;
    });
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project"><StartDate>2031-03-03T08:00:00</StartDate>
<Tasks>${tasks.join('')}</Tasks></Project>`;
    const page = await signedInPage(owner, '/programs');
    await page.getByRole('button', { name: 'Import plan' }).click();
    const form = page.getByRole('form', { name: 'Import a plan' });
    await form.getByLabel('Plan file', { exact: true }).setInputFiles({
      name: 'Long plan.xml',
      mimeType: 'application/xml',
      buffer: Buffer.from(xml),
    });
    await form.getByRole('button', { name: 'Import' }).click();
    await form.getByRole('progressbar', { name: 'Import progress' }).waitFor();
    await page.waitForURL(/\/schedule$/, { timeout: 120_000 });
    const warnings = page.getByTestId('import-warnings');
    await warnings
      .getByTestId('import-warning')
      .filter({ hasText: 'Task[UID=7]' })
      .getByText('Manual', { exact: true })
      .waitFor();
    await warnings
      .getByTestId('import-warning')
      .filter({ hasText: 'Task[UID=9]' })
      .getByText('Active', { exact: true })
      .waitFor();
    const programId = page.url().split('/').at(-2)!;
    const imported = (await ownerApi.get(`/api/programs/${programId}/plan`)).body.tasks.length;
    // The inactive task is not imported; the manual one is.
    expect(imported).toBe(2_099);
  });

  it('a viewer sees the calendars and the outline but no edit controls', async () => {
    const programId = await newProgram('Calendar Viewing');
    const calendar = await post(`/api/programs/${programId}/calendars`, {
      name: 'Night shift',
      week: { '1': [{ from: 1200, to: 1440 }] },
      exceptions: [{ name: 'New Year', from: '2032-01-01', to: '2032-01-01', intervals: [] }],
    });
    const program = (await ownerApi.get(`/api/programs/${programId}`)).body;
    expect(
      (
        await ownerApi.patch(`/api/programs/${programId}`, {
          version: program.version,
          calendarId: calendar.id,
        })
      ).status,
    ).toBe(200);
    const top = await post(`/api/programs/${programId}/tasks`, {
      name: 'Night works',
      estimateHours: 4,
    });
    await post(`/api/programs/${programId}/tasks`, {
      name: 'Lights',
      estimateHours: 4,
      parentTaskId: top.id,
    });
    await post(`/api/programs/${programId}/members`, { userId: ids[viewer.email], role: 'viewer' });

    const page = await signedInPage(viewer, `/programs/${programId}`);
    const section = page.getByRole('region', { name: /^Calendars/ });
    await section.getByTestId('program-calendar').getByText('Night shift').waitFor();
    const card = section.getByTestId('calendar-card');
    await card
      .getByTestId('calendar-day')
      .filter({ hasText: 'Monday' })
      .getByText('20:00–24:00')
      .waitFor();
    await card
      .getByTestId('calendar-day')
      .filter({ hasText: 'Tuesday' })
      .getByText('Not working')
      .waitFor();
    await card.getByTestId('calendar-exception').getByText('New Year').waitFor();
    await page
      .getByTestId('task-row')
      .filter({ hasText: 'Night works' })
      .getByText('Summary')
      .waitFor();
    expect(await section.getByRole('button').count()).toBe(0);
    expect(await section.getByRole('combobox').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Edit task/ }).count()).toBe(0);
    await screenshot(page, 'web-calendar-viewer');
  });
});
