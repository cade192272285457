import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient } from '../support/api-client.js';
import { launchChromium, screenshot, screenshotDir, TEST_LOCALE } from '../support/browser.js';

/** A date as the page writes it in the browser tests' locale (web/src/components/format.ts). */
function dayInTestLocale(isoDate: string): string {
  return new Intl.DateTimeFormat(TEST_LOCALE, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

const url = inject('waymarkUrl');
const adminEmail = inject('demoAdminEmail');
const adminPassword = inject('demoAdminPassword');

let browser: Browser;
let context: BrowserContext;
let page: Page;

async function adminApi(): Promise<ApiClient> {
  const response = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: adminEmail, password: adminPassword }),
  });
  expect(response.status).toBe(200);
  return new ApiClient(url, { cookie: response.headers.get('set-cookie')!.split(';')[0]! });
}

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1480, height: 1000 } });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(`${url}/team`);
  await page.waitForURL(/\/sign-in/);
  await page.getByLabel('Email').fill(adminEmail);
  await page.getByLabel('Password').fill(adminPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/team$/);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('the team pages', () => {
  it('draws the capacity heatmap of the demo organization and lists the same over-allocations as the API', async () => {
    const api = await adminApi();
    const heatmap = (await api.get('/api/capacity/heatmap?weeks=26')).body;
    expect(heatmap.people.length).toBeGreaterThanOrEqual(25);
    const cells = heatmap.people.length * heatmap.weeks.length;

    // Render time: from the click on the tab to every cell drawn (logged, not asserted).
    const started = Date.now();
    await page.getByRole('link', { name: 'Capacity' }).click();
    await page.waitForFunction(
      (n) =>
        (
          globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }
        ).document.querySelectorAll('[data-testid="capacity-heatmap"] svg path').length >= n,
      cells,
    );
    const elapsed = Date.now() - started;
    console.log(
      `[team e2e] capacity heatmap: ${heatmap.people.length} people × ${heatmap.weeks.length} weeks (${cells} cells) rendered in ${elapsed} ms`,
    );
    expect(await page.getByTestId('heatmap-summary').textContent()).toContain(
      `${heatmap.people.length} people · ${heatmap.weeks.length} weeks from ${dayInTestLocale(heatmap.weeks[0])}`,
    );

    // The over-allocation table shows what the endpoint returns: per person, weeks over and the worst week.
    type Cell = {
      status: string;
      weekStart: string;
      loadPercent: number | null;
      loadHours: number;
      capacityHours: number;
    };
    const rank = (c: Cell) => (c.loadPercent === null ? Infinity : c.loadPercent);
    const expected = (heatmap.people as { name: string; cells: Cell[] }[])
      .map((p) => {
        const over = p.cells.filter((c) => c.status === 'over');
        const worst = over.reduce<Cell | undefined>(
          (w, c) => (!w || rank(c) > rank(w) ? c : w),
          undefined,
        );
        return { name: p.name, weeks: over.length, worst };
      })
      .filter((o) => o.weeks > 0)
      .sort((a, b) => b.weeks - a.weeks || a.name.localeCompare(b.name))
      .map((o) => [
        o.name,
        String(o.weeks),
        dayInTestLocale(o.worst!.weekStart),
        `${o.worst!.loadPercent === null ? 'away' : `${o.worst!.loadPercent}%`} ${o.worst!.loadHours} h / ${o.worst!.capacityHours} h`,
      ]);
    expect(expected.length).toBeGreaterThan(0);
    const rows = await page
      .getByTestId('over-allocations')
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) =>
          [...tr.querySelectorAll('td')]
            .slice(0, 4)
            .map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim()),
        ),
      );
    expect(rows).toEqual(expected);
    await page
      .getByTestId('capacity-heatmap')
      .screenshot({ path: path.join(screenshotDir, 'team-capacity-heatmap-chart.png') });
    await screenshot(page, 'team-capacity-heatmap');

    // Filtering by a skill narrows the rows.
    await page.getByLabel('Skill').fill('Payments');
    const filtered = (await api.get('/api/capacity/heatmap?weeks=26&skill=Payments')).body;
    await page
      .getByTestId('heatmap-summary')
      .filter({ hasText: `${filtered.people.length} people` })
      .waitFor();
  });

  it('shows the directory with the org chart, and a person page that warns before over-allocating', async () => {
    await page.getByRole('link', { name: 'Directory' }).click();
    await page.getByRole('heading', { name: 'Org chart' }).waitFor();
    await page.getByLabel('Reporting lines').getByText('Priya Raghunathan').waitFor();
    await screenshot(page, 'team-directory');

    await page.getByRole('link', { name: 'Aisha Bello' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Aisha Bello' }).waitFor();
    await page.getByRole('button', { name: 'Edit profile' }).click();
    // A refused field shows its reason under itself, and nothing is saved.
    const zone = page.getByLabel('Time zone', { exact: true });
    const ownZone = await zone.inputValue();
    await zone.fill('Mars/Olympus');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.locator('[data-field-error="timeZone"]').waitFor();
    await screenshot(page, 'team-profile-error');
    await zone.fill(ownZone);
    await page.getByLabel('Location', { exact: true }).fill('Berkeley');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Berkeley', { exact: true }).waitFor();

    await page.getByRole('button', { name: '+ Allocate' }).click();
    await page.getByLabel('Run work', { exact: true }).fill('Launch war room');
    await page.getByLabel('Amount').fill('60');
    await page.getByRole('button', { name: 'Check and add' }).click();
    const warning = page.getByTestId('over-allocation-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toMatch(/week of \d{1,2} \w{3,4} \d{4}: \d{3,}(\.\d)?%/);
    await screenshot(page, 'team-person-over-allocation-warning');
    await page.getByRole('button', { name: 'Save anyway' }).click();
    await page.getByText('over-allocation confirmed').waitFor();
    await page.getByText('Toward').waitFor();
    // The manager's rating of the last competency makes Aisha ready for the next level.
    await page.getByLabel('Competency').selectOption({ label: 'Leadership and growth' });
    await page.getByLabel('Manager rating').selectOption({ label: 'Meets' });
    await page.getByLabel('Evidence link').fill('https://wiki.waymark.test/growth/aisha-mentoring');
    await page.getByRole('button', { name: 'Save rating' }).click();
    await page.getByText('Ready for promotion').waitFor();
    await screenshot(page, 'team-person');
  });

  it('shows the career ladder and the headcount plan with its gap chart', async () => {
    await page.getByRole('link', { name: 'Career ladder' }).click();
    await page.getByTestId('ladder-matrix').waitFor();
    expect(await page.getByTestId('ladder-matrix').locator('thead th').count()).toBe(6); // competency + grades 5–9
    await page.getByRole('button', { name: 'Manager', exact: true }).click();
    await page.getByTestId('ladder-matrix').getByText('grade 11').waitFor();
    await page.getByRole('button', { name: 'Individual contributor', exact: true }).click();
    await page.getByRole('heading', { name: 'Promotion readiness' }).waitFor();
    await screenshot(page, 'team-career-ladder');

    await page.getByRole('link', { name: 'Headcount' }).click();
    await page.getByTestId('headcount-quarters').waitFor();
    const api = await adminApi();
    const plan = (await api.get('/api/headcount')).body;
    const gaps = await page
      .getByTestId('headcount-quarters')
      .locator('tbody tr td:last-child')
      .allTextContents();
    expect(gaps).toEqual(
      plan.quarters.map((q: { gapFte: number }) => (q.gapFte > 0 ? `+${q.gapFte}` : `${q.gapFte}`)),
    );
    await screenshot(page, 'team-headcount');

    // A role without a title is refused under the title field, and none is added.
    await page.getByRole('button', { name: '+ Role' }).click();
    const roleForm = page.getByRole('form', { name: 'New role' });
    await roleForm.getByRole('button', { name: 'Add role' }).click();
    await roleForm.locator('[data-field-error="title"]').waitFor();
    expect((await api.get('/api/headcount')).body.roles).toHaveLength(plan.roles.length);
  });
});
