import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, screenshot } from '../support/browser.js';
import { signedInApi } from '../support/sign-in.js';

const url = inject('waymarkUrl');
const adminEmail = inject('demoAdminEmail');
const adminPassword = inject('demoAdminPassword');
const DEMO_PROGRAM = 'EU Data Residency Launch';

let browser: Browser;
let context: BrowserContext;
let page: Page;

/** The same server over plain HTTP, signed in as the demo admin. */
const adminApi = () => signedInApi(url, adminEmail, adminPassword);

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1480, height: 1000 } });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('the schedule page', () => {
  it('shows the critical path, saves a baseline and shows what slipped after a task moved', async () => {
    const admin = await adminApi();
    const programs = await admin.get(`/api/programs?q=${encodeURIComponent(DEMO_PROGRAM)}`);
    expect(programs.status).toBe(200);
    const program = (programs.body.items as { id: string; name: string }[]).find(
      (p) => p.name === DEMO_PROGRAM,
    )!;
    expect(program).toBeTruthy();

    await page.goto(`${url}/programs`);
    await page.waitForURL(/\/sign-in/);
    await page.getByLabel('Email').fill(adminEmail);
    await page.getByLabel('Password').fill(adminPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/programs$/);

    // From the program page to its schedule.
    await page.goto(`${url}/programs/${program.id}`);
    await page.getByRole('heading', { level: 1, name: DEMO_PROGRAM }).waitFor();
    await page.getByRole('link', { name: 'Schedule' }).click();
    await page.waitForURL(/\/schedule$/);
    await page.getByRole('heading', { level: 1, name: `${DEMO_PROGRAM} — Schedule` }).waitFor();
    await page.getByTestId('gantt').waitFor();
    await page.getByText('Critical path', { exact: true }).waitFor();
    expect(await page.getByTestId('program-finish').textContent()).toMatch(/\d{4}$/);

    // Critical bars are drawn in red.
    const criticalBars = page.locator('.gantt__item.is-critical');
    expect(await criticalBars.count()).toBeGreaterThan(0);
    const fill = await page
      .locator('.gantt__item.is-critical .gantt__bar')
      .first()
      .evaluate(
        (el) =>
          (
            globalThis as unknown as { getComputedStyle(e: unknown): { fill: string } }
          ).getComputedStyle(el).fill,
      );
    expect(fill).toBe('rgb(214, 69, 69)');

    // Saving a baseline: the name is required, and the error is under the field.
    await page.getByRole('button', { name: 'Save baseline' }).click();
    const form = page.getByRole('form', { name: 'Save baseline' });
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await form.locator('[data-field-error="name"]').waitFor();
    await form.getByLabel('Baseline name').fill('Plan of record');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Nothing moved since this baseline was saved.').waitFor();

    // Move a critical open task: ten more working days of effort.
    const schedule = (await admin.get(`/api/programs/${program.id}/schedule`)).body;
    const plan = (await admin.get(`/api/programs/${program.id}/plan`)).body;
    const open = new Set(['todo', 'in_progress', 'blocked']);
    // A missed deadline makes the work before it critical too: take a task that ends the program.
    const endsProgram = (id: string) =>
      (schedule.items as { id: string; critical: boolean; earlyFinish: string }[]).some(
        (i) => i.id === id && i.critical && i.earlyFinish === schedule.finish,
      );
    const task = (
      plan.tasks as {
        id: string;
        state: string;
        version: number;
        estimateHours: number | null;
        estimatePessimisticHours: number | null;
      }[]
    ).find((t) => open.has(t.state) && endsProgram(t.id))!;
    expect(task).toBeTruthy();
    // Only the likely estimate is sent; the forecast's pessimistic estimate follows it up.
    const moved = await admin.patch(`/api/tasks/${task.id}`, {
      version: task.version,
      estimateHours: (task.estimateHours ?? 8) + 80,
    });
    expect(moved.status).toBe(200);

    try {
      // Back on the page (the baseline is kept in the URL): the task's slip is listed.
      expect(page.url()).toMatch(/\?baseline=/);
      await page.goto(`${url}/programs/${program.id}`);
      await page.getByRole('link', { name: 'Schedule' }).click();
      await page.getByTestId('gantt').waitFor();
      const picker = page.getByLabel('Baseline', { exact: true });
      const value = await picker
        .locator('option', { hasText: 'Plan of record' })
        .getAttribute('value');
      await picker.selectOption(value!);
      const row = page.locator(`[data-testid="variance-row"][data-item-id="${task.id}"]`);
      await row.waitFor();
      expect(await row.textContent()).toContain('+10 d');
      expect(await page.getByTestId('finish-variance').textContent()).toMatch(/^\+/);
      // Baseline bars are drawn beside the current ones.
      expect(await page.locator('.gantt__baseline').count()).toBeGreaterThan(0);

      // Every zoom draws the chart; then the whole program at month zoom, with the baseline beside it: the screenshot.
      for (const zoom of ['Day', 'Week', 'Month']) {
        await page.getByRole('button', { name: zoom, exact: true }).click();
        expect(await page.locator('.gantt__item.is-critical').count()).toBeGreaterThan(0);
      }
      await page.getByTestId('gantt').evaluate((el) => {
        el.scrollTop = 0;
      });
      await screenshot(page, 'web-schedule');

      // The driving path to the program's last milestone.
      const milestones = page.locator('.gantt__milestone-button');
      await milestones.last().click();
      await page.getByText(/Driving path to/).waitFor();
      expect(await page.locator('.gantt__item.is-path').count()).toBeGreaterThan(0);
    } finally {
      // Put the demo plan back for the other tests.
      const now = (await admin.get(`/api/programs/${program.id}/plan`)).body.tasks.find(
        (t: { id: string }) => t.id === task.id,
      );
      await admin.patch(`/api/tasks/${task.id}`, {
        version: now.version,
        estimateHours: task.estimateHours,
        ...(task.estimatePessimisticHours !== null
          ? { estimatePessimisticHours: task.estimatePessimisticHours }
          : {}),
      });
    }
  });

  it('shows the living plan: work done inside the bars, the status date, and every warning by name', async () => {
    const admin = await adminApi();
    const demo = (
      await admin.get(`/api/programs?q=${encodeURIComponent(DEMO_PROGRAM)}`)
    ).body.items.find((p: { name: string }) => p.name === DEMO_PROGRAM) as { id: string };
    await page.goto(`${url}/programs/${demo.id}/schedule`);
    await page.getByTestId('gantt').waitFor();
    // The demo is in flight: done and started work is drawn inside its bars.
    expect(await page.locator('.gantt__progress').count()).toBeGreaterThan(0);
    expect(await page.locator('.gantt__item.is-done').count()).toBeGreaterThan(0);
    // A vertical line has no width: attached, not "visible".
    await page.getByTestId('status-date-line').waitFor({ state: 'attached' });
    // The e2e server's clock starts on Mon 16 Nov 2026 (tests/support/test-clock.ts).
    expect(await page.getByTestId('status-date').textContent()).toBe('16 Nov 2026 (today)');

    // A report as of an earlier day, then back to today.
    await page.getByRole('button', { name: 'Change' }).click();
    const form = page.getByRole('form', { name: 'Status date' });
    await form.getByLabel('Status date').fill('2026-11-13');
    await form.getByRole('button', { name: 'Set' }).click();
    await page.getByTestId('status-date').filter({ hasText: '13 Nov 2026' }).waitFor();
    await page.getByRole('button', { name: 'Change' }).click();
    await page
      .getByRole('form', { name: 'Status date' })
      .getByRole('button', { name: 'Use today' })
      .click();
    await page.getByTestId('status-date').filter({ hasText: '(today)' }).waitFor();

    // A small program whose milestone is due before its work can end.
    const created = await admin.post('/api/programs', {
      name: 'Deadline check',
      startDate: '2027-01-04',
    });
    const programId = created.body.id as string;
    try {
      const m = await admin.post(`/api/programs/${programId}/milestones`, {
        name: 'Launch gate',
        dueDate: '2027-01-06',
      });
      const late = await admin.post(`/api/programs/${programId}/tasks`, {
        name: 'Harden the release',
        estimateHours: 40,
        milestoneId: m.body.id,
      });
      expect(late.status).toBe(201);
      const t = await admin.post(`/api/programs/${programId}/tasks`, {
        name: 'Write the runbook',
        estimateHours: 40,
        state: 'in_progress',
        actualStart: '2026-11-16T08:00:00',
        percentComplete: 25,
      });
      expect(t.status).toBe(201);
      await page.goto(`${url}/programs/${programId}/schedule`);
      const warning = page.locator(
        '[data-testid="schedule-diagnostic"][data-code="deadline_missed"]',
      );
      await warning.waitFor();
      expect(await warning.getByRole('link', { name: 'Launch gate' }).getAttribute('href')).toBe(
        `/programs/${programId}#item-${m.body.id as string}`,
      );
      expect(await warning.textContent()).not.toContain(m.body.id as string);
      expect(
        await page.getByTestId(`progress-${t.body.id as string}`).getAttribute('data-percent'),
      ).toBe('25');
      await screenshot(page, 'web-schedule-living-plan');
    } finally {
      const latest = await admin.get(`/api/programs/${programId}`);
      await admin.delete(`/api/programs/${programId}`, latest.body.version);
    }
  });

  it('stays usable at 2,000 tasks: only the rows in view are in the page', async () => {
    const admin = await adminApi();
    const created = await admin.post('/api/programs', {
      name: 'Gantt scale check',
      startDate: '2027-01-04',
    });
    expect(created.status).toBe(201);
    const programId = created.body.id as string;
    try {
      const ws = await admin.post(`/api/programs/${programId}/workstreams`, { name: 'Bulk' });
      expect(ws.status).toBe(201);
      const names = Array.from({ length: 2000 }, (_, i) => `Scale task ${i + 1}`);
      for (let i = 0; i < names.length; i += 50) {
        const batch = names.slice(i, i + 50).map((name, j) =>
          admin.post(`/api/programs/${programId}/tasks`, {
            name,
            workstreamId: ws.body.id,
            estimateHours: 8 + ((i + j) % 5) * 8,
          }),
        );
        for (const r of await Promise.all(batch)) expect(r.status).toBe(201);
      }

      const started = Date.now();
      await page.goto(`${url}/programs/${programId}/schedule`);
      await page.getByTestId('gantt').waitFor();
      const loadMs = Date.now() - started;
      const gantt = page.getByTestId('gantt');
      expect(Number(await gantt.getAttribute('data-row-count'))).toBe(2001);
      expect(await page.getByTestId('gantt-row').count()).toBeLessThan(60);

      // Scrolled to the end, the last rows are drawn (and the first are gone).
      await gantt.evaluate((el) => {
        el.scrollTop = el.scrollHeight;
      });
      const lastTop = 2000 * 30;
      await page.locator(`[data-testid="gantt-row"][style*="top: ${lastTop}px"]`).waitFor();
      expect(await page.locator('[data-testid="gantt-row"][style*="top: 30px"]').count()).toBe(0);
      expect(await page.getByTestId('gantt-row').count()).toBeLessThan(60);
      expect(loadMs).toBeLessThan(15_000);
    } finally {
      const latest = await admin.get(`/api/programs/${programId}`);
      await admin.delete(`/api/programs/${programId}`, latest.body.version);
    }
  });

  it('shows a stakeholder the schedule without the save control', async () => {
    const admin = await adminApi();
    const viewer = {
      email: 'schedule.viewer@example.com',
      name: 'Schedule Viewer',
      password: 'schedule-viewer-password-7',
    };
    expect((await admin.post('/api/users', { ...viewer, role: 'stakeholder' })).status).toBe(201);
    const programs = await admin.get(`/api/programs?q=${encodeURIComponent(DEMO_PROGRAM)}`);
    const programId = (programs.body.items as { id: string; name: string }[]).find(
      (p) => p.name === DEMO_PROGRAM,
    )!.id;

    const own = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const view = await own.newPage();
      view.setDefaultTimeout(20_000);
      await view.goto(`${url}/programs/${programId}/schedule`);
      await view.waitForURL(/\/sign-in/);
      await view.getByLabel('Email').fill(viewer.email);
      await view.getByLabel('Password').fill(viewer.password);
      await view.getByRole('button', { name: 'Sign in' }).click();
      await view.getByTestId('gantt').waitFor();
      await view.getByLabel('Baseline', { exact: true }).waitFor();
      expect(await view.getByRole('button', { name: 'Save baseline' }).count()).toBe(0);
    } finally {
      await own.close();
    }
  });
});
