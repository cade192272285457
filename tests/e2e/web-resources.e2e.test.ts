import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, screenshot } from '../support/browser.js';
import { signedInApi, signInInBrowser } from '../support/sign-in.js';

const url = inject('waymarkUrl');
const adminEmail = inject('demoAdminEmail');
const adminPassword = inject('demoAdminPassword');
const DEMO_PROGRAM = 'EU Data Residency Launch';

let browser: Browser;
let context: BrowserContext;
let page: Page;

const adminApi = () => signedInApi(url, adminEmail, adminPassword);

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1480, height: 1000 } });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await signInInBrowser(page, url, adminEmail, adminPassword);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('the resource view of the schedule page', () => {
  it('shows an over-booked week in red, levels it and lists what moved', async () => {
    const admin = await adminApi();
    const me = (await admin.get('/api/me')).body as { id: string; name: string };
    const created = await admin.post('/api/programs', {
      name: 'Resource view check',
      startDate: '2027-01-04',
    });
    expect(created.status).toBe(201);
    const programId = created.body.id as string;
    try {
      for (const name of ['Write the runbook', 'Review the design']) {
        const task = await admin.post(`/api/programs/${programId}/tasks`, {
          name,
          estimateHours: 24,
        });
        expect(task.status).toBe(201);
        // The second one over-books: set up on purpose, so confirmed.
        const assigned = await admin.post(`/api/tasks/${task.body.id}/assignments`, {
          userId: me.id,
          confirmOverAllocation: true,
        });
        expect(assigned.status).toBe(201);
      }

      await page.goto(`${url}/programs/${programId}/schedule`);
      const grid = page.getByRole('table', { name: 'Load per person per week' });
      await grid.waitFor();
      expect(await grid.getByRole('rowheader').first().textContent()).toContain(me.name);
      const over = grid.locator('td[data-over="true"]');
      expect(await over.count()).toBe(1);
      expect(await over.first().textContent()).toBe('120%');
      expect(await page.getByTestId('over-allocated-weeks').textContent()).toContain(
        '1 over-booked person-week',
      );

      await page.getByLabel('Levelling mode').selectOption('beyond_slack');
      await page.getByRole('button', { name: 'Level', exact: true }).click();
      const changes = page.getByLabel('What levelling changed');
      await changes.waitFor();
      await page.getByText('Nobody is over-booked.').waitFor();
      expect(await grid.locator('td[data-over="true"]').count()).toBe(0);
      const moved = changes.locator('tbody tr');
      expect(await moved.count()).toBe(1);
      expect(await moved.first().textContent()).toContain(me.name);
      // A third task, assigned on the page: the warning names the week before anything is saved.
      const third = await admin.post(`/api/programs/${programId}/tasks`, {
        name: 'Ship the release',
        estimateHours: 16,
      });
      expect(third.status).toBe(201);
      await page.reload();
      const form = page.getByRole('form', { name: 'Assign a person' });
      await form.getByLabel('Task').selectOption({ label: 'Ship the release' });
      await form.getByLabel('Person').selectOption({ label: me.name });
      await form.getByRole('button', { name: 'Assign', exact: true }).click();
      const warning = form.getByRole('alert');
      await warning.waitFor();
      expect(await warning.textContent()).toContain('week of 4 Jan 2027');
      expect((await admin.get(`/api/tasks/${third.body.id}/assignments`)).body.items).toEqual([]);
      await page.getByRole('heading', { name: 'Resources' }).scrollIntoViewIfNeeded();
      await screenshot(page, 'web-schedule-assign-warning');
      await form.getByRole('button', { name: 'Assign anyway' }).click();
      await warning.waitFor({ state: 'detached' });
      expect((await admin.get(`/api/tasks/${third.body.id}/assignments`)).body.items).toHaveLength(
        1,
      );
      await page.getByText('What levelling changed').waitFor();
      await page.getByRole('heading', { name: 'Resources' }).scrollIntoViewIfNeeded();
      await screenshot(page, 'web-schedule-resources');

      // The program remembers it is levelled; clearing puts the overlap back.
      await page.getByRole('button', { name: 'Clear levelling' }).click();
      await page
        .getByTestId('over-allocated-weeks')
        .filter({ hasText: 'over-booked person-week' })
        .waitFor();
      expect(await changes.count()).toBe(0);
    } finally {
      const latest = await admin.get(`/api/programs/${programId}`);
      await admin.delete(`/api/programs/${programId}`, latest.body.version);
    }
  });

  it("shows the demo program's people and offers the plan for download", async () => {
    const admin = await adminApi();
    const programs = await admin.get(`/api/programs?q=${encodeURIComponent(DEMO_PROGRAM)}`);
    const program = (programs.body.items as { id: string; name: string }[]).find(
      (p) => p.name === DEMO_PROGRAM,
    )!;
    await page.goto(`${url}/programs/${program.id}/schedule`);
    const grid = page.getByRole('table', { name: 'Load per person per week' });
    await grid.waitFor();
    expect(await grid.getByRole('rowheader').count()).toBeGreaterThan(1);
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'MS Project XML' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.xml$/);
    const text = await (await file.createReadStream()).toArray();
    expect(Buffer.concat(text).toString('utf8')).toContain('<Project');
  });
});

describe('importing a plan from the programs page', () => {
  it('lists every bad CSV row by line and field and creates nothing; a good file becomes a program', async () => {
    const admin = await adminApi();
    const before = (await admin.get('/api/programs?limit=1')).body.total as number;
    await page.goto(`${url}/programs`);
    await page.getByRole('button', { name: 'Import plan' }).click();
    const form = page.getByRole('form', { name: 'Import a plan' });
    const bad =
      'WBS,Name,Duration,Predecessors\n1,Design,3d,\n2,Build,three days,1FS\n3,Ship,1d,9FS\n';
    await form.getByLabel('Plan file', { exact: true }).setInputFiles({
      name: 'broken.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(bad),
    });
    await form.getByRole('button', { name: 'Import' }).click();
    const alert = form.getByRole('alert');
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toMatch(/line 3/i);
    expect(text).toMatch(/line 4/i);
    expect((await admin.get('/api/programs?limit=1')).body.total).toBe(before);
    await screenshot(page, 'web-import-errors');

    const good = 'WBS,Name,Duration,Predecessors\n1,Design,3d,\n2,Build,5d,1FS\n3,Ship,1d,2FS+1d\n';
    await form.getByLabel('Plan file', { exact: true }).setInputFiles({
      name: 'Imported launch.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(good),
    });
    // The name came from the first file chosen; the user names the program.
    expect(await form.getByLabel('New program name').inputValue()).toBe('broken');
    await form.getByLabel('New program name').fill('Imported launch');
    await form.getByRole('button', { name: 'Import' }).click();
    await page.waitForURL(/\/schedule$/);
    await page.getByRole('heading', { level: 1, name: 'Imported launch — Schedule' }).waitFor();
    await page.getByTestId('gantt').waitFor();
    const programId = page.url().split('/').at(-2)!;
    const schedule = (await admin.get(`/api/programs/${programId}/schedule`)).body;
    expect(schedule.items.map((i: { name: string }) => i.name).sort()).toEqual([
      'Build',
      'Design',
      'Ship',
    ]);
    const latest = await admin.get(`/api/programs/${programId}`);
    await admin.delete(`/api/programs/${programId}`, latest.body.version);
  });
});

describe('importing a large plan from the programs page', () => {
  it('shows the background import progressing, then opens the new program', async () => {
    const admin = await adminApi();
    const rows = ['Name,Duration,Predecessors,Start', 'Task 1,1d,,2027-01-04'];
    for (let i = 2; i <= 5_000; i++) rows.push(`Task ${i},1d,${i - 1},`);
    await page.goto(`${url}/programs`);
    await page.getByRole('button', { name: 'Import plan' }).click();
    const form = page.getByRole('form', { name: 'Import a plan' });
    await form.getByLabel('Plan file', { exact: true }).setInputFiles({
      name: 'Five thousand.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(rows.join('\n')),
    });
    await form.getByRole('button', { name: 'Import' }).click();
    const bar = form.getByRole('progressbar', { name: 'Import progress' });
    await bar.waitFor();
    expect(await bar.getAttribute('aria-valuetext')).toMatch(
      /^(Waiting to start|Reading the file|Writing the program|Finished), \d+ of \d+ (rows|items)$/,
    );
    await screenshot(page, 'web-import-large-progress');
    await page.waitForURL(/\/schedule$/, { timeout: 120_000 });
    await page.getByRole('heading', { level: 1, name: 'Five thousand — Schedule' }).waitFor();
    const programId = page.url().split('/').at(-2)!;
    const program = await admin.get(`/api/programs/${programId}`);
    expect(program.body.name).toBe('Five thousand');
    await admin.delete(`/api/programs/${programId}`, program.body.version);
  }, 180_000);
});
